using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;

namespace LppdMetrics.Documents.Tests.Recognition;

/// <summary>
/// Predikat kinerja as other reports print them (held-out report hunt): another scale's words, footnote stars, a capaian
/// in a gap of the Permendagri 86/2017 table. Bands by hand from the printed table: 91 ≤ 100 Sangat Tinggi, 76 ≤ 90
/// Tinggi, 66 ≤ 75 Sedang, 51 ≤ 65 Rendah, ≤ 50 Sangat Rendah.
/// </summary>
public class PredicateWordingTests
{
    private static AuditFinding Predicate(string mean, string predicate)
    {
        var report = ReportRecognizer.Recognize(TextDocumentReader.ReadText(
            "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH PROVINSI CONTOH TAHUN 2023\n\n**Tabel 2**  \n**Pengelompokan Nilai Tujuan Kinerja dan Predikat Kinerja**\n\n"
            + "No.\tTujuan\tRata-rata Capaian Kinerja\tPredikat Kinerja\n"
            + $"1.\tTujuan A\t{mean}\t{predicate}\n", "provinsi.txt")).Report;
        return Assert.Single(ReportAudit.Run(report).Findings, f => f.Rule.StartsWith("predicate", StringComparison.Ordinal) || f.Id.EndsWith("/predikat", StringComparison.Ordinal));
    }

    [Theory]
    // another scale's words: 100,37 is Sangat Tinggi on the table, but "Sangat Baik" is not a word of it, so the
    // printed predicate cannot be judged (the code before: mismatch "Sangat Baik" against "Sangat Tinggi")
    [InlineData("100,37%", "Sangat Baik")]
    [InlineData("88,21%", "Baik")]
    [InlineData("95,00%", "ST")]
    public void A_predicate_of_another_scale_is_not_checkable(string mean, string printed)
    {
        var finding = Predicate(mean, printed);
        Assert.Equal(FindingStatus.NotCheckable, finding.Status);
        Assert.Contains("is no predicate of the Permendagri 86/2017 table", finding.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    // footnote stars after the word: 80,00 lies in 76 ≤ 90, Tinggi (the code before: "Tinggi*)" against "Tinggi", mismatch)
    [InlineData("80,00%", "Tinggi*)")]
    [InlineData("80,00%", "Tinggi **")]
    [InlineData("80,00%", "Tinggi (*)")]
    // 90,50 lies in the gap (90, 91): Tinggi by the lower band, Sangat Tinggi rounded to 91; either printed is a
    // reading of the table (the code before flagged "Sangat Tinggi" as a mismatch)
    [InlineData("90,50%", "Sangat Tinggi")]
    [InlineData("90,50%", "Tinggi")]
    // 75,50: Sedang by the lower band, Tinggi rounded to 76 (and by Permendagri 54/2010's 75 < x ≤ 90)
    [InlineData("75,50%", "Tinggi")]
    public void A_predicate_the_table_gives_matches(string mean, string printed) =>
        Assert.Equal(FindingStatus.Match, Predicate(mean, printed).Status);

    [Theory]
    // a misprint stays one: 90,50 is Tinggi or Sangat Tinggi, never Sedang; 80,00 is Tinggi, not Sangat Tinggi
    [InlineData("90,50%", "Sedang")]
    [InlineData("80,00%", "Sangat Tinggi*)")]
    [InlineData("49,00%", "Rendah")]
    public void A_wrong_predicate_of_the_table_is_a_mismatch(string mean, string printed) =>
        Assert.Equal(FindingStatus.Mismatch, Predicate(mean, printed).Status);

    /// <summary>A capaian table whose predicate column is headed <paramref name="header"/> (Realisasi before Target, as Kota Mekarsari's Tabel III.1).</summary>
    private static List<AuditFinding> Headed(string header, string predicate) => ReportAudit.Run(ReportRecognizer.Recognize(TextDocumentReader.ReadText(
        "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KOTA CONTOH TAHUN 2025\n\nTabel III.1\nCapaian Indikator Kinerja Utama\n"
        + $"No\tIndikator Kinerja Utama\tSatuan\tRealisasi 2025\tTarget 2025\tCapaian (%)\t{header}\n"
        + $"1.\tPersentase Jalan dalam Kondisi Mantap\t%\t71,40\t92,00\t77,61\t{predicate}\n", "kota.txt")).Report).Findings
        .Where(f => f.Id.EndsWith("/predikat", StringComparison.Ordinal)).ToList();

    [Theory]
    // 71,40 / 92,00 × 100 = 77,61, in 76 ≤ 90: Tinggi. The code before read no predicate under these headers.
    [InlineData("Kategori", "Tinggi", FindingStatus.Match)]
    [InlineData("Kategori", "Sedang", FindingStatus.Mismatch)]
    [InlineData("Kriteria", "Sedang", FindingStatus.Mismatch)]
    [InlineData("Kriteria Kinerja", "Sedang", FindingStatus.Mismatch)]
    public void A_predicate_column_headed_kategori_or_kriteria_is_checked(string header, string predicate, FindingStatus status) =>
        Assert.Equal(status, Assert.Single(Headed(header, predicate)).Status);

    [Fact]
    public void A_category_of_another_quantity_is_no_predicate() =>
        // "Kategori IPM" grades the indicator's value (BPS: IPM ≥ 80 Sangat Tinggi), not its capaian
        Assert.Empty(Headed("Kategori IPM", "Sedang"));
}
