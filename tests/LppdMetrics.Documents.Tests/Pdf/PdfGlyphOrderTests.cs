using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LppdMetrics.Documents.Tests.Pdf;

/// <summary>
/// Text drawn glyph by glyph in an order that is not the reading order (some PDF writers draw each glyph with its own
/// position, in any order). PdfPig builds words from the letters' positions, so words and lines come out whole; but
/// a raised footnote mark was found only where it is drawn right after the letter it is raised beside, so in another
/// order its digit went on a line above its number ("1" over "105,00": 1105,00, a wrong number).
/// </summary>
public class PdfGlyphOrderTests
{
    /// <summary>
    /// The LibreOffice fixture <c>lppd-superscript-footnote.pdf</c> drawn again glyph by glyph in a shuffled order
    /// (each letter at its baseline and size, in Helvetica, metric-compatible with the fixture's Liberation Sans), its
    /// rules drawn as lines.
    /// </summary>
    private static byte[] Shuffled(int seed)
    {
        using var source = PdfDocument.Open(File.ReadAllBytes(CrossFormat.Fixture("lppd-superscript-footnote.pdf")));
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var random = new Random(seed);
        foreach (var page in source.GetPages())
        {
            var copy = builder.AddPage(page.Width, page.Height);
            foreach (var rule in PdfTableGrid.RulesOf(page))
            {
                var (a, b) = rule.Horizontal
                    ? (new PdfPoint(rule.From, rule.Position), new PdfPoint(rule.To, rule.Position))
                    : (new PdfPoint(rule.Position, rule.From), new PdfPoint(rule.Position, rule.To));
                copy.DrawLine(a, b, 0.5);
            }
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderBy(_ => random.Next()))
                copy.AddText(letter.Value, letter.PointSize, letter.StartBaseLine, font);
        }
        return builder.Build();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Raised_marks_and_cells_read_the_same_in_any_drawing_order(int seed)
    {
        var content = new PdfDocumentReader().Read(new MemoryStream(Shuffled(seed)), "shuffled.pdf");
        var table = content.Blocks.OfType<DocumentTable>().Single();
        // as PdfRaisedMarkTests reads the fixture in its own order
        Assert.Equal("105,00<sup>1</sup>", table.Rows[1].Cells[4].Text);
        Assert.Equal("50<sup>2</sup>", table.Rows[2].Cells[2].Text);
        Assert.Equal(["3", "Persentase Jalan Mantap", "90", "99", "110,00"], table.Rows[3].Cells.Select(c => c.Text));
        var findings = ReportAudit.Run(ReportRecognizer.Recognize(content).Report).Findings;
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch);
    }
}
