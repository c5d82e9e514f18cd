using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests.Recognition;

/// <summary>
/// Capaian tables laid out as other regions print them (held-out report hunt): a Realisasi column for each year, two
/// years side by side, a percentage column that is not the capaian. A correctly printed table gives no mismatch, and a
/// column the header does not pin down is refused rather than paired by position. Expected values worked out by hand.
/// </summary>
public class OtherHeaderLayoutTests
{
    private const string Title = "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KOTA CONTOH TAHUN 2025\n\n**Tabel 3.1**  \n**Realisasi kinerja sasaran Meningkatnya Mutu Layanan**\n\n";

    /// <summary>The report and findings of a one-table report of Kota Contoh 2025 whose Tabel 3.1 has <paramref name="table"/> as its rows (header first), from line 6.</summary>
    internal static (LppdReport Report, IReadOnlyList<AuditFinding> Findings) Audit(string table)
    {
        var report = ReportRecognizer.Recognize(TextDocumentReader.ReadText(Title + table, "kota.txt")).Report;
        return (report, ReportAudit.Run(report).Findings);
    }

    [Fact]
    public void The_realisasi_of_the_targets_year_is_paired_not_the_first_realisasi_column()
    {
        // Target 2025 | Realisasi 2024 | Realisasi 2025 | Capaian 2025: IKM 84 / 80 × 100 = 105,00 %; IP ASN 55 / 50 × 100 =
        // 110,00 %; mean (105 + 110) / 2 = 107,50 %. The code before paired Realisasi 2024: 70 / 80 = 87,50 % and
        // 40 / 50 = 80,00 %, two false mismatches.
        var (report, findings) = Audit(
            "No.\tIndikator Kinerja\tTarget 2025\tRealisasi 2024\tRealisasi 2025\tCapaian 2025 (%)\n"
            + "1\tIndeks Kepuasan Masyarakat\t80\t70\t84\t105,00\n"
            + "2\tIndeks Profesionalitas ASN\t50\t40\t55\t110,00\n"
            + "Capaian Kinerja\t\t\t\t\t107,50\n");
        var capaian = report.Tables.SelectMany(t => t.Figures).Where(f => f.Rule == FigureKinds.Achievement).ToList();
        Assert.Equal([84m, 55m], capaian.Select(f => f.Inputs[1].Value!.Value));
        Assert.Equal(3, findings.Count(f => f.Status == FindingStatus.Match));
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch);
    }

    [Fact]
    public void Two_realisasi_columns_that_no_year_tells_apart_are_refused()
    {
        // Target | Realisasi 2024 | Realisasi 2025 | %: which realisasi the % divides is not printed; 84 / 80 = 105 % and
        // 70 / 80 = 87,5 % are both guesses, so no capaian figure is made and the table says why.
        // (a budget table after it, so that the report has a table the extractor reads)
        var result = ReportRecognizer.Recognize(TextDocumentReader.ReadText(Title
            + "No.\tIndikator Kinerja\tTarget\tRealisasi 2024\tRealisasi 2025\t%\n"
            + "1\tIndeks Kepuasan Masyarakat\t80\t70\t84\t105,00\n\n"
            + "**Tabel 3.2**  \n**Anggaran dan Realisasi Program**\n\nNo.\tProgram\tAnggaran (Rp.)\tRealisasi (Rp.)\t%\n1.\tProgram Penunjang\t1.000.000\t900.000\t90,00%\n", "kota.txt"));
        Assert.DoesNotContain(result.Report.Tables.SelectMany(t => t.Figures), f => f.Rule == FigureKinds.Achievement);
        Assert.Contains(result.Tables, t => t.Skipped is { } why && why.Contains("2 Realisasi columns", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_years_side_by_side_take_the_mean_under_the_capaian_column_of_the_members()
    {
        // Target 2024 | Realisasi 2024 | Capaian 2024 | Target 2025 | Realisasi 2025 | Capaian 2025. The capaian read are
        // 2024's: 84 / 80 = 105,00 % and 55 / 50 = 110,00 %, mean 107,50 % (printed under Capaian 2024). The code before
        // took the row's last cell, 2025's mean (88/80 = 110 and 60/50 = 120 → 115,00), against 2024's members: a
        // false mismatch 115,00 against 107,50.
        var (report, findings) = Audit(
            "No.\tIndikator Kinerja\tTarget 2024\tRealisasi 2024\tCapaian 2024 (%)\tTarget 2025\tRealisasi 2025\tCapaian 2025 (%)\n"
            + "1\tIndeks Kepuasan Masyarakat\t80\t84\t105,00\t80\t88\t110,00\n"
            + "2\tIndeks Profesionalitas ASN\t50\t55\t110,00\t50\t60\t120,00\n"
            + "Capaian Kinerja\t\t\t\t107,50\t\t\t115,00\n");
        var mean = Assert.Single(report.Tables.SelectMany(t => t.Figures), f => f.Rule == FigureKinds.AchievementMean && f.Id.EndsWith("/capaian-kinerja", StringComparison.Ordinal));
        Assert.Equal(107.50m, mean.Reported);
        Assert.Equal(5, mean.Location!.Column);
        // 2025's mean, under its own capaian column, of 2025's members (session 12): (110 + 120) / 2 = 115,00
        var later = Assert.Single(report.Tables.SelectMany(t => t.Figures), f => f.Rule == FigureKinds.AchievementMean && f.Id.EndsWith("/capaian-kinerja-2025", StringComparison.Ordinal));
        Assert.Equal(115m, later.Reported);
        Assert.Equal(8, later.Location!.Column);
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch);
    }

    [Fact]
    public void A_mean_row_printing_values_under_other_columns_only_is_not_read()
    {
        // The same table with the row's values under Realisasi 2024 and Realisasi 2025 (columns 4 and 7): neither is
        // under Capaian 2024, so neither is taken for the mean of 2024's capaian.
        var (report, _) = Audit(
            "No.\tIndikator Kinerja\tTarget 2024\tRealisasi 2024\tCapaian 2024 (%)\tTarget 2025\tRealisasi 2025\tCapaian 2025 (%)\n"
            + "1\tIndeks Kepuasan Masyarakat\t80\t84\t105,00\t80\t88\t110,00\n"
            + "Capaian Kinerja\t\t\t107,50\t\t\t115,00\t\n");
        Assert.DoesNotContain(report.Tables.SelectMany(t => t.Figures), f => f.Rule == FigureKinds.AchievementMean);
    }

    [Theory]
    // Target | Realisasi | Deviasi (%) | Capaian (%): the deviation (84 − 80) / 80 = 5 % is not the capaian. The code before
    // took the first '%' column: 5,00 against 105,00, a false mismatch. The capaian is 84 / 80 = 105,00 %.
    [InlineData("Deviasi (%)")]
    [InlineData("Pertumbuhan (%)")]
    [InlineData("Selisih (%)")]
    public void A_percent_column_naming_another_measure_is_not_the_capaian(string other)
    {
        var (report, findings) = Audit(
            $"No.\tIndikator Kinerja\tTarget\tRealisasi\t{other}\tCapaian (%)\n"
            + "1\tIndeks Kepuasan Masyarakat\t80\t84\t5,00\t105,00\n");
        var capaian = Assert.Single(report.Tables.SelectMany(t => t.Figures), f => f.Rule == FigureKinds.Achievement);
        Assert.Equal(105.00m, capaian.Reported);
        Assert.Equal(FindingStatus.Match, findings.Single(f => f.Id == capaian.Id).Status);
    }

    [Fact]
    public void A_header_over_two_lines_names_each_column_by_both()
    {
        // Target / Realisasi / Capaian with "(%)" under each: the Realisasi column is "Realisasi (%)", not a percentage
        // column of its own. 84 / 80 = 105,00 %; Angka Kematian Ibu is lower-is-better: (2 × 100 − 90) / 100 = 110,00 %;
        // mean 107,50 %.
        var (report, findings) = Audit(
            "No.\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            + "\t\t(%)\t(%)\t(%)\n"
            + "1\tPersentase Jalan Mantap\t80\t84\t105,00\n"
            + "2\tAngka Kematian Ibu\t100\t90\t110,00\n"
            + "Capaian Kinerja\t\t\t\t107,50\n");
        Assert.Equal(2, report.Tables.SelectMany(t => t.Figures).Count(f => f.Rule == FigureKinds.Achievement));
        Assert.Equal(3, findings.Count(f => f.Status == FindingStatus.Match));
    }

    [Theory]
    // the seed's own capaian headers and common ones stay read: 84 / 80 × 100 = 105,00 %
    [InlineData("%")]
    [InlineData("Persentase capaian")]
    [InlineData("Tingkat Capaian (%)")]
    [InlineData("Capaian Kinerja Tahun 2025 (%)")]
    [InlineData("(%)")]
    public void A_capaian_column_is_still_read(string header)
    {
        var (report, findings) = Audit(
            $"No.\tIndikator Kinerja\tTarget\tRealisasi\t{header}\tKeterangan\n"
            + "1\tIndeks Kepuasan Masyarakat\t80\t84\t105,00\tTercapai\n");
        var capaian = Assert.Single(report.Tables.SelectMany(t => t.Figures), f => f.Rule == FigureKinds.Achievement);
        Assert.Equal(FindingStatus.Match, findings.Single(f => f.Id == capaian.Id).Status);
    }

    [Fact]
    public void Each_year_printed_side_by_side_is_audited()
    {
        // Target 2024 | Realisasi 2024 | Capaian 2024 | Target 2025 | Realisasi 2025 | Capaian 2025. 2025's block was not
        // read before: IKM 88 / 80 × 100 = 110,00 % (printed 110,00: match); IP ASN 60 / 50 × 100 = 120,00 % against the
        // printed 125,00: a misprint the code before did not see. 2024's block as before: 105,00 and 110,00.
        var (report, findings) = Audit(
            "No.\tIndikator Kinerja\tTarget 2024\tRealisasi 2024\tCapaian 2024 (%)\tTarget 2025\tRealisasi 2025\tCapaian 2025 (%)\n"
            + "1\tIndeks Kepuasan Masyarakat\t80\t84\t105,00\t80\t88\t110,00\n"
            + "2\tIndeks Profesionalitas ASN\t50\t55\t110,00\t50\t60\t125,00\n");
        var capaian = report.Tables.SelectMany(t => t.Figures).Where(f => f.Rule == FigureKinds.Achievement).ToList();
        Assert.Equal(4, capaian.Count);
        var y2025 = capaian.Where(f => f.Location!.Column == 8).ToList();
        Assert.Equal([88m, 60m], y2025.Select(f => f.Inputs[1].Value!.Value));
        Assert.Equal(FindingStatus.Match, findings.Single(f => f.Id == y2025[0].Id).Status);
        var misprint = findings.Single(f => f.Id == y2025[1].Id);
        Assert.Equal(FindingStatus.Mismatch, misprint.Status);
        Assert.Equal(120.00m, misprint.Recomputed);
        Assert.Equal(3, findings.Count(f => f.Status == FindingStatus.Match));
    }
}
