using System.Text;
using System.Text.RegularExpressions;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// pandoc's simple and multiline tables (its default Markdown, <c>pandoc -t markdown</c>, of a Word table): a line of
/// dash runs ("------ ---- -----") gives the columns, each column from the start of its run to the start of the next.
/// A multiline table has its header between a full rule ("--------") and the dash runs, or none (the dash runs open
/// it), and rows separated by blank lines up to a closing rule; a simple table has a one-line header above the dash
/// runs, or none (dash runs above and below), and one row a line. A cell's lines are joined as a Word cell's. A word
/// that crosses into the next column, or a cell that may go on with a word broken at a narrow column's end, is refused:
/// its cells cannot be told apart.
/// </summary>
internal static partial class DashedTable
{
    /// <summary>The most lines a multiline table's header is looked for over (pandoc's wrap a header cell over a few).</summary>
    private const int MaxHeaderLines = 20;

    /// <summary>The tables of <paramref name="lines"/>: by the 0-based index of each table's first line, the index
    /// of its last line and the table.</summary>
    /// <exception cref="DocumentReadException">A table's text cannot be read faithfully.</exception>
    public static Dictionary<int, (int Last, DocumentTable Table)> Find(IReadOnlyList<string> lines)
    {
        var found = new Dictionary<int, (int, DocumentTable)>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (!ColumnRule().IsMatch(lines[i])) continue;
            var columns = Runs(lines[i]);
            bool blankAbove = i == 0 || string.IsNullOrWhiteSpace(lines[i - 1]);
            // a multiline header: the lines up to a full rule above (a few; the walk stops at a blank line, another
            // rule or MaxHeaderLines, so that a text of rules only is read in linear time)
            int top = i - 1;
            while (top >= 0 && i - top <= MaxHeaderLines && !string.IsNullOrWhiteSpace(lines[top]) && !FullRule().IsMatch(lines[top]) && !ColumnRule().IsMatch(lines[top])) top--;
            List<List<int>> rows;
            int first, last;
            if (!blankAbove && top >= 0 && FullRule().IsMatch(lines[top]))
            {
                // multiline, with a header: rows separated by blank lines up to the closing full rule
                int end = i + 1;
                while (end < lines.Count && !FullRule().IsMatch(lines[end]) && !ColumnRule().IsMatch(lines[end])) end++;
                if (end >= lines.Count) continue;
                rows = [Enumerable.Range(top + 1, i - top - 1).ToList(), .. Groups(lines, i + 1, end)];
                (first, last) = (top, end);
            }
            else if (!blankAbove)
            {
                // simple, with a one-line header: one row a line up to a blank line (a rule before it: no such table)
                if (i - 2 >= 0 && !string.IsNullOrWhiteSpace(lines[i - 2])) continue;
                int end = i + 1;
                while (end < lines.Count && !string.IsNullOrWhiteSpace(lines[end]) && !ColumnRule().IsMatch(lines[end]) && !FullRule().IsMatch(lines[end])) end++;
                if (end < lines.Count && !string.IsNullOrWhiteSpace(lines[end])) continue;
                rows = [[i - 1], .. Enumerable.Range(i + 1, end - i - 1).Select(k => new List<int> { k })];
                (first, last) = (i - 1, end - 1);
            }
            else
            {
                // no header: dash runs above and below; rows separated by blank lines (multiline) or one a line (simple)
                int end = i + 1;
                while (end < lines.Count && !ColumnRule().IsMatch(lines[end]) && !FullRule().IsMatch(lines[end])) end++;
                if (end >= lines.Count || end == i + 1) continue;
                bool multiline = Enumerable.Range(i + 1, end - i - 1).Any(k => string.IsNullOrWhiteSpace(lines[k]));
                rows = multiline ? Groups(lines, i + 1, end) : Enumerable.Range(i + 1, end - i - 1).Select(k => new List<int> { k }).ToList();
                (first, last) = (i, end);
            }
            var table = rows.Where(r => r.Count > 0).Select(r => Row(lines, r, columns)).ToList();
            if (table.Count > 0) found[first] = (last, new DocumentTable(table, table[0].Location));
            i = last;
        }
        return found;
    }

    /// <summary>The groups of non-blank lines between <paramref name="from"/> and <paramref name="to"/> (excluded).</summary>
    private static List<List<int>> Groups(IReadOnlyList<string> lines, int from, int to)
    {
        var groups = new List<List<int>> { new() };
        for (int k = from; k < to; k++)
        {
            if (string.IsNullOrWhiteSpace(lines[k])) { if (groups[^1].Count > 0) groups.Add([]); }
            else groups[^1].Add(k);
        }
        return groups;
    }

    private static DocumentRow Row(IReadOnlyList<string> lines, List<int> rowLines, List<(int Start, int End)> columns)
    {
        var location = SourceLocation.AtLine(rowLines[0] + 1);
        var cells = columns.Select(_ => new StringBuilder()).ToArray();
        foreach (int k in rowLines)
        {
            string line = lines[k];
            if (line.IndexOf('\t', StringComparison.Ordinal) is int tab and >= 0)
                throw Refusal(k, Math.Max(0, columns.FindLastIndex(col => col.Start <= tab)), "a tab, whose width the text does not say, in a table whose columns are found by their position");
            for (int c = 0; c < columns.Count; c++)
            {
                int start = columns[c].Start, end = c + 1 < columns.Count ? columns[c + 1].Start : Math.Max(line.Length, start);
                if (start < line.Length && start > 0 && line[start] != ' ' && line[start - 1] != ' ' && c > 0)
                    throw Refusal(k, c, "a word crosses into the column");
                var text = start < line.Length ? line.AsSpan(start, Math.Min(end, line.Length) - start).Trim() : [];
                if (text.IsEmpty) continue;
                if (cells[c].Length > 0 && MarkdownText.BrokenWordTail(text, columns[c].End - columns[c].Start))
                    throw Refusal(k, c, "the cell may go on with a word broken at its line end (a converter breaks a word longer than a narrow column)");
                if (cells[c].Length > 0) cells[c].Append(DocxDocumentReader.LineEnd);
                MarkdownText.AppendCell(text, cells[c]);
            }
        }
        return new DocumentRow(cells.Select((c, k) => new DocumentCell(DocxDocumentReader.Normalize(c), location with { Column = k + 1 })).ToList(), location);
    }

    private static DocumentReadException Refusal(int index, int column, string why) =>
        new($"a dashed table's line {index + 1}, column {column + 1}: {why}: its cells cannot be told apart; convert with wider columns (pandoc --columns=1000) or as pipe tables (pandoc -t gfm).",
            SourceLocation.AtLine(index + 1) with { Column = column + 1 });

    private static List<(int Start, int End)> Runs(string line) =>
        DashRun().Matches(line).Select(m => (m.Index, m.Index + m.Length)).ToList();

    /// <summary>Two runs of three dashes or more, one space or more between them.</summary>
    [GeneratedRegex(@"^\s*-{3,}(?: +-{3,})+\s*$")]
    private static partial Regex ColumnRule();

    /// <summary>One run of three dashes or more.</summary>
    [GeneratedRegex(@"^\s*-{3,}\s*$")]
    private static partial Regex FullRule();

    [GeneratedRegex(@"-+")]
    private static partial Regex DashRun();
}
