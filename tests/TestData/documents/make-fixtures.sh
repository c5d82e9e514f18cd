#!/usr/bin/env bash
# Regenerates the DOCX and PDF fixtures of this folder from the seed text (see tests/TestData/README.md).
# Needs the .NET SDK and LibreOffice (Debian: apt-get install libreoffice-writer-nogui); the tests themselves
# need neither LibreOffice nor this script.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
# 1. DOCX: the test-side renderer (tests/LppdMetrics.Documents.Tests/Docx/DocxWriter.cs) writes them when asked:
#    the seed with ruled tables and with borderless ones, and the held-out reports (Sukamaju ruled, at 9 and 11 pt;
#    Wanasari borderless, 10 pt), and the small report whose running header wraps over two lines (13 pt)
LPPD_WRITE_FIXTURES=1 dotnet test --project "$root/tests/LppdMetrics.Documents.Tests/LppdMetrics.Documents.Tests.csproj" \
  -- --filter-class "*DocxFixtureTests*"
# 2. PDF: LibreOffice prints each DOCX as Word would (wrapped cells, page breaks, repeated table headers)
for docx in "$here"/lppd-*.docx; do
  soffice --headless --convert-to pdf --outdir "$here" "$docx" >/dev/null
done
ls -l "$here"
# 3. lppd-superscript-footnote.pdf: raised footnote marks after numbers, from the flat ODF written by hand
soffice --headless --convert-to pdf --outdir "$here" "$here/lppd-superscript-footnote.fodt" >/dev/null
# 4. encrypted.pdf: a one-line report printed with an open password ("rahasia"), for the refusal test
tmp="$(mktemp -d)"
printf 'Tabel 1\tA\n' > "$tmp/encrypted.txt"
soffice --headless --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"rahasia"}}' \
  --outdir "$here" "$tmp/encrypted.txt" >/dev/null
rm -rf "$tmp"
