using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;

namespace LppdMetrics.Documents.Tests.Recognition;

/// <summary>
/// A table typed with English separators (held-out report hunt): "900,000" beside "1,500,000" is not 900 (a decimal
/// comma, the Indonesian reading of a lone comma), nor surely 900 000: the cell is refused, never read by position.
/// </summary>
public class SeparatorConventionTests
{
    /// <summary>The findings of a budget table (No. | Program | Anggaran | Realisasi | %) with <paramref name="rows"/> as its body, lines 7 on.</summary>
    private static IReadOnlyList<AuditFinding> Audit(string rows) => ReportAudit.Run(ReportRecognizer.Recognize(TextDocumentReader.ReadText(
        "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KOTA CONTOH TAHUN 2025\n\n**Tabel 3.2**  \n**Anggaran dan Realisasi Program**\n\n"
        + "No.\tProgram\tAnggaran (Rp.)\tRealisasi (Rp.)\t%\n" + rows, "kota.txt")).Report).Findings;

    [Fact]
    public void A_lone_separator_in_a_table_grouping_thousands_with_commas_is_not_read()
    {
        var findings = Audit(
            "1.\tProgram A\t1,500,000\t900,000\t60.00\n"
            + "2.\tProgram B\t2,000,000\t1,800,000\t90.00\n"
            + "Total\t\t3,500,000\t2,700,000\t77.14\n");
        // the code before read 900,000 as 900: row 1 900 / 1 500 000 = 0,06 % against 60.00, and the Realisasi total
        // 900 + 1 800 000 = 1 800 900 against 2,700,000: two false mismatches
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch);
        Assert.Equal(FindingStatus.NotCheckable, findings.Single(f => f.Source == 7).Status);
        Assert.Equal(FindingStatus.NotCheckable, findings.Single(f => f.Source == 9 && f.Location!.Column == 4).Status);
        // the rest as printed: 1 800 000 / 2 000 000 = 90,00 %; 2 700 000 / 3 500 000 = 77,142… → 77,14 %;
        // 1 500 000 + 2 000 000 = 3 500 000
        Assert.Equal(FindingStatus.Match, findings.Single(f => f.Source == 8).Status);
        Assert.Equal(FindingStatus.Match, findings.Single(f => f.Source == 9 && f.Location!.Column == 5).Status);
        Assert.Equal(FindingStatus.Match, findings.Single(f => f.Source == 9 && f.Location!.Column == 3).Status);
    }

    [Fact]
    public void A_decimal_dot_beside_dotted_thousands_keeps_the_Indonesian_reading()
    {
        // the seed's Tabel 2.2 prints "74.54" (a decimal dot) beside "10.654" (Rp 10.654 ribu): no comma groups, so the
        // table is read as before. A budget table the same way: 1.500.000 + 2.000.000 = 3.500.000, 900.000 / 1.500.000 = 60.00
        Assert.All(Audit(
            "1.\tProgram A\t1.500.000\t900.000\t60.00\n"
            + "2.\tProgram B\t2.000.000\t1.800.000\t90,00\n"
            + "Total\t\t3.500.000\t2.700.000\t77,14\n"), f => Assert.Equal(FindingStatus.Match, f.Status));
    }
}
