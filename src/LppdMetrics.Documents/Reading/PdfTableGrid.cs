using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace LppdMetrics.Documents.Reading;

/// <summary>A horizontal or vertical ruling line of a page: at <paramref name="Position"/> (y for a horizontal
/// rule, x for a vertical one, PDF points) from <paramref name="From"/> to <paramref name="To"/> along it.</summary>
internal readonly record struct PdfRule(bool Horizontal, double Position, double From, double To);

/// <summary>Where a cell's text may stand: from <paramref name="Left"/> to <paramref name="Right"/> (PDF points), the
/// cell's edges less its padding.</summary>
internal readonly record struct PdfCellBox(double Left, double Right);

/// <summary>
/// One bordered table on one page, rebuilt from the page's ruling lines: the grid is every rule's position, grid
/// cells with no rule between them are one merged cell, and each merged cell's words are its text, put in its
/// top-left grid cell (the others stay empty).
/// </summary>
internal sealed partial class PdfTableGrid
{
    /// <summary>Rules closer than this (points) are the same line; a word on a rule belongs to the cell it is in.</summary>
    private const double Tolerance = 2.0;

    private PdfTableGrid(double[] ys, double[] xs, string[][] cells, bool ruled = true)
    {
        RowEdges = ys;
        ColumnEdges = xs;
        Cells = cells;
        Ruled = ruled;
    }

    /// <summary>A table with no rules, rebuilt from the alignment of its words (<see cref="PdfBorderlessTable"/>).</summary>
    /// <param name="ys">Row tops, top first, then the bottom of the last row.</param>
    /// <param name="xs">Column edges, left first (the middle of the white space between two columns).</param>
    /// <param name="cells">The cell texts, row by row.</param>
    /// <param name="doubt">Why the cells are not sure (<see cref="DocumentTable.Doubt"/>), or null.</param>
    /// <param name="goesOn">Whether the table was laid on the columns of the table with no rules that ended the
    /// previous page (<see cref="GoesOn"/>).</param>
    public static PdfTableGrid Borderless(double[] ys, double[] xs, string[][] cells, string? doubt, bool goesOn = false) =>
        new(ys, xs, cells, ruled: false) { Doubt = doubt, GoesOn = goesOn };

    /// <summary>Whether this table with no rules goes on with the one that ended the previous page: the lines at the
    /// top of the page kept to its columns (<see cref="PdfPageLayout.OpenEdges"/>). Its frame may be wider than that
    /// table's, by a column the previous page left empty.</summary>
    public bool GoesOn { get; private init; }

    /// <summary>Why the cells are not sure (<see cref="DocumentTable.Doubt"/>), or null.</summary>
    public string? Doubt { get; private init; }

    /// <summary>Whether the table was found from its ruling lines (false: from the alignment of its words).</summary>
    public bool Ruled { get; }

    /// <summary>The horizontal grid lines, top first (PDF y, larger is higher).</summary>
    public double[] RowEdges { get; }

    /// <summary>The vertical grid lines, left first.</summary>
    public double[] ColumnEdges { get; }

    /// <summary>The cell texts, row by row on the grid.</summary>
    public string[][] Cells { get; }

    /// <summary>The table's top edge.</summary>
    public double Top => RowEdges[0];

    /// <summary>The table's bottom edge.</summary>
    public double Bottom => RowEdges[^1];

    /// <summary>Whether a point lies inside the table's frame.</summary>
    public bool Contains(double x, double y) =>
        x >= ColumnEdges[0] - Tolerance && x <= ColumnEdges[^1] + Tolerance && y <= RowEdges[0] + Tolerance && y >= RowEdges[^1] - Tolerance;

