#!/usr/bin/env python3
"""Writes lppd-split-tables.fodt (flat ODF, next to this script): tables printed over page breaks (with rules and
without, the header repeated or printed once, a heading merged across the table repeated, a column that the first
pages leave empty), a table that ends its page before another table, a table on a landscape page between portrait
pages, and a table that goes on from a portrait page onto a landscape one. The rows are drawn at random (seed 14);
each Jumlah is the sum of its rows, but Tabel 2.2 prints its realisation total 1.000 too high. Prints each table's
totals. make-fixtures.sh prints the file to PDF with LibreOffice. Standard library only."""
import os, random
random.seed(14)
def fmt(n):  # 1234567 -> 1.234.567
    return f"{n:,}".replace(",", ".")
def pct(a, b):
    return f"{a * 100 / b:.2f}".replace(".", ",")
names = ["Sukamaju","Sukamulya","Cikarang","Cibodas","Tanjungsari","Sindangsari","Karangmulya","Mekarsari","Sukajaya","Cimanggu",
         "Pasirjati","Wanareja","Sidamulya","Kertajaya","Margahayu","Cilengkrang","Babakan","Sukaresmi","Cipanas","Nagrak",
         "Cisarua","Pameungpeuk","Jatinangor","Rancaekek","Majalaya","Solokan","Paseh","Ibun","Pacet","Kertasari",
         "Pangalengan","Banjaran","Arjasari","Baleendah","Dayeuhkolot","Bojongsoang","Cileunyi","Cimenyan","Cangkuang","Soreang",
         "Katapang","Margaasih","Kutawaringin","Rancabali","Ciwidey","Pasirjambu"]
programs = ["Program Penunjang Urusan Pemerintahan Daerah","Program Pengelolaan Pendidikan","Program Pemenuhan Upaya Kesehatan",
            "Program Penyelenggaraan Jalan","Program Pengelolaan Sumber Daya Air","Program Kawasan Permukiman",
            "Program Perlindungan Sosial","Program Pemberdayaan Masyarakat Desa","Program Pengendalian Penduduk",
            "Program Pengelolaan Persampahan","Program Peningkatan Daya Saing Kepemudaan","Program Pengembangan Ekonomi Kreatif",
            "Program Penyuluhan Pertanian","Program Pengelolaan Perikanan Budidaya","Program Pengembangan UMKM",
            "Program Pengawasan Penyelenggaraan Pemerintahan","Program Perencanaan Pembangunan Daerah","Program Keuangan Daerah",
            "Program Kepegawaian Daerah","Program Informasi dan Komunikasi Publik","Program Aplikasi Informatika",
            "Program Statistik Sektoral","Program Persandian","Program Perpustakaan","Program Kearsipan",
            "Program Pengelolaan Destinasi Pariwisata","Program Pemasaran Pariwisata","Program Ketenteraman dan Ketertiban Umum",
            "Program Penanggulangan Bencana","Program Pencegahan Kebakaran","Program Perhubungan Darat","Program Lingkungan Hidup",
            "Program Pertanahan","Program Administrasi Kependudukan","Program Perdagangan","Program Perindustrian"]
out = []
P = out.append
def para(text, bold=False, style=None):
    st = f' text:style-name="{style}"' if style else ""
    body = f'<text:span text:style-name="Bold">{text}</text:span>' if bold else text
    P(f'<text:p{st}>{body}</text:p>')
def cell(text, style, span=1):
    sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    P(f'<table:table-cell table:style-name="{style}"{sp}><text:p>{text}</text:p></table:table-cell>')
    for _ in range(span - 1): P('<table:covered-table-cell/>')
WIDTHS = {t: {4: ["C4a", "C4b", "C4b", "C4b"], 5: ["C5a", "C5b", "C5c", "C5c", "C5d"], 6: ["C5a", "C6b", "C5c", "C5c", "C5d", "C5d"]} for t in ("Tbl", "TblB")}
WIDTHS["TblL"] = WIDTHS["TblL2"] = {5: ["L5a", "L5b", "L5c", "L5c", "L5d"]}
def row(cells, style):
    P('<table:table-row>')
    for c in cells:
        if isinstance(c, tuple): cell(c[0], style, c[1])
        else: cell(c, style)
    P('</table:table-row>')
def table(name, tstyle, cstyle, header_rows, body, repeat, ncols):
    P(f'<table:table table:name="{name}" table:style-name="{tstyle}">')
    for w in (WIDTHS[tstyle][ncols]):
        P(f'<table:table-column table:style-name="{w}"/>')
    if repeat: P('<table:table-header-rows>')
    for h in header_rows: row(h, cstyle)
    if repeat: P('</table:table-header-rows>')
    for b in body: row(b, cstyle)
    P('</table:table>')
