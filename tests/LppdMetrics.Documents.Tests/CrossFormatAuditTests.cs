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
    private static readonly Lazy<List<string>> Text = new(() => CrossFormat.Audited(CrossFormat.SeedText()));
    private static readonly Lazy<List<string>> Docx = new(() =>
        CrossFormat.Audited(CrossFormat.Read(new DocxDocumentReader(), CrossFormat.Fixture("lppd-kabupaten-blitar-2024.docx"))));
    private static readonly Lazy<List<string>> Pdf = new(() =>
        CrossFormat.Audited(CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture("lppd-kabupaten-blitar-2024.pdf"))));
    private static readonly Lazy<List<string>> BorderlessPdf = new(() =>
        CrossFormat.Audited(CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture("lppd-kabupaten-blitar-2024-borderless.pdf"))));

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
    /// inside cells or a merged cell is rebuilt otherwise. The target is no mismatch of its own; the bounds
    /// below are the measurements, so that a change that loses more fails. Since issue 17, 9 more of the text's
    /// figures (now 759) are not found: statements of the running text about a table whose rows the borderless PDF
    /// rebuilds otherwise (a row lost or merged, so the statement names no row of it); they are missed, never wrong.
    /// Since "Rp." alone on a line goes with its amount and a label word broken at a column edge stays in its column
    /// (PdfBorderlessCellTests), a numbered heading above a table is no row of it, and a label line ending in "dan"
    /// goes on in its cell, 12 of the text's figures are not found (34 before) and the PDF has no mismatch of its own
    /// (5 before, among them Tabel 4.3.5's totals read as "Rp. 2.097.482" and Tabel 3's mean capaian recomputed
    /// without the "Indeks SPBE" row).
    /// </summary>
    [Fact]
    public void Text_and_borderless_pdf_give_nearly_the_same_figures_statuses_and_mismatches()
    {
        var (onlyText, onlyPdf) = Compare(Text.Value, BorderlessPdf.Value, "borderless pdf");
        static bool IsMismatch(string f) => f.StartsWith(nameof(FindingStatus.Mismatch) + " ", StringComparison.Ordinal);
        int textMismatches = Text.Value.Count(IsMismatch), missedMismatches = onlyText.Count(IsMismatch), extraMismatches = onlyPdf.Count(IsMismatch);
        output.WriteLine($"text mismatches {textMismatches}, not found in the borderless pdf {missedMismatches}; mismatches only in the borderless pdf {extraMismatches}");
        Assert.True(onlyText.Count <= 12, $"{onlyText.Count} of {Text.Value.Count} text figures not found with their status");
        Assert.True(missedMismatches <= MissedMismatches, $"{missedMismatches} of the text's {textMismatches} mismatches not found");
        Assert.True(extraMismatches <= ExtraMismatches, $"{extraMismatches} mismatches only in the borderless pdf");
    }

    /// <summary>
    /// The held-out Wanasari report printed with tables that have no borders, against its own DOCX: its budget tables
    /// have narrow columns, where LibreOffice prints "Rp." alone on a line above the amount, breaks the amount over
    /// lines and breaks long words of the labels ("Meningkatny" / "a"). The reader before took the lone "Rp." for a
    /// cell of its own and the amount below for a new row, and a label word broken by a page's column edge for a cell
    /// merged across: 64 of the DOCX's figures were missing, and the PDF gave 50 of its own, among them the Tabel
    /// 19.3.5 totals read as "Rp. 2.097.482" (the DOCX: Rp. 2.097.482.673.044,55); then 11, while a numbered heading
    /// right above a table ("4.1.5 Dukungan Personil") was taken for its first row. As measured now, 6 of the
    /// DOCX's 792 figures are not found with their status (Tabel 19.2.5, whose part on the next page has a column the
    /// part before it has not; a growth rate; a text statement), and every figure only in the PDF is one it cannot
    /// check, never a number of its own.
    /// </summary>
    [Fact]
    public void Wanasari_borderless_pdf_gives_the_figures_of_its_docx()
    {
        var docx = CrossFormat.Audited(CrossFormat.Read(new DocxDocumentReader(), CrossFormat.Fixture("lppd-variant-wanasari-borderless.docx")));
        var pdf = CrossFormat.Audited(CrossFormat.Read(new PdfDocumentReader(), CrossFormat.Fixture("lppd-variant-wanasari-borderless.pdf")));
        var (onlyDocx, onlyPdf) = Compare(docx, pdf, "wanasari borderless pdf");
        Assert.True(docx.Count > 700, $"only {docx.Count} figures recognised in the DOCX");
        Assert.True(onlyDocx.Count <= 6, $"{onlyDocx.Count} of {docx.Count} DOCX figures not found with their status");
        Assert.All(onlyPdf, f => Assert.StartsWith(nameof(FindingStatus.NotCheckable) + " ", f, StringComparison.Ordinal));
    }

    /// <summary>The text's mismatches the borderless PDF does not find, as measured.</summary>
    private const int MissedMismatches = 0;

    /// <summary>Mismatches only in the borderless PDF (false alarms), as measured.</summary>
    private const int ExtraMismatches = 0;
}
