using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;

namespace LppdMetrics.Documents.Tests.Pdf;

/// <summary>
/// Footnote marks raised after numbers in a PDF (held-out report hunt, second round), on a fixture LibreOffice printed
/// from a hand-written flat ODF (tests/TestData/documents/lppd-superscript-footnote.fodt): "105,00" with a raised "1"
/// and a target "50" with a raised "2". PdfPig gives the marks on a baseline of their own, so the line grouping put
/// each on a line above its number and the cell read "1 105,00" → 1105,00 and "2 50" → 250 (55 / 250 = 22,00 % against
/// the printed 110,00): two false mismatches. A marked number is now text, its figure not checkable.
/// </summary>
public class PdfRaisedMarkTests
{
    private static DocumentContent Read()
    {
        using var stream = File.OpenRead(CrossFormat.Fixture("lppd-superscript-footnote.pdf"));
        return new PdfDocumentReader().Read(stream, "lppd-superscript-footnote.pdf");
    }

    [Fact]
    public void A_raised_mark_stays_apart_from_the_digits_of_its_number()
    {
        var table = Read().Blocks.OfType<DocumentTable>().Single();
        Assert.Equal("105,00<sup>1</sup>", table.Rows[1].Cells[4].Text);
        Assert.Equal("50<sup>2</sup>", table.Rows[2].Cells[2].Text);
        // the unmarked cells as printed
        Assert.Equal(["3", "Persentase Jalan Mantap", "90", "99", "110,00"], table.Rows[3].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_marked_number_is_not_checkable_and_the_rest_is_audited()
    {
        var findings = ReportAudit.Run(ReportRecognizer.Recognize(Read()).Report).Findings;
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch);
        Assert.Equal(2, findings.Count(f => f.Status == FindingStatus.NotCheckable));
        // row 3: 99 / 90 × 100 = 110,00 %
        Assert.Equal(FindingStatus.Match, Assert.Single(findings, f => f.Status != FindingStatus.NotCheckable).Status);
    }
}
