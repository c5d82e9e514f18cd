using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests.Recognition;

/// <summary>
/// A program table whose rows are numbered at several levels (1 program, 1.1 kegiatan, 1.1.1 sub kegiatan), as the
/// seed's tables 4.7.x print them, closed by a "JUMLAH PROGRAM" row. Each level repeats the sum of the level below, so
/// the total adds the program row only (1.000.000), not every row above it (1.000.000 + 600.000 + 600.000 + 400.000 +
/// 400.000 = 3.000.000): the code before checked it against all of them, a false mismatch (found when the PDF reader
/// began to join the seed's table 4.7.1 over its pages, whose last part ends with such a row).
/// </summary>
public class OutlineTotalTests
{
    private const string Head = "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KOTA CONTOH TAHUN 2025\n\n**Tabel 4.7.1**  \n**Program dan Kegiatan Pendidikan**\n\n"
        + "No\tProgram/Kegiatan/Sub Kegiatan\tAnggaran (Rp.)\tRealisasi (Rp.)\t%\n";

    private static ExtractionResult Recognize(string rows) =>
        ReportRecognizer.Recognize(TextDocumentReader.ReadText(Head + rows, "kota.txt"));

    [Fact]
    public void A_total_under_rows_numbered_at_several_levels_is_not_checked_and_says_why()
    {
        var result = Recognize(
            "1\tPROGRAM PENGELOLAAN PENDIDIKAN\t1.000.000\t900.000\t90,00\n"
            + "1.1\tPengelolaan Sekolah Dasar\t600.000\t540.000\t90,00\n"
            + "1.1.1\tPenyediaan Biaya Personil\t600.000\t540.000\t90,00\n"
            + "1.2\tPengelolaan Sekolah Menengah Pertama\t400.000\t360.000\t90,00\n"
            + "1.2.1\tPembangunan Ruang Kelas\t400.000\t360.000\t90,00\n"
            + "\tJUMLAH PROGRAM\t1.000.000\t900.000\t90,00\n");
        var table = Assert.Single(result.Report.Tables, t => t.Title?.Contains("Pendidikan", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(table.Figures, f => f.Rule == FigureKinds.Sum);
        Assert.Contains("JUMLAH PROGRAM", table.Note);
        Assert.Contains("several levels", table.Note);
        // every row's realisation is still checked: 540.000 / 600.000 = 90,00 %, and so on for all six rows
        var findings = ReportAudit.Run(result.Report).Findings;
        Assert.Equal(6, findings.Count(f => f.Status == FindingStatus.Match));
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch);
    }

    [Fact]
    public void A_total_under_rows_numbered_at_one_level_is_checked()
    {
        // 600.000 + 400.000 = 1.000.000 and 540.000 + 360.000 = 900.000: the total matches; 1.100.000 printed is 100.000 over
        var result = Recognize(
            "1.\tPengelolaan Sekolah Dasar\t600.000\t540.000\t90,00\n"
            + "2.\tPengelolaan Sekolah Menengah Pertama\t400.000\t360.000\t90,00\n"
            + "\tJUMLAH PROGRAM\t1.100.000\t900.000\t81,82\n");
        var sums = ReportAudit.Run(result.Report).Findings.Where(f => f.Rule == FigureKinds.Sum).ToList();
        Assert.Equal(2, sums.Count);
        Assert.Single(sums, f => f.Status == FindingStatus.Mismatch);
        Assert.Single(sums, f => f.Status == FindingStatus.Match);
    }
}
