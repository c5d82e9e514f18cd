using LppdMetrics.Documents.Recognition;

namespace LppdMetrics.Cli;

/// <summary>
/// The text of <c>lppd extract</c>: what was found in a report file. (Its JSON is the report document itself, in the
/// schema that <c>audit</c> reads, written by <c>LppdReportJson</c>.)
/// </summary>
internal static class ExtractSummary
{
    /// <summary>
    /// Writes the summary: title, tables classified (kinds, figures), tables skipped (reason), figures per kind. When
    /// the tables have page numbers (PDF), the classified and skipped tables are listed under the page each starts on
    /// ("page 6:", then "found"/"skipped" lines in document order) instead of in two lists.
    /// </summary>
    /// <param name="output">Where to write.</param>
    /// <param name="result">The extraction.</param>
    /// <param name="name">The file name to show.</param>
    public static void Write(TextWriter output, ExtractionResult result, string name)
    {
        var ci = CultureInfo.InvariantCulture;
        var report = result.Report;
        output.WriteLine($"lppd extract: {report.Title} ({name})");
        output.WriteLine($"  region {report.Region ?? "-"}, year {report.Year?.ToString(ci) ?? "-"}");
        var classified = result.Tables.Where(t => t.Skipped is null).ToList();
        var skipped = result.Tables.Where(t => t.Skipped is not null).ToList();
        output.WriteLine($"tables found {result.Tables.Count.ToString(ci)}: classified {classified.Count.ToString(ci)}, skipped {skipped.Count.ToString(ci)}");
        output.WriteLine();
        if (result.Tables.Any(t => t.Location.Page is not null))
            WritePerPage(output, result.Tables);
        else
        {
            output.WriteLine("classified:");
            foreach (var t in classified)
            {
                output.WriteLine($"  {t.Id,-10} {t.Location,-12} {Found(t)}");
                // what a classified table left out (rows whose change cannot be judged, statements of the running text)
                if (report.Tables.FirstOrDefault(r => r.Id == t.Id)?.Note is { } note && note.Contains("left out", StringComparison.Ordinal))
                    output.WriteLine($"  {"",-10} {"",-12} {note}");
            }
            output.WriteLine();
            output.WriteLine("skipped:");
            foreach (var t in skipped)
                output.WriteLine($"  {t.Id,-10} {t.Location,-12} {Short(t.Title)}: {t.Skipped}");
        }
        output.WriteLine();
        output.WriteLine("figures per kind:");
        foreach (var (kind, count) in result.FiguresPerKind)
            output.WriteLine($"  {kind,-20} {count.ToString(ci),5}");
        output.WriteLine($"  {"total",-20} {result.FiguresPerKind.Values.Sum().ToString(ci),5}");
    }

    /// <summary>"per page:", then for each page where a table starts the tables found and skipped, in document order
    /// (a table without a page, such as the efficiency statements of the running text, under "no page").</summary>
    private static void WritePerPage(TextWriter output, IReadOnlyList<TableSummary> tables)
    {
        var ci = CultureInfo.InvariantCulture;
        output.WriteLine("per page:");
        foreach (var page in tables.GroupBy(t => t.Location.Page))
        {
            var found = page.Count(t => t.Skipped is null);
            output.WriteLine($"  {(page.Key is { } p ? "page " + p.ToString(ci) : "no page")}: {found.ToString(ci)} found, {(page.Count() - found).ToString(ci)} skipped");
            foreach (var t in page)
            {
                string where = t.Location.Table is { } table ? "table " + table.ToString(ci) : t.Location.ToString();
                output.WriteLine(t.Skipped is null
                    ? $"    found    {t.Id,-10} {where,-10} {Found(t)}"
                    : $"    skipped  {t.Id,-10} {where,-10} {Short(t.Title)}: {t.Skipped}");
            }
        }
    }

    /// <summary>A classified table's figures, kinds, parts joined and title.</summary>
    private static string Found(TableSummary t) =>
        $"{t.Figures.ToString(CultureInfo.InvariantCulture),4} figures  {string.Join(", ", t.Kinds)}{(t.Parts > 1 ? $"  ({t.Parts.ToString(CultureInfo.InvariantCulture)} parts joined)" : "")}  {Short(t.Title)}";

    private static string Short(string title) => title.Length <= 70 ? title : title[..69] + "…";
}
