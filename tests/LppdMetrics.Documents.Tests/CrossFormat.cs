using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Documents.Tests.Docx;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Documents.Tests;

/// <summary>Reads the committed fixtures and compares documents across formats, cell text for cell text.</summary>
internal static class CrossFormat
{
    /// <summary>The seed report's text.</summary>
    public static DocumentContent SeedText() =>
        TextDocumentReader.ReadText(File.ReadAllText(TestDataPath.Of("seed", "lppd-kabupaten-blitar-2024.txt")), "lppd-kabupaten-blitar-2024.txt");

    /// <summary>A committed fixture under tests/TestData/documents.</summary>
    public static string Fixture(string name) => TestDataPath.Of("documents", name);

    /// <summary>Reads a file with a reader.</summary>
    public static DocumentContent Read(IDocumentReader reader, string path)
    {
        using var stream = File.OpenRead(path);
        return reader.Read(stream, Path.GetFileName(path));
    }

    /// <summary>Every table as rows of normalised cell texts (markup dropped, white space collapsed), trailing
    /// empty cells of a row dropped.</summary>
    public static List<string[][]> Tables(DocumentContent content) =>
        content.Blocks.OfType<DocumentTable>().Select(t => t.Rows.Select(Row).ToArray()).ToList();

    /// <summary>One row's normalised cells, trailing empty cells dropped.</summary>
    public static string[] Row(DocumentRow row)
    {
        var cells = row.Cells.Select(c => DocxWriter.Normalize(c.Text)).ToList();
        while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        return cells.ToArray();
    }

    /// <summary>The non-empty paragraphs, normalised.</summary>
    public static List<string> Paragraphs(DocumentContent content) =>
        content.Blocks.OfType<DocumentParagraph>().Select(p => DocxWriter.Normalize(p.Text)).Where(t => t.Length > 0).ToList();

    /// <summary>The first difference between two table lists, or null when they are equal.</summary>
    public static string? FirstDifference(List<string[][]> expected, List<string[][]> actual)
    {
        for (int t = 0; t < Math.Min(expected.Count, actual.Count); t++)
        {
            for (int r = 0; r < Math.Min(expected[t].Length, actual[t].Length); r++)
            {
                if (!expected[t][r].SequenceEqual(actual[t][r]))
                    return $"table {t + 1} row {r + 1}: expected [{string.Join(" | ", expected[t][r])}] got [{string.Join(" | ", actual[t][r])}]";
            }
            if (expected[t].Length != actual[t].Length)
                return $"table {t + 1}: expected {expected[t].Length} rows, got {actual[t].Length}";
        }
        return expected.Count == actual.Count ? null : $"expected {expected.Count} tables, got {actual.Count}";
    }

    /// <summary>
    /// All table rows of a document in order, as a PDF reader can see them: each cell with its white space removed
    /// (a printed line break may fall inside a token), trailing empty cells dropped, and a table's first row left out
    /// when it repeats the previous table's first row (a header repeated where a table goes on after a page break,
    /// which the PDF reader joins into one table).
    /// </summary>
    public static List<string> PrintedRows(DocumentContent content)
    {
        var result = new List<string>();
        string[]? previousHeader = null;
        foreach (var table in content.Blocks.OfType<DocumentTable>())
        {
            var rows = table.Rows.Select(r => Row(r).Select(c => c.Replace(" ", "")).ToArray()).ToList();
            if (rows.Count == 0) continue;
            bool repeated = previousHeader is not null && rows[0].SequenceEqual(previousHeader);
            previousHeader = rows[0];
            result.AddRange(rows.Skip(repeated ? 1 : 0).Select(r => string.Join(" | ", r)));
        }
        return result;
    }

    /// <summary>All paragraph text of a document with its white space removed, in order.</summary>
    public static string PrintedText(DocumentContent content) =>
        string.Concat(Paragraphs(content)).Replace(" ", "");

    /// <summary>"status rule printed &lt;- inputs" for every figure of the audit of a document, white space removed
    /// from the printed texts, sorted: figures matched across formats by rule, printed value and the printed values of
    /// their inputs (ids and locations differ by format).</summary>
    public static List<string> Audited(DocumentContent content)
    {
        var report = ReportRecognizer.Recognize(content).Report;
        var figures = report.Tables.SelectMany(t => t.Figures).ToDictionary(f => f.Id);
        static string Squeeze(string? s) => DocxWriter.Normalize(s ?? "").Replace(" ", "");
        return ReportAudit.Run(report).Findings
            .Where(f => figures.ContainsKey(f.Id))
            .Select(f =>
            {
                var figure = figures[f.Id];
                return $"{f.Status} {figure.Rule} {Squeeze(figure.Printed)} <- {string.Join(" ; ", figure.Inputs.Select(i => Squeeze(i.Printed)))}";
            })
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every table cell that prints an amount in rupiah ("Rp. 1.234"), white space removed, in document order.</summary>
    public static List<string> Amounts(DocumentContent content) =>
        content.Blocks.OfType<DocumentTable>().SelectMany(t => t.Rows).SelectMany(r => r.Cells)
            .Select(c => DocxWriter.Normalize(c.Text).Replace(" ", ""))
            .Where(t => t.StartsWith("Rp", StringComparison.Ordinal)).ToList();
}
