using System.Globalization;
using System.Text;

namespace LppdMetrics.Reports;

/// <summary>
/// Where a printed value stands in the document it was read from: a line of a text file; a page of a PDF; or a
/// table, row and column of a Word or PDF table. Every part is optional; the parts that are known are given.
/// </summary>
/// <remarks>
/// All numbers are 1-based as a reader counts them: <see cref="Line"/> is the line in a text or markdown file,
/// <see cref="Page"/> the PDF page, <see cref="Table"/> the table's position in the document (the first table is
/// 1), <see cref="Row"/> and <see cref="Column"/> the cell's position in that table (header rows included).
/// </remarks>
public sealed record SourceLocation
{
    /// <summary>The 1-based line in a text or markdown source; null when the source is not a text file.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based page of a PDF source; null when unknown or not paged.</summary>
    public int? Page { get; init; }

    /// <summary>The 1-based position of the table in the document (DOCX, PDF); null outside a table or for text.</summary>
    public int? Table { get; init; }

    /// <summary>The 1-based row within <see cref="Table"/>, header rows included; null outside a table.</summary>
    public int? Row { get; init; }

    /// <summary>The 1-based column within <see cref="Table"/>, on the table's grid; null outside a table.</summary>
    public int? Column { get; init; }

    /// <summary>A location that is a line of a text file.</summary>
    /// <param name="line">The 1-based line; must be at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is below 1.</exception>
    public static SourceLocation AtLine(int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        return new SourceLocation { Line = line };
    }

    /// <summary>
    /// For people, in English: "line 2881", "page 12, table 3, row 4, column 6"; the parts that are null are left
    /// out; "unknown" when every part is null.
    /// </summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        void Part(string name, int? value)
        {
            if (value is null) return;
            if (sb.Length > 0) sb.Append(", ");
            sb.Append(name).Append(' ').Append(value.Value.ToString(CultureInfo.InvariantCulture));
        }
        Part("line", Line);
        Part("page", Page);
        Part("table", Table);
        Part("row", Row);
        Part("column", Column);
        return sb.Length == 0 ? "unknown" : sb.ToString();
    }
}