def population(n, off=0):
    rows, s23, s24 = [], 0, 0
    for i in range(n):
        a = random.randint(21000, 68000); b = a + random.randint(-300, 900)
        s23 += a; s24 += b
        rows.append([names[(i + off) % len(names)], fmt(a), fmt(b), f"{random.randint(4000, 19000) / 100:.2f}".replace(".", ",")])
    return rows, s23, s24
def budget(n, off=0):
    rows, sa, sr = [], 0, 0
    for i in range(n):
        a = random.randint(20_000, 9_500_000) * 100; r = a - random.randint(0, a // 10 // 100) * 100
        sa += a; sr += r
        rows.append([f"{i + 1}", programs[(i + off) % len(programs)], fmt(a), fmt(r), pct(r, a)])
    return rows, sa, sr
def intro(text):
    para(text)
HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!-- lppd-split-tables: tables printed over page breaks, and landscape pages between portrait ones (tests/TestData/README.md) -->
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/>
  </style:default-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="C4a" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
  <style:style style:name="C4b" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
  <style:style style:name="C5a" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
  <style:style style:name="C5b" style:family="table-column"><style:table-column-properties style:column-width="6.3cm"/></style:style>
  <style:style style:name="C6b" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>
  <style:style style:name="C5c" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
  <style:style style:name="C5d" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
  <style:style style:name="L5a" style:family="table-column"><style:table-column-properties style:column-width="1.5cm"/></style:style>
  <style:style style:name="L5b" style:family="table-column"><style:table-column-properties style:column-width="12.5cm"/></style:style>
  <style:style style:name="L5c" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
  <style:style style:name="L5d" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>
  <style:page-layout style:name="PortraitLayout">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/>
  </style:page-layout>
  <style:page-layout style:name="LandscapeLayout">
   <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/>
  </style:page-layout>
  <style:style style:name="Bold" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="PageBreak" style:family="paragraph">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="Landscape" style:family="paragraph" style:master-page-name="Landscape"/>
  <style:style style:name="Portrait" style:family="paragraph" style:master-page-name="Standard"/>
  <style:style style:name="Tbl" style:family="table">
   <style:table-properties style:width="16.5cm" table:align="left"/>
  </style:style>
  <style:style style:name="TblB" style:family="table">
   <style:table-properties style:width="16.5cm" table:align="left"/>
  </style:style>
  <style:style style:name="TblL" style:family="table" style:master-page-name="Landscape">
   <style:table-properties style:width="25.2cm" table:align="left"/>
  </style:style>
  <style:style style:name="TblL2" style:family="table">
   <style:table-properties style:width="25.2cm" table:align="left"/>
  </style:style>
  <style:style style:name="Cell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
  <style:style style:name="CellB" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.19cm" fo:border="none"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="PortraitLayout"/>
  <style:master-page style:name="Landscape" style:page-layout-name="LandscapeLayout"/>
 </office:master-styles>
 <office:body>
"""
notes = {}
BUDGET_HEADER = [["No.", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "%"]]
def budget_table(number, title, name, style, n, off, repeat, caption_style=None, misprint=0):
    """A captioned budget table of n programmes and its Jumlah (the realisation total printed misprint too high)."""
    para("Tabel " + number, bold=True, style=caption_style); para(title, bold=True)
    rows, a, r = budget(n, off=off)
    table(name, style, "Cell" if style != "TblB" else "CellB", BUDGET_HEADER,
          rows + [["", "Jumlah", fmt(a), fmt(r + misprint), pct(r, a)]], repeat, 5)
    notes[number] = (a, r)
P('<office:text>')
para("LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN CONTOH TAHUN 2024", bold=True)
intro("Bab ini memuat tabel yang dicetak melintasi halaman: tabel bergaris dan tanpa garis, dengan dan tanpa baris judul yang diulang.")
# 2.1 ruled, two header rows repeated on each page, Jumlah
para("Tabel 2.1", bold=True); para("Jumlah Penduduk per Kecamatan di Kabupaten Contoh Tahun 2023 dan 2024", bold=True)
rows, s23, s24 = population(38)
table("T21", "Tbl", "Cell", [["Kecamatan", ("Jumlah Penduduk (jiwa)", 2), "Luas Wilayah (km2)"], ["", "2023", "2024", ""]],
      rows + [["Jumlah", fmt(s23), fmt(s24), ""]], True, 4)
notes["2.1"] = (s23, s24)
para("Sumber: Badan Pusat Statistik, 2025.")
# 2.2 ruled, header not repeated, Jumlah realisasi misprinted by +1.000
budget_table("2.2", "Realisasi Anggaran Program Perangkat Daerah Tahun 2024", "T22", "Tbl", 30, 0, False, misprint=1000)
para("Sumber: BPKAD Kabupaten Contoh, 2025.")
# 2.3 borderless, two header rows repeated
para("Tabel 2.3", bold=True); para("Jumlah Penduduk per Desa Kecamatan Sukamaju Tahun 2023 dan 2024", bold=True)
rows, t23, t24 = population(40, off=5)
table("T23", "TblB", "CellB", [["Desa", ("Jumlah Penduduk (jiwa)", 2), "Luas Wilayah (km2)"], ["", "2023", "2024", ""]],
      rows + [["Jumlah", fmt(t23), fmt(t24), ""]], True, 4)
notes["2.3"] = (t23, t24)
para("Sumber: Badan Pusat Statistik, 2025.")
# 2.4 borderless, header not repeated
budget_table("2.4", "Realisasi Anggaran Program Kecamatan Tahun 2024", "T24", "TblB", 32, 4, False)
para("Sumber: BPKAD Kabupaten Contoh, 2025.")
# 2.5 ruled, then a page break: the next page begins with Tabel 2.6, another table of the same columns
budget_table("2.5", "Realisasi Anggaran Program Kelurahan Tahun 2024", "T25", "Tbl", 6, 9, True)
budget_table("2.6", "Realisasi Anggaran Program Sekretariat DPRD Tahun 2024", "T26", "Tbl", 5, 15, True, caption_style="PageBreak")
para("Halaman berikut dicetak melintang.")
# 2.7 on a landscape page between portrait pages
budget_table("2.7", "Realisasi Anggaran Program Dinas Kesehatan Tahun 2024 (halaman melintang)", "T27", "TblL2", 8, 20, True, caption_style="Landscape")
para("Halaman berikut kembali tegak.", style="Portrait")
# 2.8 starts on a portrait page and goes on on a landscape one (printed as two tables, the second on a new landscape page)
para("Tabel 2.8", bold=True); para("Realisasi Anggaran Program Dinas Pendidikan Tahun 2024", bold=True)
rows, fa, fr = budget(30, off=3)
table("T28a", "Tbl", "Cell", [["No.", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "%"]], rows[:24], True, 5)
table("T28b", "TblL", "Cell", [], rows[24:] + [["", "Jumlah", fmt(fa), fmt(fr), pct(fr, fa)]], False, 5)
notes["2.8"] = (fa, fr)
para("Sumber: BPKAD Kabupaten Contoh, 2025.")
# 2.9 borderless, a heading merged across the table repeated on each page (a PDF prints it as a line of text)
para("Tabel 2.9", bold=True, style="PageBreak"); para("Realisasi Anggaran Urusan Wajib Tahun 2024", bold=True)
rows, ga, gr = budget(44, off=7)
table("T29", "TblB", "CellB", [[("Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar pada Perangkat Daerah Kabupaten Contoh", 5)],
                               ["No.", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "%"]],
      rows + [["", "Jumlah", fmt(ga), fmt(gr), pct(gr, ga)]], True, 5)
notes["2.9"] = (ga, gr)
para("Sumber: BPKAD Kabupaten Contoh, 2025.")
# 2.10 borderless, header repeated; its last column has no header and is empty on the first page (a % printed a column
# to the right in the rows of the next page), so the part there has a column more
para("Tabel 2.10", bold=True, style="PageBreak"); para("Realisasi Anggaran Program Kecamatan Tahun 2024", bold=True)
rows, ha, hr = budget(44, off=11)
rows = [r + [""] if i < 34 else r[:4] + ["", r[4]] for i, r in enumerate(rows)]
table("T210", "TblB", "CellB", [["No.", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "%", ""]],
      rows + [["", "Jumlah", fmt(ha), fmt(hr), "", pct(hr, ha)]], True, 6)
notes["2.10"] = (ha, hr)
para("Sumber: BPKAD Kabupaten Contoh, 2025.")
P('</office:text>')
body = "\n".join(out)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "lppd-split-tables.fodt"), "w", encoding="utf-8") as f:
    f.write(HEAD + body + "\n</office:body>\n</office:document>\n")
for k, v in notes.items(): print(k, v)
