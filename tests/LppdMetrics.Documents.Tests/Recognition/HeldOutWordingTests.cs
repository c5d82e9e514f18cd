using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests.Recognition;

/// <summary>
/// Wordings of other reports built like the seed (held-out report hunt of session 11): a capaian printed as a bound, a
/// mean row labelled otherwise than "Capaian Kinerja", a table numbered in Roman numerals. Every expected value is
/// worked out by hand in the comments.
/// </summary>
public class HeldOutWordingTests
{
    private const string Title = "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN CONTOH TAHUN 2025\n\n";

    /// <summary>Tabel 3.1 of <c>reports/mini-lppd.txt</c>: two indicators, their capaian and the mean row.</summary>
    private static LppdReport Capaian(string firstCapaian, string meanLabel, string mean) => ReportRecognizer.Recognize(TextDocumentReader.ReadText(
        Title + "**Tabel 3.1**  \n**Realisasi kinerja sasaran Meningkatnya Mutu Layanan**\n\n"
        + "No.\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\t%\n"
        + $"1\tMeningkatnya Mutu Layanan\tIndeks Kepuasan Masyarakat\t80\t84\t{firstCapaian}\n"
        + "\t\tPersentase Penduduk Miskin\t10\t9\t110,00%\n"
        + $"{meanLabel}\t\t\t\t\t{mean}\n", "mini.txt")).Report;

    private static AuditFinding At(LppdReport report, int line, string rule) =>
        Assert.Single(ReportAudit.Run(report).Findings, f => f.Source == line && f.Rule.StartsWith(rule, StringComparison.Ordinal));

    [Theory]
    // 84 / 80 × 100 = 105,00 %: a capaian printed "> 100%" (or "≥ 100 %", "± 105%") says it is at least (about) that
    // much, it prints no value; the code before read 100 and called it a mismatch against 105,00, and the mean
    // (105 + 110) / 2 = 107,50 a mismatch against (100 + 110) / 2 = 105,00. Both are not checkable.
    [InlineData("> 100%")]
    [InlineData("≥ 100 %")]
    [InlineData(">100,00%")]
    [InlineData("± 105%")]
    public void A_capaian_printed_as_a_bound_is_not_checkable_nor_is_its_mean(string printed)
    {
        var report = Capaian(printed, "Capaian Kinerja", "107,50%");
        Assert.Equal(FindingStatus.NotCheckable, At(report, 7, "capaian.positive").Status);
        Assert.Equal(FindingStatus.NotCheckable, At(report, 9, "capaian.mean").Status);
    }

    [Fact]
    public void A_target_printed_as_a_minimum_is_still_the_target()
    {
        // "≥ 80": the target is 80 as a floor (how RPJMD tables print it); 84 / 80 × 100 = 105,00 % as printed
        var report = ReportRecognizer.Recognize(TextDocumentReader.ReadText(
            Title + "**Tabel 3.1**  \n**Realisasi kinerja sasaran**\n\n"
            + "No.\tIndikator Kinerja\tTarget\tRealisasi\t%\n"
            + "1\tIndeks Kepuasan Masyarakat\t≥ 80\t84\t105,00%\n", "mini.txt")).Report;
        Assert.Equal(FindingStatus.Match, At(report, 7, "capaian").Status);
    }

    [Theory]
    // the mean of the two capaian: (105,00 + 110,00) / 2 = 107,50; printed 107,00 it is a misprint, whatever the
    // row's label says "mean" with (the code before read these rows as a third indicator with no target: not checkable)
    [InlineData("Rata-rata")]
    [InlineData("Rata-Rata")]
    [InlineData("Rata - rata")]
    [InlineData("Rerata")]
    [InlineData("Nilai Capaian Kinerja")]
    [InlineData("Capaian Rata-rata")]
    [InlineData("Nilai Rata-rata Capaian")]
    public void A_mean_row_labelled_otherwise_is_still_the_mean(string label)
    {
        var misprint = At(Capaian("105,00%", label, "107,00%"), 9, "capaian.mean");
        Assert.Equal(FindingStatus.Mismatch, misprint.Status);
        Assert.Equal(107.50m, misprint.Recomputed);
        Assert.Equal(FindingStatus.Match, At(Capaian("105,00%", label, "107,50%"), 9, "capaian.mean").Status);
    }

    [Fact]
    public void An_indicator_named_like_a_mean_is_not_a_mean_row()
    {
        // "Rata-rata Lama Sekolah" is an IPM component, an indicator of its own: 7,87 / 7,80 × 100 = 100,897… → 100,90 %
        var report = ReportRecognizer.Recognize(TextDocumentReader.ReadText(
            Title + "**Tabel 3.1**  \n**Realisasi kinerja sasaran**\n\n"
            + "No.\tIndikator Kinerja\tTarget\tRealisasi\t%\n"
            + "1\tHarapan Lama Sekolah\t12,60\t12,67\t100,56%\n"
            + "2\tRata-rata Lama Sekolah\t7,80\t7,87\t100,90%\n", "mini.txt")).Report;
        Assert.Equal(FindingStatus.Match, At(report, 8, "capaian").Status);
        Assert.DoesNotContain(ReportAudit.Run(report).Findings, f => f.Rule == "capaian.mean");
    }
}
