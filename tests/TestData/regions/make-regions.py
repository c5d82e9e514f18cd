#!/usr/bin/env python3
"""Writes two held-out LPPD reports (a kota and a provinsi) built like the seed, every figure computed here
(independently of the library), then known misprints injected. Output beside this script:
  <name>.txt            the report as text (tab-separated rows, as the seed)
  <name>.html           the same report as HTML tables, for LibreOffice: soffice --headless --convert-to docx <name>.html
  <name>.misprints.csv  line (1-based, in the .txt), printed, correct, flag (mismatch or polarity-note), what
Run: python3 make-regions.py  (no arguments; deterministic)."""
from decimal import Decimal as D, ROUND_HALF_UP
import csv, html, math, os

HERE = os.path.dirname(os.path.abspath(__file__))

def r(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)

def idn(x, n=2, thousands=True):
    """Indonesian number: '.' thousands, ',' decimals."""
    s = f"{r(x, n):,.{n}f}" if thousands else f"{r(x, n):.{n}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")

def rupiah(x, rp=False):
    s = idn(x, 0)
    return ("Rp " + s) if rp else s

def predicate(c):
    c = r(c)
    if c >= 91: return "Sangat Tinggi"
    if c >= 76: return "Tinggi"
    if c >= 66: return "Sedang"
    if c >= 51: return "Rendah"
    return "Sangat Rendah"

def capaian(t, re, negative):
    t, re = D(t), D(re)
    return (2 * t - re) / t * 100 if negative else re / t * 100

def ipm(uhh, hls, rls, ppp):
    # BPS new method: IPM = (I_health * I_education * I_expenditure)^(1/3) * 100
    ih = (uhh - 20) / (85 - 20)
    ie = ((hls / 18) + (rls / 15)) / 2
    ix = (math.log(ppp) - math.log(1007.436)) / (math.log(26572.352) - math.log(1007.436))
    return (ih * ie * ix) ** (1 / 3) * 100


def budget_table(rep, header, items, total, dot, realisasi_first=False):
    """A budget table of (name, anggaran, realisasi) items closed by a total row; returns the two totals."""
    def row(no, name, a, x):
        return [no, name] + ([rupiah(x), rupiah(a)] if realisasi_first else [rupiah(a), rupiah(x)]) + [idn(D(x) / D(a) * 100)]
    ta, tx = sum(a for _, a, _ in items), sum(x for _, _, x in items)
    rep.table([header] + [row(f"{k}{dot}", n, a, x) for k, (n, a, x) in enumerate(items, 1)] + [row("", total, ta, tx)])
    return ta, tx


