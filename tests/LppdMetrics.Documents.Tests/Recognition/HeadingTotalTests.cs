using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests.Recognition;

/// <summary>
/// A heading row that prints the total of the lettered or bulleted rows under it ("Pekerjaan Penduduk …: | 1.261.699"
/// of the seed's Tabel 1.5). Every expected value is worked out by hand in the comments.
/// </summary>
public class HeadingTotalTests
{
    private const string Title = "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KOTA CONTOH TAHUN 2025\n\n";

    private static LppdReport Report(params string[] rows) => ReportRecognizer.Recognize(TextDocumentReader.ReadText(
        Title + "Tabel 1.3 Penduduk Menurut Lapangan Pekerjaan\n\nUraian\tJumlah (jiwa)\n" + string.Join('\n', rows) + "\n", "heading.txt")).Report;

    [Fact]
    public void Headings_nested_in_a_heading_add_their_own_items_only()
    {
        // lines 6–12: "a. Pertanian:" heads its two rows (30 + 30 = 60, printed 60) and "b. Industri:" its two
        // (20 + 20 = 40, printed 40). The code before added every marked row under "a. Pertanian:" up to the end
        // (30 + 30 + 40 + 20 + 20 = 140 against 60: a false mismatch), and so did "Pekerjaan:" (200 against 100);
        // "Pekerjaan:" heads headings, whose rows it would add twice, so it is not checked.
        var report = Report(
            "Pekerjaan:\t100",
            "a. Pertanian:\t60",
            "- Laki-laki\t30",
            "- Perempuan\t30",
            "b. Industri:\t40",
            "- Laki-laki\t20",
            "- Perempuan\t20");
        var sums = ReportAudit.Run(report).Findings.Where(f => f.Rule == "sum").ToList();
        Assert.Equal([(7, 60m, FindingStatus.Match), (10, 40m, FindingStatus.Match)],
            sums.Select(f => (f.Source ?? 0, f.Recomputed ?? -1, f.Status)).OrderBy(x => x.Item1));
    }

    [Fact]
    public void A_table_of_headings_gives_each_heading_the_rows_under_it_only()
    {
        // 4 000 rows "- Kelompok i:" each printing 1 and heading nothing, then "Jumlah | 4.000" (4 000 · 1, line 4 006):
        // the one sum. The code before made every row the heading of all the rows under it (4 000 · 3 999 / 2 ≈ 8
        // million inputs: 43 s and 2 GB in the audit).
        var report = Report([.. Enumerable.Range(1, 4000).Select(i => $"- Kelompok {i}:\t1"), "Jumlah\t4.000"]);
        var sum = Assert.Single(ReportAudit.Run(report).Findings, f => f.Rule == "sum");
        Assert.Equal((4006, 4000m, FindingStatus.Match), (sum.Source ?? 0, sum.Recomputed ?? -1, sum.Status));
    }

    [Theory]
    // "1 | Pendapatan Asli Daerah" over its lettered items: 300 + 200 = 500 and 280 + 180 = 460 (the % column is
    // no sum); printed 470 is 10 too many. The code before checked only the Jumlah against 1 + 2 (500 + 1.000), and
    // flagged it (1.470 against 1.460) where the heading row was wrong.
    [InlineData("460", FindingStatus.Match)]
    [InlineData("470", FindingStatus.Mismatch)]
    public void A_numbered_budget_row_over_lettered_items_is_their_sum(string realisasi, FindingStatus status)
    {
        var report = ReportRecognizer.Recognize(TextDocumentReader.ReadText(Title + "Tabel 2.1.a Pendapatan Daerah\n\nNo\tUraian\tTarget (Rp)\tRealisasi (Rp)\tCapaian (%)\n"
            + $"1\tPendapatan Asli Daerah\t500\t{realisasi}\t92,00\n"
            + "\ta. Pajak Daerah\t300\t280\t93,33\n"
            + "\tb. Retribusi Daerah\t200\t180\t90,00\n"
            + "2\tPendapatan Transfer\t1.000\t1.000\t100,00\n"
            + "\tJumlah\t1.500\t1.460\t97,33\n", "provinsi.txt")).Report;
        var sums = ReportAudit.Run(report).Findings.Where(f => f.Rule == "sum" && f.Source == 6).OrderBy(f => f.Recomputed).ToList();
        Assert.Equal([(460m, status), (500m, FindingStatus.Match)], sums.Select(f => (f.Recomputed ?? -1, f.Status)));
    }

