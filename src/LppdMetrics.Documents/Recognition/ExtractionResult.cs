using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// What the extractor made of a report file: the <see cref="LppdReport"/> the audit reads, and for every table the
/// document holds whether a recogniser claimed it (with the kinds of figure found) or why it was skipped.
/// </summary>
/// <param name="Report">The report document (for a JSON input, the document as written).</param>
/// <param name="Tables">One entry per table found, in document order.</param>
public sealed record ExtractionResult(LppdReport Report, IReadOnlyList<TableSummary> Tables)
{
    /// <summary>How many figures of each kind (audit rule) the report holds, by kind in ordinal order.</summary>
    public IReadOnlyDictionary<string, int> FiguresPerKind { get; } =
        new SortedDictionary<string, int>(Report.Tables.SelectMany(t => t.Figures).GroupBy(f => f.Rule)
            .ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}

/// <summary>One table of a report file as the extractor saw it.</summary>
/// <param name="Id">The table's id in the report ("4.3.2.1" as printed in its caption, "t12" when no number is printed).</param>
/// <param name="Title">The caption and title as printed (markup removed).</param>
/// <param name="Location">Where the table starts (line; or page and table).</param>
/// <param name="Parts">How many printed pieces were joined (more than 1 for a table continued after a page break).</param>
/// <param name="Rows">The body rows (header rows and repeated headers left out).</param>
/// <param name="Kinds">The kinds of figure found (<see cref="FigureKinds"/>); empty when the table was skipped.</param>
/// <param name="Figures">How many figures were found.</param>
/// <param name="Skipped">Why no recogniser claimed the table; null when it was classified.</param>
public sealed record TableSummary(string Id, string Title, SourceLocation Location, int Parts, int Rows,
    IReadOnlyList<string> Kinds, int Figures, string? Skipped);
