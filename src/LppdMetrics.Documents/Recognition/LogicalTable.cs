using LppdMetrics.Documents.Reading;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// A table as the report means it: its printed caption number and title, its header rows, and its body rows with
/// the parts continued after a page break joined, repeated header rows dropped and wrapped cells joined.
/// </summary>
/// <param name="Index">The 1-based position of the table among the document's logical tables.</param>
/// <param name="Number">The printed number ("4.3.2.1" from "Tabel 4.3.2.1"); null when no caption is printed.</param>
/// <param name="Title">The caption and title as printed, markup removed ("Tabel 4.3.2.1 Realisasi kinerja …").</param>
/// <param name="Header">The header rows.</param>
/// <param name="Body">The body rows.</param>
/// <param name="Columns">The number of columns (the widest row).</param>
/// <param name="Location">Where the table starts.</param>
/// <param name="LastLine">The last line of the table in a text source; null otherwise.</param>
/// <param name="Parts">How many printed tables were joined into this one (2 or more after a page break).</param>
/// <param name="Doubt">Why the reader is not sure of a part's cells (<see cref="DocumentTable.Doubt"/>), or null.</param>
internal sealed record LogicalTable(
    int Index,
    string? Number,
    string Title,
    IReadOnlyList<DocumentRow> Header,
    IReadOnlyList<DocumentRow> Body,
    int Columns,
    SourceLocation Location,
    int? LastLine,
    int Parts,
    string? Doubt = null)
{
    /// <summary>The text of cell <paramref name="column"/> (0-based) of <paramref name="row"/>, "" when the row is shorter.</summary>
    public static string Text(DocumentRow row, int column) =>
        column < row.Cells.Count ? row.Cells[column].Text : "";
}