    /// <summary>The page's thin horizontal and vertical strokes and thin filled rectangles, as rules.</summary>
    public static List<PdfRule> RulesOf(Page page)
    {
        var rules = new List<PdfRule>();
        foreach (PdfPath path in page.Paths)
        {
            if (path.IsClipping || (!path.IsFilled && !path.IsStroked)) continue;
            foreach (var subpath in path)
            {
                if (path.IsFilled)
                {
                    var box = subpath.GetBoundingRectangle();
                    if (box is { } r)
                    {
                        if (r.Height <= 2.5 && r.Width > 2.5) rules.Add(new PdfRule(true, (r.Top + r.Bottom) / 2, r.Left, r.Right));
                        else if (r.Width <= 2.5 && r.Height > 2.5) rules.Add(new PdfRule(false, (r.Left + r.Right) / 2, r.Bottom, r.Top));
                    }
                }
                if (!path.IsStroked) continue;
                PdfPoint start = default, current = default;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move:
                            start = current = move.Location;
                            break;
                        case PdfSubpath.Line line:
                            AddSegment(rules, line.From, line.To);
                            current = line.To;
                            break;
                        case PdfSubpath.Close:
                            AddSegment(rules, current, start);
                            current = start;
                            break;
                        case PdfSubpath.BezierCurve curve:
                            current = curve.EndPoint;
                            break;
                    }
                }
            }
        }
        return rules;
    }

    private static void AddSegment(List<PdfRule> rules, PdfPoint a, PdfPoint b)
    {
        if (Math.Abs(a.Y - b.Y) < 0.5 && Math.Abs(a.X - b.X) > 2.5)
            rules.Add(new PdfRule(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        else if (Math.Abs(a.X - b.X) < 0.5 && Math.Abs(a.Y - b.Y) > 2.5)
            rules.Add(new PdfRule(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }

    /// <summary>
    /// The bordered tables among <paramref name="rules"/>: each connected set of crossing rules with at least two
    /// horizontal and two vertical lines; the words inside a table's frame fill its cells.
    /// </summary>
    public static List<PdfTableGrid> Find(List<PdfRule> rules, IReadOnlyList<Word> words)
    {
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        for (int i = 0; i < rules.Count; i++)
        {
            for (int j = i + 1; j < rules.Count; j++)
            {
                if (Touch(rules[i], rules[j])) parent[Root(i)] = Root(j);
            }
        }
        var grids = new List<PdfTableGrid>();
        foreach (var component in Enumerable.Range(0, rules.Count).GroupBy(Root))
        {
            var set = component.Select(i => rules[i]).ToList();
            var ys = Cluster(set.Where(r => r.Horizontal).Select(r => r.Position)).OrderDescending().ToArray();
            var xs = Cluster(set.Where(r => !r.Horizontal).Select(r => r.Position)).Order().ToArray();
            if (ys.Length < 2 || xs.Length < 2) continue;
            var stacked = Stacked(set, ys, xs);
            if (stacked.Count == 1)
            {
                grids.Add(Build(set, ys, xs, words)); // one table: its column edges are the frame's
                continue;
            }
            foreach (var (top, bottom) in stacked)
            {
                var band = ys[top..(bottom + 1)];
                var bandXs = Cluster(set.Where(r => !r.Horizontal && r.From < band[0] - Tolerance && r.To > band[^1] + Tolerance).Select(r => r.Position)).ToArray();
                grids.Add(Build(set, band, bandXs.Length >= 2 ? bandXs : xs, words));
            }
        }
        return grids.OrderByDescending(g => g.Top).ToList();
    }

    /// <summary>
    /// The tables stacked in one frame of touching rules, as (first row edge, last row edge) index ranges of
    /// <paramref name="ys"/>: two tables printed one under the other with their own column edges (a table restarted with
    /// its header repeated, its columns of other widths) share the rule between them, but neither's inner column rules
    /// are a subset of the other's. A row whose inner rules are a subset of the next row's, or the reverse, is one of
    /// the same table (a header cell or a subtotal merged across columns).
    /// </summary>
    private static List<(int Top, int Bottom)> Stacked(List<PdfRule> rules, double[] ys, double[] xs)
    {
        // each inner column edge's vertical rules, found once
        var at = Enumerable.Range(1, Math.Max(0, xs.Length - 2))
            .Select(j => (Column: j, Rules: rules.Where(r => !r.Horizontal && Math.Abs(r.Position - xs[j]) <= Tolerance).ToArray())).ToArray();
        var inner = new List<HashSet<int>>(ys.Length - 1);
        for (int i = 0; i + 1 < ys.Length; i++)
        {
            double mid = (ys[i] + ys[i + 1]) / 2;
            inner.Add([.. at.Where(e => e.Rules.Any(r => r.From - Tolerance <= mid && mid <= r.To + Tolerance)).Select(e => e.Column)]);
        }
        var bands = new List<(int, int)>();
        int start = 0;
        for (int i = 1; i < inner.Count; i++)
        {
            if (inner[i].IsSubsetOf(inner[i - 1]) || inner[i].IsSupersetOf(inner[i - 1])) continue;
            bands.Add((start, i));
            start = i;
        }
        bands.Add((start, inner.Count));
        return bands;
    }

    private static bool Touch(PdfRule a, PdfRule b)
    {
        if (a.Horizontal == b.Horizontal)
            return Math.Abs(a.Position - b.Position) <= Tolerance && a.From <= b.To + Tolerance && b.From <= a.To + Tolerance;
        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return v.Position >= h.From - Tolerance && v.Position <= h.To + Tolerance
            && h.Position >= v.From - Tolerance && h.Position <= v.To + Tolerance;
    }

    private static List<double> Cluster(IEnumerable<double> positions)
    {
        var result = new List<double>();
        foreach (double p in positions.Order())
        {
            if (result.Count > 0 && p - result[^1] <= Tolerance) continue;
            result.Add(p);
        }
        return result;
    }

    private static PdfTableGrid Build(List<PdfRule> rules, double[] ys, double[] xs, IReadOnlyList<Word> words)
    {
        int rows = ys.Length - 1, columns = xs.Length - 1;
        bool Covered(bool horizontal, double position, double along) => rules.Any(r =>
            r.Horizontal == horizontal && Math.Abs(r.Position - position) <= Tolerance && r.From - Tolerance <= along && along <= r.To + Tolerance);

        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        void Union(int a, int b)
        {
            int ra = Root(a), rb = Root(b);
            if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb); // the root is the region's top-left cell
        }
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                if (j + 1 < columns && !Covered(false, xs[j + 1], (ys[i] + ys[i + 1]) / 2)) Union(i * columns + j, i * columns + j + 1);
                if (i + 1 < rows && !Covered(true, ys[i + 1], (xs[j] + xs[j + 1]) / 2)) Union(i * columns + j, (i + 1) * columns + j);
            }
        }
        var regionWords = new Dictionary<int, List<Word>>();
        var regionLeft = new Dictionary<int, double>();
        var regionRight = new Dictionary<int, double>();
        foreach (var word in words)
        {
            double cx = (word.BoundingBox.Left + word.BoundingBox.Right) / 2, cy = (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2;
            if (cx < xs[0] - Tolerance || cx > xs[^1] + Tolerance || cy > ys[0] + Tolerance || cy < ys[^1] - Tolerance) continue;
            // a word within the frame's tolerance but over its edge belongs to the nearest row or column
            int i = Array.FindIndex(ys, 1, y => cy >= y) - 1;
            int j = Array.FindIndex(xs, 1, x => cx <= x) - 1;
            if (i < 0) i = rows - 1;
            if (j < 0) j = columns - 1;
            int root = Root(i * columns + j);
            if (!regionWords.TryGetValue(root, out var list)) regionWords[root] = list = [];
            list.Add(word);
            regionLeft[root] = xs[root % columns];
            regionRight[root] = Math.Max(regionRight.GetValueOrDefault(root), xs[j + 1]);
        }
        // the cells' padding: no more than the white space between any cell's left edge and its first word (text
        // is set from the left in most cells; a centred or right-aligned one only stands further in)
        // (none in a frame of rules with no word inside: its cells stay empty)
        double padding = regionWords.Count == 0 ? 0
            : Math.Max(0, regionWords.Min(kv => kv.Value.Min(w => w.BoundingBox.Left) - regionLeft[kv.Key]));
        var cells = new string[rows][];
        for (int i = 0; i < rows; i++) cells[i] = Enumerable.Repeat("", columns).ToArray();
        foreach (var (root, list) in regionWords)
        {
            int last = root % columns; // the merged cell's last column
            while (last + 1 < columns && Root(root / columns * columns + last + 1) == root) last++;
            cells[root / columns][root % columns] = CellText(list, regionRight[root], new PdfCellBox(regionLeft[root] + padding, xs[last + 1] - padding));
        }
        return new PdfTableGrid(ys, xs, cells);
    }

    /// <summary>A cell's words as text: printed lines top to bottom, words left to right, each line break read as a
    /// space, as nothing, or as <see cref="PdfVocabulary.Joint"/> (which <see cref="PdfVocabulary.Resolve"/> turns into a
    /// space or nothing once the whole document's words are known), by <see cref="Break"/> where the cell's box is known
    /// (a ruled table), and otherwise: nothing where a number was broken at the line's end (<see cref="BrokenNumber"/>), a
    /// joint where a line is one token that filled the cell to its edge (<see cref="FilledCell"/>), a space elsewhere.</summary>
    /// <param name="words">The cell's words.</param>
    /// <param name="cellRight">The cell's right edge.</param>
    /// <param name="box">Where the cell's text may stand (its edges less the padding), when known.</param>
    internal static string CellText(List<Word> words, double cellRight, PdfCellBox? box = null)
    {
        var lines = PdfTextLine.GroupWords(words);
        var sb = new StringBuilder();
        PdfTextLine? previous = null;
        string token = "";
        double tokenWidth = 0;
        foreach (var line in lines)
        {
            var current = PdfTextLine.Of(line);
            if (previous is not null)
            {
                Word first = line[0];
                string separator = box is { } b
                    ? Break(token, tokenWidth, previous.Right, first.Text, first.BoundingBox.Width,
                        first.Letters.Count > 0 ? first.Letters[0].Width : first.BoundingBox.Width / Math.Max(1, first.Text.Length), b)
                    : BrokenNumber(previous, current) ? "" : FilledCell(previous, current, cellRight) ? PdfVocabulary.Joint.ToString() : " ";
                sb.Append(separator);
                // the token the next break may go on: this line's first word added to the last one when they joined
                bool joined = separator.Length == 0;
                token = line.Count == 1 && joined ? token + first.Text : line[^1].Text;
                tokenWidth = line.Count == 1 && joined ? tokenWidth + first.BoundingBox.Width : line[^1].BoundingBox.Width;
            }
            else
            {
                token = line[^1].Text;
                tokenWidth = line[^1].BoundingBox.Width;
            }
            sb.Append(current.Text);
            previous = current;
        }
        return sb.ToString();
    }

    /// <summary>
    /// How a line break in a cell whose box is known reads: nothing, a space, or <see cref="PdfVocabulary.Joint"/>. A
    /// printer goes to a new line at a space or after a hyphen or slash, and breaks a token anywhere only where the
    /// whole token is wider than the cell, filling the line with it as far as it goes. So: nothing after a hyphen or slash
    /// that ends a token ("Gotong-" / "royong", "B/" / "050.03"); a space where the token before the break and the word
    /// after it would together have fitted a line of the cell, or where the next word's first glyph would have fitted
    /// on the line (the break was at a space); otherwise (a forced break, or a whole word that the next did not fit
    /// after) nothing where both sides are parts of a number and the joined form is a well-formed one (digits grouped
    /// in threes by points, a decimal comma: "Rp.3.000.000" / ".000"; "12.345" / "6.789" stays two), where a digit
    /// meets a digit, and before closing punctuation ("(TRANTIBUM" / ")"); a joint for the words (<see cref="PdfVocabulary"/>).
    /// </summary>
    /// <param name="token">The token before the break: the line's last word, with the lines it was joined to.</param>
    /// <param name="tokenWidth">That token's printed width.</param>
    /// <param name="lineRight">The right edge of the line before the break.</param>
    /// <param name="next">The first word after the break.</param>
    /// <param name="nextWidth">That word's printed width.</param>
    /// <param name="nextGlyph">The advance width of that word's first glyph.</param>
    /// <param name="box">Where the cell's text may stand.</param>
    internal static string Break(string token, double tokenWidth, double lineRight, string next, double nextWidth, double nextGlyph, PdfCellBox box)
    {
        const double slack = 0.5;
        string b = next;
        if (token.Length == 0 || b.Length == 0) return " ";
        char last = token[^1], first = b[0];
        if (last is '-' or '/' && token.Length > 1 && char.IsLetterOrDigit(token[^2]) && char.IsLetterOrDigit(first)) return "";
        if (tokenWidth + nextWidth <= box.Right - box.Left || lineRight + nextGlyph <= box.Right - slack) return " ";
        string number = NoCurrency(token);
        if (IsNumberish(number) && NumberForm().IsMatch(number) && IsNumberish(b))
            return CutShort().IsMatch(number) || GroupedNumber().IsMatch(number + b)
                || (number.Length >= 4 && number.All(char.IsAsciiDigit) && NumberForm().IsMatch(number + b)) ? "" : " ";
        if (char.IsAsciiDigit(last) && char.IsAsciiDigit(first)) return "";
        if (char.IsLetterOrDigit(last) && first is ')' or ']' or ',' or '.' or ';' or ':' or '%') return "";
        return PdfVocabulary.Joint.ToString();
    }

    // "Rp.3.000.000" → "3.000.000"
    private static string NoCurrency(string token) => token.StartsWith("Rp", StringComparison.Ordinal) ? token[2..].TrimStart('.') : token;

    /// <summary>A number or the start of one as Indonesian reports print it: digits grouped in threes by points (the
    /// last group may be cut short where the number goes on), a decimal comma, a percent sign; or digits with no
    /// grouping.</summary>
    [GeneratedRegex(@"^(\d{1,3}(\.\d{3})*(\.\d{0,2}|(,\d*)?%?)|\d+(,\d*)?%?)$")]
    private static partial Regex NumberForm();

    /// <summary>A number or the start of one with digits grouped in threes (<see cref="NumberForm"/> less the ungrouped
    /// form: "12" and "345" on two lines are two numbers, not 12345; an ungrouped number of four digits or more is
    /// printed ungrouped and may go on).</summary>
    [GeneratedRegex(@"^\d{1,3}(\.\d{3})*(\.\d{0,2}|(,\d*)?%?)$")]
    private static partial Regex GroupedNumber();

    /// <summary>A number that cannot end where it stands: after a point or the comma, or with a group of fewer than
    /// three digits after a point.</summary>
    [GeneratedRegex(@"([.,]|\.\d{1,2})$")]
    private static partial Regex CutShort();

    /// <summary>Whether <paramref name="next"/> goes on a number that <paramref name="previous"/> broke after a digit or a separator (<c>3.174.</c> / <c>257</c>).</summary>
    internal static bool BrokenNumber(PdfTextLine previous, PdfTextLine next)
    {
        string a = previous.Text, b = next.Text;
        if (a.Length == 0 || b.Length == 0) return false;
        char last = a[^1], first = b[0];
        return (char.IsAsciiDigit(last) || last is '.' or ',') && char.IsAsciiDigit(first) && IsNumberish(LastToken(a)) && IsNumberish(FirstToken(b));
    }

    /// <summary>
    /// Whether <paramref name="previous"/> is a single token that filled the cell to its right
    /// edge: a word the printer broke because it did not fit ("Pemberdayaa" / "n"), or a whole word the next one did
    /// not fit after ("Pendapatan" / "Daerah"), which the page alone cannot tell apart (<see cref="PdfVocabulary"/>).
    /// Asked only where the two lines are not a broken number (<see cref="BrokenNumber"/>) and the cell's box is not known.
    /// </summary>
    internal static bool FilledCell(PdfTextLine previous, PdfTextLine next, double cellRight)
    {
        string a = previous.Text, b = next.Text;
        if (a.Length == 0 || b.Length == 0 || a.Contains(' ') || char.IsWhiteSpace(b[0])) return false;
        double charWidth = (previous.Right - previous.Left) / a.Length;
        return previous.Right >= cellRight - 6.5 - 2 * charWidth;
    }

    private static string LastToken(string s) => s[(s.LastIndexOf(' ') + 1)..];

    private static string FirstToken(string s)
    {
        int space = s.IndexOf(' ');
        return space < 0 ? s : s[..space];
    }

    private static bool IsNumberish(string token) => token.Length > 0 && token.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '%');
}
