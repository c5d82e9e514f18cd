using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Documents.Tests.Variants;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests.Docx;

/// <summary>The DOCX half of issue 13's round-trip property: a generated report rendered to text and to DOCX extracts
/// to the same figures (the text half is <see cref="ExtractionProperties"/>).</summary>
public class DocxExtractionProperties
{
    /// <summary>Rule, reported value and input values of every figure, in document order (locations differ by format).</summary>
    private static List<string> Figures(LppdReport report) =>
        report.Tables.SelectMany(t => t.Figures)
            .Select(f => $"{f.Rule} {f.Reported?.ToString(System.Globalization.CultureInfo.InvariantCulture)} <- "
                + string.Join(";", f.Inputs.Select(i => i.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-")))
            .ToList();

    [Property(MaxTest = 60)]
    public Property A_generated_report_extracts_the_same_from_its_text_and_its_docx() =>
        Prop.ForAll(GeneratedReport.Arbitrary, generated =>
        {
            var (text, expected) = TextRenderer.Render(generated);
            var content = TextDocumentReader.ReadText(text, "generated.txt");
            using var docx = new MemoryStream();
            DocxWriter.Write(content, docx);
            var fromText = ReportRecognizer.Recognize(content).Report;
            var fromDocx = ReportRecognizer.Recognize(new DocxDocumentReader().Read(new MemoryStream(docx.ToArray()), "generated.docx")).Report;
            var docxFigures = Figures(fromDocx);
            return (docxFigures.Count == expected.Count).Label($"{docxFigures.Count} figures from DOCX, {expected.Count} printed")
                .And(docxFigures.SequenceEqual(Figures(fromText)).Label("same figures as from the text"))
                .And((fromDocx.Year == generated.Year && fromDocx.Region == generated.FullRegion).Label("region and year"));
        });
}
