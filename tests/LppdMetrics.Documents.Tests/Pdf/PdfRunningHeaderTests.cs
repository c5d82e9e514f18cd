using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Documents.Tests.Docx;

namespace LppdMetrics.Documents.Tests.Pdf;

/// <summary>
/// A running header wrapped over two lines (<c>lppd-wrapped-running-header.pdf</c>, see
/// <see cref="DocxFixtureTests.WrappedRunningHeader"/>): found while printing held-out variants at 13 pt, where the
/// header's second line ("Tahun 2024") stayed in the body, glued to paragraphs ("Selain itu 2024") and read as a
/// table of its own ("| 2024") between a capaian table and its statements.
/// </summary>
public class PdfRunningHeaderTests
{
    private static DocumentContent Pdf() => CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture("lppd-wrapped-running-header.pdf"));

    [Fact]
    public void Every_line_of_a_wrapped_running_header_is_dropped()
    {
        var content = Pdf();
        // the body prints the region only in the upper-case title; the header's words are mixed case
        Assert.DoesNotContain(content.Blocks.OfType<DocumentParagraph>(), p => p.Text.Contains("Tanjungsari", StringComparison.Ordinal)
            || p.Text.Contains("Tahun 2024", StringComparison.Ordinal) || p.Text.Trim() == "2024");
        Assert.DoesNotContain(content.Blocks.OfType<DocumentTable>(), t => t.Rows.Any(r => r.Cells.Any(c => c.Text.Contains("2024", StringComparison.Ordinal))));
        // the paragraphs as the text gives them, word for word
        var (text, _) = DocxFixtureTests.WrappedRunningHeader();
        Assert.Equal(CrossFormat.PrintedText(text), CrossFormat.PrintedText(content));
    }

    [Fact]
    public void The_pdf_gives_the_texts_figures_and_statuses()
    {
        // 8 tables × 2 capaian: 84 / 80 × 100 = 105,00 % and (2·10 − 9) / 10 × 100 = 110,00 % as printed, but Tabel 3.3
        // prints 111,00 %: 15 matches and one mismatch, in the text and in the PDF alike
        var (text, _) = DocxFixtureTests.WrappedRunningHeader();
        static string[] Statuses(DocumentContent c) => ReportAudit.Run(ReportRecognizer.Recognize(c).Report).Findings
            .Select(f => $"{f.Rule} {f.Reported} {f.Status} {f.Recomputed}").Order(StringComparer.Ordinal).ToArray();
        var expected = Statuses(text);
        Assert.Equal(15, expected.Count(f => f.Contains("Match", StringComparison.Ordinal)));
        Assert.Single(expected, f => f.StartsWith("capaian.negative 111", StringComparison.Ordinal) && f.Contains("Mismatch 110", StringComparison.Ordinal));
        Assert.Equal(expected, Statuses(Pdf()));
    }
}