class Report:
    def __init__(self, name):
        self.name, self.lines, self.html, self.misprints = name, [], [], []
        self.rows = []  # (line index, cells)

    def text(self, s, tag="p"):
        for part in s.split("\n"):
            self.lines.append(part)
        self.html.append(f"<{tag}>{html.escape(s)}</{tag}>")

    def blank(self):
        self.lines.append("")

    def table(self, rows):
        self.html.append("<table border='1' cellspacing='0'>")
        for cells in rows:
            self.lines.append("\t".join(cells))
            self.html.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
        self.html.append("</table>")
        self.blank()

    def misprint(self, line_text_contains, cell, wrong, what):
        """Replaces the printed value `cell` in the (unique) row holding `line_text_contains` by `wrong`."""
        hits = [i for i, l in enumerate(self.lines) if "\t" in l
                and (l.startswith(line_text_contains[1:]) if line_text_contains.startswith("^") else line_text_contains in l)]
        assert len(hits) == 1, (line_text_contains, hits)
        i = hits[0]
        cells = self.lines[i].split("\t")
        at = [k for k, c in enumerate(cells) if c == cell]
        assert len(at) == 1, (line_text_contains, cell, cells)
        cells[at[0]] = wrong
        old = self.lines[i]
        self.lines[i] = "\t".join(cells)
        # the HTML row of the same cells
        row_html = "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in old.split("\t")) + "</tr>"
        new_html = "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>"
        k = [j for j, h in enumerate(self.html) if h == row_html]
        assert len(k) == 1
        self.html[k[0]] = new_html
        self.misprints.append((i + 1, wrong, cell, what))

    def mark(self, line_text_contains, printed, correct, what):
        """Records a misprint built into the table (the figures computed from it follow the printed value)."""
        hits = [i for i, l in enumerate(self.lines) if "\t" in l and line_text_contains in l and printed in l.split("\t")]
        assert len(hits) == 1, (line_text_contains, hits)
        self.misprints.append((hits[0] + 1, printed, correct, what))

    def write(self):
        with open(os.path.join(HERE, self.name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(self.lines) + "\n")
        with open(os.path.join(HERE, self.name + ".html"), "w", encoding="utf-8") as f:
            f.write("<html><head><meta charset='utf-8'></head><body>\n" + "\n".join(self.html) + "\n</body></html>\n")
        with open(os.path.join(HERE, self.name + ".misprints.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["line", "printed", "correct", "flag", "what"])
            for line, printed, correct, what in sorted(self.misprints):
                # a capaian scored with the other polarity is a note (polarity suspicious), not a mismatch: the audit
                # takes the polarity the printed figure follows, and names the catalogue's
                w.writerow([line, printed, correct, "polarity-note" if "polarity" in what else "mismatch", what])


def kota():
    """Kota Mekarsari 2025: Roman chapter numbering (Tabel III.1), realisasi before target, years newest first."""
    rep = Report("lppd-kota-mekarsari-2025")
    rep.text("# LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KOTA MEKARSARI TAHUN 2025", "h1")
    rep.blank()
    rep.text("## BAB II CAPAIAN KINERJA MAKRO", "h2")
    rep.blank()
    comps = {2025: (D("74.12"), D("14.38"), D("11.02"), D("15830")), 2024: (D("73.95"), D("14.21"), D("10.94"), D("15212"))}
    ipms = {y: ipm(*(float(v) for v in comps[y])) for y in comps}
    ipm25, ipm24 = r(ipms[2025]), r(ipms[2024])
    # Tabel II.1: macro indicators, the newest year first
    macro = [("Indeks Pembangunan Manusia (poin)", ipm25, ipm24),
             ("Persentase Penduduk Miskin (%)", D("6.12"), D("6.58")),
             ("Tingkat Pengangguran Terbuka (%)", D("5.37"), D("5.91")),
             ("Laju Pertumbuhan Ekonomi (%)", D("5.21"), D("4.87")),
             ("Gini Rasio", D("0.384"), D("0.391"))]
    rep.text("Tabel II.1\nPerkembangan Indikator Makro Kota Mekarsari Tahun 2024-2025")
    rows = [["No", "Indikator", "Tahun 2025", "Tahun 2024", "Perubahan (%)"]]
    for k, (name, now, before) in enumerate(macro, 1):
        dec = 3 if "Gini" in name else 2
        rows.append([f"{k}.", name, idn(now, dec), idn(before, dec), idn((now - before) / before * 100)])
    rep.table(rows)
    rep.text("Sumber: BPS Kota Mekarsari, 2026 (diolah)")
    rep.blank()
    # Tabel II.2: IPM from its components (BPS), newest year first
    rep.text("Tabel II.2\nKomponen Pembentuk IPM Kota Mekarsari")
    rows = [["Komponen", "2025", "2024"]]
    labels = ["Umur Harapan Hidup saat Lahir (tahun)", "Harapan Lama Sekolah (tahun)", "Rata-rata Lama Sekolah (tahun)", "Pengeluaran per Kapita Disesuaikan (ribu rupiah)"]
    for i, lab in enumerate(labels):
        rows.append([lab] + [idn(comps[y][i], 0) if i == 3 else idn(comps[y][i]) for y in (2025, 2024)])
    rows.append(["Indeks Pembangunan Manusia"] + [idn(ipms[y]) for y in (2025, 2024)])
    rep.table(rows)
    rep.blank()
    rep.text("## BAB III CAPAIAN KINERJA PENYELENGGARAAN URUSAN PEMERINTAHAN", "h2")
    rep.blank()
    # Tabel III.1: IKU, realisasi before target, predikat
    iku = [("Indeks Pembangunan Manusia", "poin", ipm25, D("81.00"), False),
           ("Persentase Penduduk Miskin", "%", D("6.12"), D("6.30"), True),
           ("Tingkat Pengangguran Terbuka", "%", D("5.37"), D("5.10"), True),
           ("Indeks Kepuasan Masyarakat", "nilai", D("82.15"), D("85.00"), False),
           ("Persentase Jalan Kota dalam Kondisi Mantap", "%", D("71.40"), D("92.00"), False),
           ("Indeks Reformasi Birokrasi", "nilai", D("68.20"), D("70.00"), False)]
    rep.text("Tabel III.1\nCapaian Indikator Kinerja Utama Kota Mekarsari Tahun 2025")
    rows = [["No", "Indikator Kinerja Utama", "Satuan", "Realisasi 2025", "Target 2025", "Capaian (%)", "Kategori"]]
    caps = []
    for k, (name, unit, real, target, neg) in enumerate(iku, 1):
        c = r(capaian(target, real, neg and "Pengangguran" not in name))  # misprint: TPT scored as higher-is-better
        caps.append(c)
        rows.append([f"{k}.", name, unit, idn(real), idn(target), idn(c), predicate(c)])
    mean = sum(caps) / len(caps)
    rows.append(["", "Rata-rata Capaian Kinerja", "", "", "", idn(mean), predicate(mean)])
    rep.table(rows)
    rep.blank()
    # Tabel III.2: programme budget, realisasi before pagu, no "%" in cells, Jumlah row
    progs = [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 48_215_660_300, 45_102_337_950),
             ("Program Pengelolaan Pendidikan", 131_907_455_000, 127_884_120_410),
             ("Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 86_440_215_500, 79_336_019_883),
             ("Program Penyelenggaraan Jalan", 57_300_000_000, 49_870_552_125),
             ("Program Pengelolaan Persampahan", 12_650_780_000, 12_001_460_318),
             ("Program Perlindungan dan Jaminan Sosial", 4_118_300_000, 3_987_644_200)]
    rep.text("Tabel III.2\nRealisasi Anggaran Program Prioritas Kota Mekarsari Tahun 2025 (dalam rupiah)")
    tp, tr = budget_table(rep, ["No", "Program", "Realisasi", "Pagu Anggaran", "Serapan (%)"], progs, "Jumlah", "", realisasi_first=True)
    rep.blank()
    # Tabel III.3: capaian by sasaran with the seed's layout but % in cells and Target/Realisasi, then budget, efficiency
    rep.text("Tabel III.3\nRealisasi Kinerja Sasaran Meningkatnya Kualitas Pelayanan Publik")
    sas = [("Indeks Kepuasan Masyarakat", D("85.00"), D("82.15"), False),
           ("Indeks Reformasi Birokrasi", D("70.00"), D("68.20"), False),
           ("Nilai SAKIP", D("72.00"), D("73.84"), False)]
    rows = [["No.", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian"]]
    caps3 = []
    for k, (name, t, re, neg) in enumerate(sas, 1):
        c = r(capaian(t, re, neg)) + (2 if name == "Nilai SAKIP" else 0); caps3.append(c)  # misprint: SAKIP +2
        rows.append([f"{k}" if k == 1 else "", "Meningkatnya Kualitas Pelayanan Publik" if k == 1 else "", name, idn(t), idn(re), idn(c) + "%"])
    m3 = r(sum(caps3) / len(caps3))
    rows.append(["Capaian Kinerja", "", "", "", "", idn(m3) + "%"])
    rep.table(rows)
    rep.text("Tabel III.4\nRealisasi Anggaran Sasaran Meningkatnya Kualitas Pelayanan Publik")
    bud = [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 9_870_400_000, 9_215_338_870),
           ("Program Pelayanan Publik dan Tata Kelola", 1_245_000_000, 1_190_452_300)]
    rows = [["No.", "Sasaran", "Capaian kinerja", "Program", "Alokasi", "Realisasi", "%"]]
    for k, (name, a, s) in enumerate(bud):
        rows.append(["1" if k == 0 else "", "Meningkatnya Kualitas Pelayanan Publik" if k == 0 else "", idn(m3) + "%" if k == 0 else "", name, rupiah(a, True), rupiah(s, True), idn(D(s) / D(a) * 100) + "%"])
    ta, ts = sum(a for _, a, _ in bud), sum(s for _, _, s in bud)
    tpct = r(D(ts) / D(ta) * 100)
    rows.append(["", "", "", "Total", rupiah(ta, True), rupiah(ts, True), idn(tpct) + "%"])
    rows.append(["", "", "", "Tingkat efisiensi", "", "", idn(m3 / tpct)])
    rep.table(rows)

    # misprints
    rep.mark("Tingkat Pengangguran Terbuka\t%", idn(r(capaian(D("5.10"), D("5.37"), False))), idn(r(capaian(D("5.10"), D("5.37"), True))), "TPT capaian with positive polarity (mean follows it)")
    rep.misprint("Persentase Jalan Kota", "Tinggi", "Sedang", "predikat of 71,40 / 92,00 = 77,61 % is Tinggi, printed Sedang")
    rep.misprint("Program Penyelenggaraan Jalan", idn(D(49_870_552_125) / D(57_300_000_000) * 100), "78,04", "serapan 87,03 misprinted 78,04")
    rep.misprint("\tJumlah\t", rupiah(tp), rupiah(tp + 1_000_000), "Jumlah pagu off by 1.000.000")
    rep.misprint("Laju Pertumbuhan Ekonomi", idn((D("5.21") - D("4.87")) / D("4.87") * 100), "8,98", "perubahan 6,98 printed 8,98 (6,89 would lie within the rounding of 5,21 and 4,87: not checkable)")
    rep.mark("Nilai SAKIP", idn(r(capaian(D("72.00"), D("73.84"), False)) + 2) + "%", idn(r(capaian(D("72.00"), D("73.84"), False))) + "%", "capaian +2 (mean and efficiency follow it)")
    rep.misprint("Tingkat efisiensi", idn(m3 / tpct), idn(m3 / tpct + D("0.1")), "efisiensi +0,10")
    rep.misprint("^Indeks Pembangunan Manusia\t", idn(ipms[2025]), idn(D(ipms[2025]) + D("0.5")), "IPM 2025 from components +0,5")
    return rep


def provinsi():
    """Provinsi Teluk Permata 2024: tables numbered "Tabel 2.1.a", budget before capaian, Target | Realisasi with units
    in the header, "Rp." in the cells, items under a heading row, a Gini ratio of three decimals."""
    rep = Report("lppd-provinsi-teluk-permata-2024")
    rep.text("# LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH PROVINSI TELUK PERMATA TAHUN 2024", "h1")
    rep.blank()
    rep.text("## 2.1. Realisasi Anggaran", "h2")
    rep.blank()
    # Tabel 2.1.a: revenue with items under headings, Jumlah
    pad = [("a. Pajak Daerah", 2_417_330_000_000, 2_502_118_465_210), ("b. Retribusi Daerah", 61_250_000_000, 57_904_331_870),
           ("c. Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan", 98_400_000_000, 101_225_600_450),
           ("d. Lain-lain PAD yang Sah", 412_700_500_000, 388_016_774_925)]
    tr = [("a. Pendapatan Transfer Pemerintah Pusat", 3_118_402_116_000, 3_087_550_903_114)]
    rep.text("Tabel 2.1.a\nTarget dan Realisasi Pendapatan Daerah Provinsi Teluk Permata Tahun 2024")
    rows = [["No", "Uraian", "Target (Rp)", "Realisasi (Rp)", "Capaian (%)"]]
    def line(no, name, a, s):
        return [no, name, "Rp. " + rupiah(a), "Rp. " + rupiah(s), idn(D(s) / D(a) * 100)]
    pa, ps = sum(a for _, a, _ in pad), sum(x for _, _, x in pad)
    rows.append(line("1", "Pendapatan Asli Daerah", pa, ps))
    rows += [line("", n, a, x) for n, a, x in pad]
    ta, ts = sum(a for _, a, _ in tr), sum(x for _, _, x in tr)
    rows.append(line("2", "Pendapatan Transfer", ta, ts))
    rows += [line("", n, a, x) for n, a, x in tr]
    rows.append(line("", "Jumlah Pendapatan Daerah", pa + ta, ps + ts))
    rep.table(rows)
    # Tabel 2.1.b: spending by urusan, Rp in the header, no % sign
    bel = [("Urusan Pendidikan", 3_210_884_500_000, 3_044_902_117_640), ("Urusan Kesehatan", 1_402_660_000_000, 1_288_045_391_002),
           ("Urusan Pekerjaan Umum dan Penataan Ruang", 987_120_430_000, 842_660_120_500), ("Urusan Sosial", 88_430_000_000, 85_117_930_410),
           ("Urusan Perhubungan", 143_900_000_000, 131_204_776_800)]
    rep.text("Tabel 2.1.b\nAnggaran dan Realisasi Belanja per Urusan Tahun 2024")
    ba, bs = budget_table(rep, ["No", "Urusan Pemerintahan", "Anggaran Setelah Perubahan (Rp)", "Realisasi (Rp)", "%"], bel, "Total", ".")
    rep.text("## 2.2. Capaian Kinerja Makro", "h2")
    rep.blank()
    # Tabel 2.2.a: macro, years oldest first, several years
    macro = [("Persentase Penduduk Miskin (%)", D("11.38"), D("10.92"), D("10.47")),
             ("Indeks Gini", D("0.362"), D("0.357"), D("0.349")),
             ("Tingkat Pengangguran Terbuka (%)", D("6.02"), D("5.64"), D("5.18")),
             ("PDRB per Kapita ADHB (juta rupiah)", D("48.73"), D("52.16"), D("55.40"))]
    rep.text("Tabel 2.2.a\nPerkembangan Indikator Makro Provinsi Teluk Permata Tahun 2022-2024")
    rows = [["Indikator", "2022", "2023", "2024", "Pertumbuhan 2023-2024 (%)"]]
    for n, a, b, c in macro:
        dec = 3 if "Gini" in n else 2
        rows.append([n, idn(a, dec), idn(b, dec), idn(c, dec), idn((c - b) / b * 100)])
    rep.table(rows)
    # Tabel 2.2.b: IKU capaian, Target | Realisasi with units in the header, % in cells, predikat, Rata-rata
    iku = [("Persentase Penduduk Miskin", D("10.60"), D("10.47"), True), ("Indeks Gini", D("0.355"), D("0.349"), True),
           ("Tingkat Pengangguran Terbuka", D("5.40"), D("5.18"), True), ("Laju Pertumbuhan Ekonomi", D("5.50"), D("5.03"), False),
           ("Indeks Kualitas Lingkungan Hidup", D("70.00"), D("47.25"), False), ("Persentase Desa Mandiri", D("12.00"), D("7.40"), False)]
    rep.text("Tabel 2.2.b\nCapaian Indikator Kinerja Utama Provinsi Teluk Permata Tahun 2024")
    rows = [["No.", "Indikator Kinerja", "Target 2024", "Realisasi 2024", "Capaian Kinerja (%)", "Predikat"]]
    caps = []
    for k, (n, t, x, neg) in enumerate(iku, 1):
        dec = 3 if "Gini" in n else 2
        c = r(capaian(t, x, neg)); caps.append(c)
        rows.append([f"{k}.", n, idn(t, dec), idn(x, dec), idn(c) + "%", predicate(c)])
    mean = sum(caps) / len(caps)
    rows.append(["", "Rata-rata", "", "", idn(mean) + "%", predicate(mean)])
    rep.table(rows)

    rep.misprint("b. Retribusi Daerah", idn(D(57_904_331_870) / D(61_250_000_000) * 100), "95,54", "capaian 94,54 printed 95,54")
    rep.misprint("Pendapatan Asli Daerah\t", "Rp. " + rupiah(ps), "Rp. " + rupiah(ps + 10_000_000), "PAD realisasi heading total +10.000.000")
    rep.misprint("Urusan Sosial", rupiah(85_117_930_410), rupiah(85_117_930_410 - 900_000_000), "realisasi misprinted: % and Total no longer follow")
    rep.misprint("Tingkat Pengangguran Terbuka (%)", idn((D("5.18") - D("5.64")) / D("5.64") * 100), "-7,16", "pertumbuhan -8,16 printed -7,16")
    rep.misprint("Indeks Gini\t0,355", idn(r(capaian(D("0.355"), D("0.349"), True))) + "%", idn(r(capaian(D("0.355"), D("0.349"), True)) - 1) + "%", "Gini capaian -1 (mean follows the correct one)")
    rep.misprint("Indeks Kualitas Lingkungan Hidup", "Sedang", "Rendah", "predikat of 47,25 / 70,00 = 67,50 %: Sedang; printed Rendah")
    rep.misprint("Rata-rata", idn(mean) + "%", idn(mean + D("0.4")) + "%", "mean +0,40")
    return rep


def kabupaten():
    """Kabupaten Sidomukti 2023: capaian of two years side by side, a mean row printed above its indicators, a budget
    table split by a page break with its header repeated, percentages with no decimals in the budget, totals of a
    population table, a point change."""
    rep = Report("lppd-kabupaten-sidomukti-2023")
    rep.text("# LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN SIDOMUKTI TAHUN 2023", "h1")
    rep.blank()
    rep.text("## 1.2. Kondisi Umum Daerah", "h2")
    rep.blank()
    kec = [("Sidomukti", 4_250, 61_204), ("Karangrejo", 3_980, 52_117), ("Wonoasri", 5_115, 48_930), ("Sumberagung", 2_870, 39_402)]
    rep.text("Tabel 1.3\nLuas Wilayah dan Jumlah Penduduk per Kecamatan Tahun 2023")
    rows = [["No.", "Kecamatan", "Luas (Ha)", "Laki-laki (jiwa)", "Perempuan (jiwa)", "Jumlah (jiwa)"]]
    for k, (n, luas, pend) in enumerate(kec, 1):
        lk = pend // 2 + 137 * k
        rows.append([f"{k}.", n, idn(luas, 0), idn(lk, 0), idn(pend - lk, 0), idn(pend, 0)])
    lks = sum(kk[2] // 2 + 137 * (i + 1) for i, kk in enumerate(kec))
    rows.append(["", "Jumlah", idn(sum(k[1] for k in kec), 0), idn(lks, 0), idn(sum(k[2] for k in kec) - lks, 0), idn(sum(k[2] for k in kec), 0)])
    rep.table(rows)
    rep.text("## 3.1. Capaian Kinerja Sasaran", "h2")
    rep.blank()
    # Tabel 3.1.1: the mean printed first, two years side by side (2022 then 2023)
    ind = [("Angka Kematian Bayi (per 1.000 kelahiran hidup)", D("6.80"), D("6.95"), D("6.50"), D("6.21"), True),
           ("Prevalensi Stunting", D("18.00"), D("19.40"), D("16.00"), D("15.10"), True),
           ("Angka Harapan Lama Sekolah", D("12.80"), D("12.77"), D("12.90"), D("12.93"), False),
           ("Persentase Rumah Tangga dengan Akses Air Minum Layak", D("88.00"), D("84.30"), D("90.00"), D("91.25"), False)]
    rep.text("Tabel 3.1.1\nPerbandingan Capaian Kinerja Sasaran Meningkatnya Kualitas Sumber Daya Manusia Tahun 2022 dan 2023")
    c22 = [r(capaian(t, x, n)) for _, t, x, _, _, n in ind]
    c23 = [r(capaian(t, x, n)) for _, _, _, t, x, n in ind]
    rows = [["No", "Indikator Kinerja", "Target 2022", "Realisasi 2022", "Capaian 2022 (%)", "Target 2023", "Realisasi 2023", "Capaian 2023 (%)"]]
    rows.append(["", "Capaian Kinerja Sasaran", "", "", idn(sum(c22) / len(c22)), "", "", idn(sum(c23) / len(c23))])
    for k, ((n, t1, x1, t2, x2, neg), a, b) in enumerate(zip(ind, c22, c23), 1):
        rows.append([f"{k}.", n, idn(t1), idn(x1), idn(a), idn(t2), idn(x2), idn(b)])
    rep.table(rows)
    # Tabel 3.1.2: programme budget split by a page break, header repeated, % with no decimals
    progs = [("Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 74_120_500_000, 70_415_230_115),
             ("Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 2_310_000_000, 2_105_776_400),
             ("Program Pengelolaan Pendidikan", 96_880_204_000, 95_102_998_760),
             ("Program Pendidik dan Tenaga Kependidikan", 1_045_600_000, 1_003_776_000),
             ("Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum", 18_750_000_000, 15_930_412_880)]
    rep.text("Tabel 3.1.2\nAlokasi dan Realisasi Anggaran Program Pendukung Sasaran Tahun 2023")
    head = ["No", "Program", "Alokasi Anggaran (Rp)", "Realisasi (Rp)", "Realisasi (%)"]
    def part(first, last):
        return [head] + [[f"{k}.", n, rupiah(a), rupiah(x), idn(D(x) / D(a) * 100, 0) + "%"] for k, (n, a, x) in enumerate(progs[first:last], first + 1)]
    rep.table(part(0, 3))
    rep.blank(); rep.blank()
    rows = part(3, len(progs))
    ta, tx = sum(a for _, a, _ in progs), sum(x for _, _, x in progs)
    rows.append(["", "Jumlah Total", rupiah(ta), rupiah(tx), idn(D(tx) / D(ta) * 100, 0) + "%"])
    rep.table(rows)

    rep.misprint("Wonoasri", idn(48_930, 0), idn(49_930, 0), "kecamatan total: laki-laki + perempuan 48.930 printed 49.930 (the Jumlah follows the correct one)")
    rep.misprint("Prevalensi Stunting", idn(c22[1]), idn(c22[1] + 3), "capaian 2022 +3 (lower is better)")
    rep.misprint("Angka Harapan Lama Sekolah", idn(c23[2]), idn(c23[2] - 2), "capaian 2023 -2")
    rep.misprint("Capaian Kinerja Sasaran", idn(sum(c23) / len(c23)), idn(sum(c23) / len(c23) + 1), "mean 2023 +1")
    rep.misprint("Program Pendidik dan Tenaga", idn(D(1_003_776_000) / D(1_045_600_000) * 100, 0) + "%", "86%", "96 % printed 86 %")
    rep.misprint("Jumlah Total", rupiah(tx), rupiah(tx + 100_000_000), "realisasi total +100.000.000 across the page break")
    return rep


if __name__ == "__main__":
    for make in (kota, provinsi, kabupaten):
        make().write()
