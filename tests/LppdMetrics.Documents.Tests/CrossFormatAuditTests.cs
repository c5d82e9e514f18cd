using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests;

/// <summary>
/// Issue 16's acceptance on the seed: the same report read from its text, from its DOCX and from the PDF printed
/// from that DOCX gives the same figures with the same audit statuses, and so the same mismatches; so does the PDF
/// printed from the same document with tables that have no borders (rebuilt from the words' alignment). Figures are
/// matched by rule, printed value and the printed values of their inputs (ids and locations differ by format).
/// </summary>
public class CrossFormatAuditTests(ITestOutputHelper output)
{
    private static readonly Lazy<List<string>> Text = new(() => Audited(CrossFormat.SeedText()));
    private static readonly Lazy<List<string>> Docx = new(() =>
        Audited(CrossFormat.Read(new DocxDocumentReader(), CrossFormat.Fixture("lppd-kabupaten-blitar-2024.docx"))));
    private static readonly Lazy<List<string>> Pdf = new(() =>
        Audited(CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture("lppd-kabupaten-blitar-2024.pdf"))));
    private static readonly Lazy<List<string>> BorderlessPdf = new(() =>
        Audited(CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture("lppd-kabupaten-blitar-2024-borderless.pdf"))));

    /// <summary>"status rule printed &lt;- inputs" for every figure, whitespace removed from printed texts.</summary>
    private static List<string> Audited(DocumentContent content)
    {
        var report = ReportRecognizer.Recognize(content).Report;
        var figures = report.Tables.SelectMany(t => t.Figures).ToDictionary(f => f.Id);
        static string Squeeze(string? s) => LppdMetrics.Documents.Tests.Docx.DocxWriter.Normalize(s ?? "").Replace(" ", "");
        return ReportAudit.Run(report).Findings
            .Where(f => figures.ContainsKey(f.Id))
            .Select(f =>
            {
                var figure = figures[f.Id];
                return $"{f.Status} {figure.Rule} {Squeeze(figure.Printed)} <- {string.Join(" ; ", figure.Inputs.Select(i => Squeeze(i.Printed)))}";
            })
            .Order(StringComparer.Ordinal).ToList();
    }

    private (List<string> OnlyExpected, List<string> OnlyActual) Compare(List<string> expected, List<string> actual, string format)
    {
        var rest = actual.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var onlyExpected = new List<string>();
        foreach (var e in expected)
        {
            if (rest.TryGetValue(e, out int n) && n > 0) rest[e] = n - 1;
            else onlyExpected.Add(e);
        }
        var onlyActual = rest.SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value)).ToList();
        output.WriteLine($"{format}: {expected.Count} figures from text, {actual.Count} from {format}; {onlyExpected.Count} only in text, {onlyActual.Count} only in {format}");
        foreach (var e in onlyExpected.Take(30)) output.WriteLine("  text only: " + e);
        foreach (var a in onlyActual.Take(30)) output.WriteLine($"  {format} only: " + a);
        return (onlyExpected, onlyActual);
    }

    [Fact]
    public void Text_and_docx_give_the_same_figures_and_statuses()
    {
        var (onlyText, onlyDocx) = Compare(Text.Value, Docx.Value, "docx");
        Assert.True(Text.Value.Count > 500, $"only {Text.Value.Count} figures recognised in the text");
        Assert.Empty(onlyText);
        Assert.Empty(onlyDocx);
    }

    [Fact]
    public void Text_and_pdf_give_the_same_figures_statuses_and_mismatches()
    {
        var (onlyText, onlyPdf) = Compare(Text.Value, Pdf.Value, "pdf");
        int mismatches = Text.Value.Count(f => f.StartsWith(nameof(FindingStatus.Mismatch) + " ", StringComparison.Ordinal));
        Assert.True(mismatches > 0, "the seed's text gives no mismatch, so the comparison proves nothing");
        Assert.Equal(mismatches, Pdf.Value.Count(f => f.StartsWith(nameof(FindingStatus.Mismatch) + " ", StringComparison.Ordinal)));
        Assert.Empty(onlyText);
        Assert.Empty(onlyPdf);
    }

    /// <summary>
    /// The seed printed with tables that have no borders: the figures come from tables rebuilt from the words'
    /// alignment (PdfBorderlessTable). Not yet the same figures as the text: as measured, 25 of the text's 618 figures
    /// are not found with their status (the wide SPM tables whose numbers fill their columns are left out, as not
    /// sure), and the PDF has figures of its own, some of them mismatches, where a budget row with numbers broken
    /// inside cells or a merged cell is rebuilt otherwise. The issue's target is no mismatch of its own; the bounds
    /// below are the measurements, so that a change that loses more fails. Since issue 17, 9 more of the text's
    /// figures (now 759) are not found: statements of the running text about a table whose rows the borderless PDF
    /// rebuilds otherwise (a row lost or merged, so the statement names no row of it); they are missed, never wrong.
    /// </summary>
    [Fact]
    public void Text_and_borderless_pdf_give_nearly_the_same_figures_statuses_and_mismatches()
    {
        var (onlyText, onlyPdf) = Compare(Text.Value, BorderlessPdf.Value, "borderless pdf");
        static bool IsMismatch(string f) => f.StartsWith(nameof(FindingStatus.Mismatch) + " ", StringComparison.Ordinal);
        int textMismatches = Text.Value.Count(IsMismatch), missedMismatches = onlyText.Count(IsMismatch), extraMismatches = onlyPdf.Count(IsMismatch);
        output.WriteLine($"text mismatches {textMismatches}, not found in the borderless pdf {missedMismatches}; mismatches only in the borderless pdf {extraMismatches}");
        Assert.True(onlyText.Count <= 34, $"{onlyText.Count} of {Text.Value.Count} text figures not found with their status");
        Assert.True(missedMismatches <= MissedMismatches, $"{missedMismatches} of the text's {textMismatches} mismatches not found");
        Assert.True(extraMismatches <= ExtraMismatches, $"{extraMismatches} mismatches only in the borderless pdf");
    }

    /// <summary>The text's mismatches the borderless PDF does not find, as measured.</summary>
    private const int MissedMismatches = 0;

    /// <summary>Mismatches only in the borderless PDF (false alarms), as measured.</summary>
    private const int ExtraMismatches = 5;
}
