#!/usr/bin/env bash
# Regenerates the DOCX and PDF fixtures of this folder from the seed text (see tests/TestData/README.md).
# Needs the .NET SDK and LibreOffice (Debian: apt-get install libreoffice-writer-nogui), python3 for step 6, and for step 5 poppler-utils
# and pandoc (apt-get install poppler-utils pandoc); the tests themselves
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
# 5. converted/: the small report lppd-wrapped-running-header as converters write it (tests/TestData/README.md):
#    pdftotext (poppler-utils) with and without -layout, LibreOffice's "plain text", and pandoc's Markdown
#    (GitHub pipe tables; its default multiline tables; grid tables)
conv="$here/converted"
mkdir -p "$conv"
small="lppd-wrapped-running-header"
pdftotext -layout "$here/$small.pdf" "$conv/$small.layout.txt"
pdftotext "$here/$small.pdf" "$conv/$small.pdftotext.txt"
tmp="$(mktemp -d)"
soffice --headless --convert-to txt:Text --outdir "$tmp" "$here/$small.docx" >/dev/null
mv "$tmp/$small.txt" "$conv/$small.libreoffice.txt"
rm -rf "$tmp"
pandoc "$here/$small.docx" -t gfm -o "$conv/$small.gfm.md"
pandoc "$here/$small.docx" -t markdown -o "$conv/$small.pandoc.md"
pandoc "$here/$small.docx" -t markdown-multiline_tables-simple_tables-pipe_tables -o "$conv/$small.grid.md"
# CommonMark has no table syntax: pandoc writes every table as HTML (<table>, colspan and rowspan for merged cells)
pandoc "$here/$small.docx" -t commonmark -o "$conv/$small.commonmark.md"
pandoc "$here/lppd-kabupaten-blitar-2024.docx" -t commonmark -o "$conv/lppd-kabupaten-blitar-2024.commonmark.md"
# 6. lppd-split-tables.pdf: tables printed over page breaks and landscape pages between portrait ones, from the flat
#    ODF that make-split-tables.py writes; lppd-split-tables-rotate.pdf the same with its landscape pages made portrait
#    pages turned by /Rotate 90 (python3, standard library only)
python3 "$here/make-split-tables.py"
soffice --headless --convert-to pdf --outdir "$here" "$here/lppd-split-tables.fodt" >/dev/null
python3 "$here/rotate-landscape-pages.py" "$here/lppd-split-tables.pdf" "$here/lppd-split-tables-rotate.pdf"
# 7. regions/: the held-out reports written from scratch (tests/TestData/README.md), then their HTML printed to DOCX
regions="$here/../regions"
python3 "$regions/make-regions.py"
for f in "$regions"/*.html; do soffice --headless --convert-to "docx:MS Word 2007 XML" --outdir "$regions" "$f" >/dev/null; done
# 8. regions/*.pdf: two of those DOCX printed to PDF (the kota's is not kept: LibreOffice clips its narrow % column,
#    printing "9 … %" for 93,36 %, so its PDF prints less than its text)
for b in lppd-kabupaten-sidomukti-2023 lppd-provinsi-teluk-permata-2024; do
  soffice --headless --convert-to pdf --outdir "$regions" "$regions/$b.docx" >/dev/null
done