    [Theory]
    // "Laki-laki (jiwa) | Perempuan (jiwa) | Jumlah (jiwa)": 24.876 + 24.054 = 48.930; "Luas (Ha)" is another unit and
    // no part of it. The code before read a total column only under a two-level header, so 49.930 was flagged in the
    // Jumlah row below (the column's sum) and not at its own row.
    [InlineData("Laki-laki (jiwa)\tPerempuan (jiwa)\tJumlah (jiwa)", "48.930", FindingStatus.Match)]
    [InlineData("Laki-laki (jiwa)\tPerempuan (jiwa)\tJumlah (jiwa)", "49.930", FindingStatus.Mismatch)]
    [InlineData("Laki-laki\tPerempuan\tJumlah", "49.930", FindingStatus.Mismatch)]
    public void A_one_level_jumlah_column_is_the_sum_of_the_columns_before_it_in_its_unit(string header, string total, FindingStatus status)
    {
        var report = ReportRecognizer.Recognize(TextDocumentReader.ReadText(Title + "Tabel 1.3 Penduduk per Kecamatan\n\n"
            + $"No.\tKecamatan\tLuas (Ha)\t{header}\n"
            + $"1.\tWonoasri\t5.115\t24.876\t24.054\t{total}\n"
            + "2.\tSumberagung\t2.870\t20.249\t19.153\t39.402\n", "kabupaten.txt")).Report;
        var row = Assert.Single(ReportAudit.Run(report).Findings, f => f.Rule == "sum" && f.Source == 6);
        Assert.Equal((48_930m, status), (row.Recomputed ?? -1, row.Status));
        Assert.Equal(FindingStatus.Match, Assert.Single(ReportAudit.Run(report).Findings, f => f.Rule == "sum" && f.Source == 7).Status); // 20.249 + 19.153 = 39.402
    }

    [Fact]
    public void A_column_of_another_unit_before_a_jumlah_column_is_no_row_total()
    {
        // "Luas (Ha) | Jumlah (jiwa)": one column of another unit, nothing to add
        var report = ReportRecognizer.Recognize(TextDocumentReader.ReadText(Title + "Tabel 1.3 Penduduk\n\nNo.\tKecamatan\tLuas (Ha)\tKepadatan (jiwa/km2)\tJumlah (jiwa)\n"
            + "1.\tWonoasri\t5.115\t957\t48.930\n2.\tSumberagung\t2.870\t1.373\t39.402\n\tJumlah\t7.985\t\t88.332\n", "kabupaten.txt")).Report;
        Assert.DoesNotContain(ReportAudit.Run(report).Findings, f => f.Id.Contains("/total-", StringComparison.Ordinal));
    }

    [Theory]
    // "Anggaran | Realisasi | Sisa Anggaran": 500.000 − 400.000 = 100.000 left; 120.000 printed is a misprint of its
    // row (500.000 against 400.000 + 120.000 = 520.000). The code before checked the Sisa column only in the Jumlah
    // row (a correct 200.000 against 100.000 + 120.000), away from the misprinted row.
    [InlineData("100.000", FindingStatus.Match)]
    [InlineData("120.000", FindingStatus.Mismatch)]
    public void A_sisa_anggaran_column_is_the_anggaran_less_the_realisasi(string sisa, FindingStatus status)
    {
        var report = ReportRecognizer.Recognize(TextDocumentReader.ReadText(Title + "Tabel 3.3 Realisasi Belanja\n\n"
            + "Uraian\tAnggaran (Rp)\tRealisasi (Rp)\tSisa Anggaran (Rp)\tSerapan (%)\n"
            + "Belanja Operasi\t1.000.000\t900.000\t100.000\t90,00\n"
            + $"Belanja Modal\t500.000\t400.000\t{sisa}\t80,00\n", "kota.txt")).Report;
        var findings = ReportAudit.Run(report).Findings.Where(f => f.Id.EndsWith("/sisa", StringComparison.Ordinal)).OrderBy(f => f.Source).ToList();
        Assert.Equal([(6, 1_000_000m, FindingStatus.Match), (7, 400_000m + (sisa == "100.000" ? 100_000m : 120_000m), status)],
            findings.Select(f => (f.Source ?? 0, f.Recomputed ?? -1, f.Status)));
    }
}
