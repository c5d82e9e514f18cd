using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Documents.Tests.Docx;

namespace LppdMetrics.Documents.Tests.Recognition;

/// <summary>
/// A table split across pages with its caption repeated as "Tabel 3.2 (lanjutan)" (held-out report hunt, second
/// round): the continuation's Total row closes the rows of both parts. The code before made the continuation a table
/// of its own and checked its Total against its own rows only, a false mismatch. Expected values worked out by hand.
/// </summary>
public class ContinuationTableTests
{
    private const string Head = "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KOTA CONTOH TAHUN 2025\n\n";

    private const string Columns = "No.\tProgram\tAnggaran (Rp.)\tRealisasi (Rp.)\t%\n";

    /// <summary>
    /// Tabel 3.2 over two pages: programs A (1.000.000 / 900.000 = 90,00 %) and B (2.000.000 / 1.800.000 = 90,00 %) on the
    /// first, C (1.000.000 / 500.000 = 50,00 %), D (1.000.000 / 600.000 = 60,00 %) and the Total on the second, after
    /// <paramref name="caption"/>. Total: 1.000.000 + 2.000.000 + 1.000.000 + 1.000.000 = 5.000.000; 900.000 + 1.800.000 +
    /// 500.000 + 600.000 = 3.800.000; 3.800.000 / 5.000.000 = 76,00 %. The continuation's own rows alone give 2.000.000
    /// and 1.100.000: the false mismatches of the code before.
    /// </summary>
    private static string Report(string caption) => Head
        + "**Tabel 3.2**  \n**Anggaran dan Realisasi Program**\n\n" + Columns
        + "1.\tProgram A\t1.000.000\t900.000\t90,00\n"
        + "2.\tProgram B\t2.000.000\t1.800.000\t90,00\n\n"
        + "- 12 -\n\n"
        + caption + "\n\n" + Columns
        + "3.\tProgram C\t1.000.000\t500.000\t50,00\n"
        + "4.\tProgram D\t1.000.000\t600.000\t60,00\n"
        + "Total\t\t5.000.000\t3.800.000\t76,00\n";

    private static IReadOnlyList<AuditFinding> Audit(DocumentContent content) =>
        ReportAudit.Run(ReportRecognizer.Recognize(content).Report).Findings;

    [Theory]
    [InlineData("**Tabel 3.2 (lanjutan)**")]
    [InlineData("**Tabel 3.2 Lanjutan**")]
    [InlineData("**Lanjutan Tabel 3.2**")]
    [InlineData("Tabel 3.2 (Lanjutan) Anggaran dan Realisasi Program")]
    public void A_continuation_is_joined_to_its_table_and_its_total_closes_both_parts(string caption)
    {
        var findings = Audit(TextDocumentReader.ReadText(Report(caption), "kota.txt"));
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch);
        // four realisations and the total's realisation: 90,00, 90,00, 50,00, 60,00, 76,00; the Anggaran and Realisasi totals
        Assert.Equal(7, findings.Count(f => f.Status == FindingStatus.Match));
    }

    [Fact]
    public void A_continuation_in_a_docx_is_joined_too()
    {
        using var ms = new MemoryStream();
        DocxWriter.Write(TextDocumentReader.ReadText(Report("**Tabel 3.2 (lanjutan)**"), "kota.txt"), ms);
        ms.Position = 0;
        var findings = Audit(new DocxDocumentReader().Read(ms, "kota.docx"));
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch);
        Assert.Equal(7, findings.Count(f => f.Status == FindingStatus.Match));
    }

    [Fact]
    public void A_continuation_that_cannot_be_joined_has_no_total_checked()
    {
        // the continuation prints a sixth column (Sisa): not the same columns, so its rows are not joined, and its Total
        // (5.000.000 against its own 2.000.000, 3.800.000 against 1.100.000) would compare it with a part of the rows only
        var findings = Audit(TextDocumentReader.ReadText(Head
            + "**Tabel 3.2**  \n**Anggaran dan Realisasi Program**\n\n" + Columns
            + "1.\tProgram A\t1.000.000\t900.000\t90,00\n"
            + "2.\tProgram B\t2.000.000\t1.800.000\t90,00\n\n"
            + "**Tabel 3.2 (lanjutan)**\n\nNo.\tProgram\tAnggaran (Rp.)\tRealisasi (Rp.)\t%\tSisa (Rp.)\n"
            + "3.\tProgram C\t1.000.000\t500.000\t50,00\t500.000\n"
            + "4.\tProgram D\t1.000.000\t600.000\t60,00\t400.000\n"
            + "Total\t\t5.000.000\t3.800.000\t76,00\t1.200.000\n", "kota.txt"));
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch);
        Assert.DoesNotContain(findings, f => f.Rule.StartsWith("sum", StringComparison.Ordinal));
    }

    /// <summary>
    /// A closing row after a blank line, wider than the table ("Tingkat efisiensi" with its ratio in a seventh column of
    /// a five-column table; found by mutating the mini report): the code before counted the columns of the first part
    /// only and failed with an internal error (exit 3). By hand: Program A 900.000 / 1.000.000 = 90,00 %, Program B
    /// 1.800.000 / 2.000.000 = 90,00 % (printed 85,00: the one mismatch), Total 1.000.000 + 2.000.000 = 3.000.000,
    /// 900.000 + 1.800.000 = 2.700.000, 2.700.000 / 3.000.000 = 90,00 %; the efficiency 1,30 has no capaian printed beside
    /// it, so it is not checkable.
    /// </summary>
    [Fact]
    public void A_closing_row_wider_than_its_table_is_read_with_the_table()
    {
        var findings = Audit(TextDocumentReader.ReadText(Head
            + "**Tabel 3.2**  \n**Anggaran dan Realisasi Program**\n\n" + Columns
            + "1.\tProgram A\t1.000.000\t900.000\t90,00\n"
            + "2.\tProgram B\t2.000.000\t1.800.000\t85,00\n"
            + "Total\t\t3.000.000\t2.700.000\t90,00\n\n"
            + "Tingkat efisiensi\t\t\t\t\t\t1,30\n", "kota.txt"));
        var mismatch = Assert.Single(findings, f => f.Status == FindingStatus.Mismatch);
        Assert.Equal(85.00m, mismatch.Reported);
        Assert.Equal(90.00m, mismatch.Recomputed);
        Assert.Equal(4, findings.Count(f => f.Status == FindingStatus.Match));
        var efficiency = Assert.Single(findings, f => f.Rule.Contains("efisiensi", StringComparison.OrdinalIgnoreCase) || f.Label.Contains("efisiensi", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(FindingStatus.NotCheckable, efficiency.Status);
        Assert.Equal(1.30m, efficiency.Reported);
    }
}
