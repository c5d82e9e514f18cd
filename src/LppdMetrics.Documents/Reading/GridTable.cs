using System.Text;
using System.Text.RegularExpressions;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// A Markdown grid table as pandoc writes a Word table (<c>pandoc -t markdown</c> when a cell holds more than one
/// paragraph, or with the other table kinds turned off): a border line ("+-----+----+", "+=====+====+" under the
/// header) gives the columns at its "+" marks, and the lines "| … | … |" up to the next border are one row, each cell's
/// text the lines of its column joined (a line end as a Word cell's: one space, "; " between two digits). A "|" missing
/// at a column's mark joins the cells on either side (a merged cell, its text in the first). A line that does not line
/// up with its border, or a row with no border under it, is refused: its cells cannot be told apart.
/// </summary>
internal sealed partial class GridTable
{
    private int[] _marks;
    private readonly List<DocumentRow> _rows = [];
    private StringBuilder[]? _cells; // the row being read
    private int _rowLine;

    /// <summary>Starts a grid table at its first border line.</summary>
    public GridTable(ReadOnlySpan<char> border) => _marks = Marks(border);

    /// <summary>True for a border line of a grid table: "+", then runs of "-", "=" or ":" each closed by a "+".</summary>
    public static bool IsBorder(ReadOnlySpan<char> line) => Border().IsMatch(line);

    /// <summary>A border line: the row above (if any) ends, the next takes the columns of this border.</summary>
    public void AddBorder(ReadOnlySpan<char> border)
    {
        EndRow();
        _marks = Marks(border);
    }

    /// <summary>Adds a line of the row being read; false when the line is no line of a grid table (it does not begin
    /// with "|" where the border begins), and the table ended above it.</summary>
    /// <exception cref="DocumentReadException">The line begins as a grid line but does not line up with the border.</exception>
    public bool AddLine(ReadOnlySpan<char> line, int lineNumber)
    {
        line = line.TrimEnd();
        if (line.Length <= _marks[0] || line[_marks[0]] != '|') return false;
        if (line.Length != _marks[^1] + 1 || line[_marks[^1]] != '|')
            throw new DocumentReadException($"a line of a grid table does not line up with its border at line {lineNumber}: its cells cannot be told apart.", SourceLocation.AtLine(lineNumber));
        if (_cells is null)
        {
            _cells = new StringBuilder[_marks.Length - 1];
            for (int c = 0; c < _cells.Length; c++) _cells[c] = new StringBuilder();
            _rowLine = lineNumber;
        }
        int from = 0;
        for (int k = 1; k < _marks.Length; k++)
        {
            if (line[_marks[k]] != '|') continue;
            var cell = _cells[from];
            var segment = line[(_marks[from] + 1).._marks[k]];
            if (cell.Length > 0 && !segment.IsWhiteSpace() && MarkdownText.BrokenWordTail(segment.Trim(), segment.Length - 2))
                throw new DocumentReadException($"a cell of a grid table at line {lineNumber} may go on with a word broken at its line end (a converter breaks a word longer than a narrow column): its text cannot be read faithfully; convert with wider columns (pandoc --columns=1000) or as pipe tables (pandoc -t gfm).", SourceLocation.AtLine(lineNumber) with { Column = from + 1 });
            if (cell.Length > 0) cell.Append(DocxDocumentReader.LineEnd);
            MarkdownText.AppendCell(segment, cell);
            from = k;
        }
        return true;
    }

    /// <summary>The table read, when the last line read was a border.</summary>
    /// <exception cref="DocumentReadException">A row has no border under it.</exception>
    public DocumentTable? End(int lineNumber)
    {
        if (_cells is not null)
            throw new DocumentReadException($"a grid table ends without the border under its last row at line {lineNumber}: its cells cannot be told apart.", SourceLocation.AtLine(lineNumber));
        return _rows.Count == 0 ? null : new DocumentTable(_rows, _rows[0].Location);
    }

    private void EndRow()
    {
        if (_cells is null) return;
        var location = SourceLocation.AtLine(_rowLine);
        _rows.Add(new DocumentRow(_cells.Select((c, k) => new DocumentCell(DocxDocumentReader.Normalize(c), location with { Column = k + 1 })).ToList(), location));
        _cells = null;
    }

    private static int[] Marks(ReadOnlySpan<char> border)
    {
        var marks = new List<int>();
        for (int i = 0; i < border.Length; i++)
            if (border[i] == '+') marks.Add(i);
        return [.. marks];
    }

    [GeneratedRegex(@"^\s*\+(?:[-=:]+\+)+\s*$")]
    private static partial Regex Border();
}
