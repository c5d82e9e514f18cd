using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// Finds the tables printed with no ruling lines among a page's lines of words and rebuilds their cells from the
/// alignment of the words: columns are the gutters of white space that run down consecutive lines, rows start where
/// a cell starts a new paragraph.
/// </summary>
/// <remarks>
/// <para>A table starts at a line split into two or more parts by white space wider than <see cref="Gutter"/> (a
/// table's cells are padded, 0.19 cm each side in Word and LibreOffice, so two cells' texts are at least 10.8 points
/// apart, where words are a space, 2–3 points, apart), and goes on while the lines keep to its columns: a line whose
/// text runs over a column's gutter for more than 80 % of the table's width (a paragraph), a caption ("Tabel 2.1",
/// "Gambar", "Grafik") or a source note ("Sumber: …") ends it, and so does white space of more than 1.6 times the
/// page's line spacing (an empty paragraph between two tables). It needs a line split in three parts or two split
/// lines; otherwise the lines are text. A long row merged across between two rows of the table stays in it; lines
/// of one part right above the table at its own line spacing are its first rows (a row merged across), unless a
/// heading numbered on two levels ("4.1.5 Dukungan Personil"). A line part that falls in no column adds one; a short part over several columns is a cell merged across
/// them and goes to the first.</para>
/// <para>Rows: a printed line starts a new row when it is further below the line above than 1.6 line pitches, or
/// when in some column it starts a new cell: the column was empty on the line above, or the first word of this line
/// would have fitted on the line above within the column's width (so the printer did not wrap there: a new
/// paragraph), or both lines hold a whole number (<c>98,5</c> over <c>3,77</c>); a line that ends in part of a
/// number (<c>3.174.</c>, <c>93.5</c>) goes on with the digits below it, and so does a number over a number that
/// put together are one printed number (<c>5</c> / <c>3.936.538.626,00</c>) on a line with no key whose label goes
/// on the row above. Text that goes on a cell of the row
/// above in a column while another column starts a new row (a cell merged down, as "Sasaran" over its indicators)
/// stays in the row above when it begins with a small letter, or the line above ends in a conjunction or preposition
/// ("Meningkatnya Efisiensi dan" over "Efektifitas …"), and the row's first column is empty, and the cells
/// below it are empty: the grid rule of <see cref="DocumentTable"/>, as the DOCX reader gives a merged cell. Numbers broken over two lines (<c>3.174.</c> / <c>257</c>) and a unit on the next
/// line (<c>82,63</c> / <c>%</c>) stay in their cell, since they did not fit on the line above; so does an amount
/// under "Rp." printed alone on its line (a narrow column: "Rp." / <c>2.090.349 .8</c> / <c>63.831, 55</c>), which is
/// never a cell of its own. The rest of a number broken over a page (<c>.673.044, 55</c> under a repeated header's
/// "Alokasi") starts a row. A part over two columns is a cell merged across only where it reaches within half the
/// padding of where the next column's text starts: the columns a previous page's part gave put their edges in the
/// middle of that page's white space, which a wider word here ("Meningkatny") may pass.</para>
/// <para>Limits: the column width is taken from the next column's text (a column's text can run up to 10.8 points
/// before it; the last column's to the page's text margin, no wider than the column before it), so a wrapped label next to a right-aligned or centred column may be taken as two rows; two rows of
/// wrapped text whose every column is full to its width are one row. The figures' rows are those of their numbers,
/// which are found either way.</para>
/// </remarks>
internal static partial class PdfBorderlessTable
{
    /// <summary>White space wider than this (points) between two words of a line separates two cells.</summary>
    private const double Gutter = 6.0;

    /// <summary>Twice a cell's side padding (Word and LibreOffice: 0.19 cm a side): the least white space between
    /// two cells' texts.</summary>
    private const double Padding = 10.8;

    /// <summary>Columns from which a table is wide (an SPM table's 15): only there are the columns of numbers checked
    /// for numbers broken inside a cell (<see cref="Doubt"/>); in a narrower table the test finds too many columns
    /// full (a left-aligned column beside leaves no measure of the white space).</summary>
    private const int WideTable = 10;

    /// <summary>Lays out a page's lines outside ruled tables: its borderless tables as <see cref="PdfTableGrid"/>s,
    /// the other lines as <see cref="PdfTextLine"/>s, top to bottom.</summary>
    /// <param name="wordLines">The lines' words, top to bottom, each line left to right (<see cref="PdfTextLine.GroupWords"/>).</param>
    /// <param name="openEdges">The column edges of a borderless table that ended the previous page, or null: the
    /// lines at the top of this page (below a running header) that keep to its columns go on with it.</param>
    /// <param name="height">The page height (a running header lies in the top tenth).</param>
    public static List<object> Lay(List<List<Word>> wordLines, double[]? openEdges, double height)
    {
        var lines = wordLines.Where(w => w.Count > 0).Select(w => new Line(w)).ToList();
        var items = new List<object>();
        double pageRight = lines.Count > 0 ? lines.Max(l => l.Right) : 0, pitch = Pitch(lines);
        int i = 0;
        if (openEdges is { Length: >= 3 })
        {
            int start = 0;
            // the running header: lines in the top tenth set off from the page's text by more than a line
            while (start < lines.Count && lines[start].Top >= 0.9 * height
                   && (!Fits(lines[start], ColumnsOf(openEdges)) || (start + 1 < lines.Count && lines[start].Bottom - lines[start + 1].Bottom > 1.6 * pitch)))
                start++;
            var columns = ColumnsOf(openEdges);
            int end = Extend(lines, start, start, columns, pitch);
            // one line of one part in the top tenth, and nothing after it that keeps to the columns, is the running
            // header of a page whose text goes on below it (a source note, a paragraph): no row of the table
            bool runningHeader = end - start == 1 && lines[start].Segments.Count == 1 && lines[start].Top >= 0.9 * height;
            if (end > start && !runningHeader)
            {
                for (int k = 0; k < start; k++) items.Add(PdfTextLine.Of(lines[k].Words));
                items.Add(Build(lines.GetRange(start, end - start), columns, pageRight, openEdges));
                i = end;
            }
        }
        while (i < lines.Count)
        {
            if (lines[i].Segments.Count >= 2 && !EndsTable(lines[i]))
            {
                var columns = lines[i].Segments.Select(s => new Column(s.Left, s.Right)).ToList();
                int end = Extend(lines, i, i + 1, columns, pitch);
                if (columns.Count >= 2 && (lines[i].Segments.Count >= 3 || lines.Skip(i).Take(end - i).Count(l => l.Segments.Count >= 2) >= 2))
                {
                    // lines of one part right above, at the table's line spacing, that keep to the columns are its
                    // first rows (a row merged across, as an agency's name over its programmes); a page of short
                    // paragraphs has a wider spacing than its tables, and a caption's last line is not a row
                    // (nor are the title lines right under a caption "Tabel 2.4", printed at the table's line spacing)
                    int begin = i;
                    double rowPitch = Math.Min(pitch, Pitch(lines.GetRange(i, end - i)));
                    while (begin - 1 >= 0 && i - begin < items.Count && items[items.Count - 1 - (i - begin)] is PdfTextLine
                           && lines[begin - 1].Bottom - lines[begin].Bottom <= 1.6 * rowPitch && Fits(lines[begin - 1], columns)
                           && !SectionHeading().IsMatch(lines[begin - 1].Text))
                        begin--;
                    if (begin < i && begin > 0 && Caption().IsMatch(lines[begin - 1].Text)) begin = i;
                    items.RemoveRange(items.Count - (i - begin), i - begin);
                    items.Add(Build(lines.GetRange(begin, end - begin), columns, pageRight, null));
                    i = end;
                    continue;
                }
            }
            items.Add(PdfTextLine.Of(lines[i].Words));
            i++;
        }
        return items;
    }

    /// <summary>Columns that fill the spaces between <paramref name="edges"/>.</summary>
    private static List<Column> ColumnsOf(double[] edges) =>
        Enumerable.Range(0, edges.Length - 1).Select(c => new Column(edges[c] + 0.5, edges[c + 1] - 0.5)).ToList();

    /// <summary>Takes lines from <paramref name="from"/> into the table that starts at line <paramref name="first"/>
    /// while they keep to its columns (which they widen) and follow at line spacing (white space of more than a line,
    /// an empty paragraph, ends it); returns the index after the last.</summary>
    private static int Extend(List<Line> lines, int first, int from, List<Column> columns, double pitch)
    {
        int j = from;
        for (; j < lines.Count; j++)
        {
            if (j > first && lines[j - 1].Bottom - lines[j].Bottom > 1.6 * pitch) break;
            if (!Fits(lines[j], columns))
            {
                // a long row merged across ("Dinas Pemberdayaan Perempuan, …" over its programmes) when a row of
                // the table follows at line spacing
                bool between = j > first && !EndsTable(lines[j]) && j + 1 < lines.Count && lines[j + 1].Segments.Count >= 2
                               && lines[j].Bottom - lines[j + 1].Bottom <= 1.6 * pitch && Fits(lines[j + 1], columns);
                if (!between) break;
                continue;
            }
            Absorb(lines[j], columns);
        }
        return j;
    }

    /// <summary>
    /// Puts the column edges of a part that goes on from the previous page with a column more or less (a column that
    /// page left empty) on that page's edges: on the nearest previous edge within <see cref="Padding"/>, or, for an
    /// edge between two columns, lying in the white space between their texts on this page. Either edge stands
    /// between the same two columns, so the parts' columns line up (<see cref="PdfLayoutAssembler"/> puts all the
    /// parts on the union of their edges). An edge is moved only where the edges stay in order.
    /// </summary>
    private static void SnapEdges(double[] xs, double[] previous, double[] textLeft, double[] textRight)
    {
        for (int c = 0; c < xs.Length; c++)
        {
            double x = xs[c];
            bool outer = c == 0 || c == xs.Length - 1;
            var near = previous.Where(e => Math.Abs(e - x) <= Padding || (!outer && e >= textRight[c - 1] && e <= textLeft[c]))
                .OrderBy(e => Math.Abs(e - x)).ToList();
            if (near.Count > 0 && (c == 0 || near[0] > xs[c - 1]) && (c == xs.Length - 1 || near[0] < xs[c + 1]))
                xs[c] = near[0];
        }
    }

    /// <summary>The page's line spacing: the median distance between the baselines of two lines that follow each
    /// other (more than 2 points apart: a sub- or superscript is not a line).</summary>
    private static double Pitch(List<Line> lines)
    {
        var distances = Enumerable.Range(1, Math.Max(0, lines.Count - 1)).Select(l => lines[l - 1].Bottom - lines[l].Bottom).Where(d => d > 2).Order().ToList();
        return distances.Count > 0 ? distances[distances.Count / 2] : double.MaxValue;
    }

    private static bool Overlaps(Segment s, Column c) => s.Left < c.Right && s.Right > c.Left;

    /// <summary>Whether a line keeps to the table's columns: no long part over a gutter, not a caption or a source note.</summary>
    private static bool Fits(Line line, List<Column> columns)
    {
        if (EndsTable(line)) return false;
        double left = columns.Min(c => c.Left), right = columns.Max(c => c.Right);
        foreach (var s in line.Segments)
        {
            int hits = columns.Count(c => Overlaps(s, c));
            if (hits >= 2 && s.Width > 0.8 * (right - left)) return false;
            if (hits == 0 && line.Segments.Count == 1 && (s.Right <= left || s.Left >= right)) return false;
        }
        return true;
    }

    /// <summary>Widens the columns a line's parts fall in, adds a column for a part that falls in none, and splits a
    /// column that two parts fall in (it was a header cell merged across them).</summary>
    private static void Absorb(Line line, List<Column> columns)
    {
        var byColumn = new Dictionary<Column, List<Segment>>();
        foreach (var s in line.Segments)
        {
            var hit = columns.Where(c => Overlaps(s, c)).ToList();
            if (hit.Count == 1)
            {
                if (!byColumn.TryGetValue(hit[0], out var list)) byColumn[hit[0]] = list = [];
                list.Add(s);
            }
            else if (hit.Count == 0)
            {
                columns.Add(new Column(s.Left, s.Right));
            }
        }
        foreach (var (column, segments) in byColumn)
        {
            if (segments.Count == 1)
            {
                column.Left = Math.Min(column.Left, segments[0].Left);
                column.Right = Math.Max(column.Right, segments[0].Right);
            }
            else
            {
                columns.Remove(column);
                columns.AddRange(segments.Select(s => new Column(s.Left, s.Right)));
            }
        }
        columns.Sort((a, b) => a.Left.CompareTo(b.Left));
    }

    /// <summary>A caption or a source note: never a table's line.</summary>
    private static bool EndsTable(Line line) => CaptionOrSource().IsMatch(line.Text);

    [GeneratedRegex(@"^[*_<>/b\s]*(Tab(?:el|le)\s+(?:\d|(?-i:[IVXL]+)(?![\p{L}\d]))|Gambar\b|Grafik\b|Sumber\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionOrSource();

    /// <summary>A table's caption line ("Tabel 2.4", "Table II.1"), markup aside.</summary>
    [GeneratedRegex(@"^[*_<>/b\s]*Tab(?:el|le)\s+(?:\d|(?-i:[IVXL]+)(?![\p{L}\d]))", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    /// <summary>A heading numbered on two levels or more ("4.1.5 Dukungan Personil", "2.2.1. Indikator …"): the
    /// section a table stands in, not a row merged across above it.</summary>
    [GeneratedRegex(@"^\d{1,2}(\.\d{1,2})+\.?\s+\p{Lu}")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})*(,\d+)?%?$")]
    private static partial Regex PrintedNumber();

    [GeneratedRegex(@"^[-+(]?\d{1,3}((\.\d{3})+|\d*)(,\d+)?\)?\s?%?$")]
    private static partial Regex WholeNumber();

    /// <summary>Rebuilds the table of <paramref name="lines"/> on <paramref name="columns"/>; a part that goes on
    /// from the previous page keeps that part's <paramref name="edges"/> when it added no column.</summary>
    private static PdfTableGrid Build(List<Line> lines, List<Column> columns, double pageRight, double[]? edges)
    {
        // the final columns: sorted, overlapping ones joined
        var cols = new List<Column>();
        foreach (var c in columns.OrderBy(c => c.Left))
        {
            if (cols.Count > 0 && c.Left < cols[^1].Right) cols[^1].Right = Math.Max(cols[^1].Right, c.Right);
            else cols.Add(new Column(c.Left, c.Right));
        }
        int n = lines.Count, width = cols.Count;

        // where each column's text starts: the leftmost part that starts in it (a column from the previous page's
        // edges may begin left of this page's text, since those edges were the middle of the white space there)
        var startLeft = Enumerable.Repeat(double.MaxValue, width).ToArray();
        foreach (var s in lines.SelectMany(l => l.Segments))
        {
            int k = cols.FindIndex(c => s.Left >= c.Left && s.Left < c.Right);
            if (k >= 0) startLeft[k] = Math.Min(startLeft[k], s.Left);
        }
        for (int k = 0; k < width; k++)
            if (startLeft[k] == double.MaxValue) startLeft[k] = cols[k].Left;

        // each line's text per column (a part over several columns goes to the first: a cell merged across); a part
        // that ends short of where the next column's text starts, less half the cells' padding, is not over it
        var parts = new Segment?[n][];
        var spanning = new bool[n][];
        for (int l = 0; l < n; l++)
        {
            parts[l] = new Segment?[width];
            spanning[l] = new bool[width];
            foreach (var s in lines[l].Segments)
            {
                var hits = Enumerable.Range(0, width).Where(c => Overlaps(s, cols[c])).ToList();
                if (hits.Count >= 2) hits = hits.Where((c, i) => i == 0 || s.Right > startLeft[c] - Padding / 2).ToList();
                int c = hits.Count > 0 ? hits[0]
                    : Enumerable.Range(0, width).MinBy(k => Math.Abs((cols[k].Left + cols[k].Right) / 2 - (s.Left + s.Right) / 2));
                parts[l][c] = parts[l][c] is { } before ? new Segment([.. before.Words, .. s.Words], before.Left, s.Right) : s;
                spanning[l][c] |= hits.Count >= 2;
            }
        }

        // how far each column's text can run: up to the next column's text less the cells' padding
        var textLeft = new double[width];
        var textRight = new double[width];
        for (int c = 0; c < width; c++)
        {
            var inColumn = Enumerable.Range(0, n).Where(l => parts[l][c] is not null && !spanning[l][c]).Select(l => parts[l][c]!).ToList();
            textLeft[c] = inColumn.Count > 0 ? inColumn.Min(s => s.Left) : cols[c].Left;
            textRight[c] = inColumn.Count > 0 ? inColumn.Max(s => s.Right) : cols[c].Right;
        }
        var reach = new double[width];
        for (int c = 0; c < width; c++)
            reach[c] = Math.Max(textRight[c], c + 1 < width ? textLeft[c + 1] - Padding
                // the last column: to the page's text margin, and no wider than the column before it
                : Math.Min(pageRight, width > 1 ? 2 * textLeft[c] - textLeft[c - 1] : pageRight) - Padding);

        string? doubt = Doubt(parts, spanning, textLeft, textRight, pageRight, lines);
        double space = SpaceWidth(lines);
        var pitches = Enumerable.Range(1, Math.Max(0, n - 1)).Select(l => lines[l - 1].Bottom - lines[l].Bottom).Where(d => d > 0).Order().ToList();
        double pitch = pitches.Count > 0 ? pitches[pitches.Count / 2] : 0;

        // rows: a line starts one when some column starts a new cell there; text that goes on a cell stays in its row
        var rows = new List<List<Word>[]>();
        var tops = new List<double>();
        var owner = new int[width];
        for (int l = 0; l < n; l++)
        {
            bool gap = l > 0 && pitch > 0 && lines[l - 1].Bottom - lines[l].Bottom > 1.6 * pitch;
            var goesOn = new bool[width];
            bool newRow = l == 0 || gap;
            for (int c = 0; c < width; c++)
            {
                if (parts[l][c] is null) continue;
                goesOn[c] = l > 0 && !gap && GoesOn(parts[l - 1][c], spanning[l - 1][c], parts[l][c]!, spanning[l][c], reach[c], space);
            }
            // a number over a number that put together are one number as printed (5 / 3.936.538.626,00), on a line
            // with no key whose other text goes on the row above (a label wrapped beside it): the number was broken
            if (l > 0 && !gap && parts[l][0] is null && Enumerable.Range(1, width - 1).Any(c => goesOn[c]))
            {
                for (int c = 1; c < width; c++)
                {
                    if (!goesOn[c] && parts[l - 1][c] is { } above && parts[l][c] is { } below && !spanning[l - 1][c] && !spanning[l][c]
                        && IsNumberish(above.Words[^1].Text) && IsNumberish(below.Words[0].Text)
                        && (above.Words[^1].Text + below.Words[0].Text) is var joined && joined.AsSpan().IndexOfAny('.', ',') >= 0
                        && PrintedNumber().IsMatch(joined))
                        goesOn[c] = true;
                }
            }
            for (int c = 0; c < width; c++)
            {
                if (parts[l][c] is not null && !goesOn[c]) newRow = true;
            }
            // a new row's first column starts a new cell (its key: "Bakung" under "Wonotirto"); a later column's text
            // goes on the cell above only when the first column is empty (a cell merged down over the new row)
            // and one that begins with a capital or a digit starts a new cell ("Terwujudnya …" under "… Sosial")
            if (newRow && l > 0)
            {
                for (int c = 0; c < width; c++)
                {
                    if (goesOn[c] && c > 0 && IsCurrency(parts[l - 1][c])) continue; // the amount of the "Rp." above
                    // a label whose line ends in a conjunction or preposition ("Meningkatnya Efisiensi dan" over
                    // "Efektifitas …") goes on, capital or not, in a cell merged down beside the new row
                    if (goesOn[c] && c > 0 && parts[l][0] is null && parts[l - 1][c] is { } open && EndsOpen(open)) continue;
                    if (c == 0 || parts[l][0] is not null || (parts[l][c] is { } part && char.IsUpper(part.Words[0].Text[0]) || (parts[l][c] is { } digit && char.IsDigit(digit.Words[0].Text[0]))))
                        goesOn[c] = false;
                }
            }
            if (newRow)
            {
                rows.Add(Enumerable.Range(0, width).Select(_ => new List<Word>()).ToArray());
                tops.Add(lines[l].Top);
            }
            for (int c = 0; c < width; c++)
            {
                if (parts[l][c] is not { } part) continue;
                if (!goesOn[c]) owner[c] = rows.Count - 1;
                rows[owner[c]][c].AddRange(part.Words);
            }
        }

        var cells = rows.Select(row => row.Select((words, c) => words.Count == 0 ? "" : PdfTableGrid.CellText(words, reach[c] + Padding / 2)).ToArray()).ToArray();
        var xs = new double[width + 1];
        xs[0] = textLeft[0] - Padding / 2;
        for (int c = 1; c < width; c++) xs[c] = (textRight[c - 1] + textLeft[c]) / 2;
        xs[width] = reach[width - 1] + Padding / 2;
        if (edges is not null && edges.Length == width + 1) xs = edges;
        else if (edges is not null) SnapEdges(xs, edges, textLeft, textRight);
        var ys = tops.Select(t => t + 1).Append(lines[^1].Bottom - 1).ToArray();
        return PdfTableGrid.Borderless(ys, xs, cells, doubt, goesOn: edges is not null);
    }

    /// <summary>
    /// Why the table's numbers cannot be trusted, or null: in a table of <see cref="WideTable"/> columns or more, a
    /// column of numbers whose widest number fills the column
    /// (less than a digit's width of white space is left on its two sides, between the texts of the columns
    /// beside it less the cells' padding, or the page's text margin for the last column). The printer breaks a number only where it is wider than its cell, so in such a
    /// column a number may be broken over two lines, and with no rules a part of it cannot be told from a number of
    /// the next row (<c>46,3</c> / <c>3%</c>, <c>2.09</c> / <c>9.543.696</c>): the table is left out rather than
    /// read with a wrong number.
    /// </summary>
    private static string? Doubt(Segment?[][] parts, bool[][] spanning, double[] textLeft, double[] textRight, double pageRight, List<Line> lines)
    {
        var digitWidths = lines.SelectMany(l => l.Words).Where(w => IsNumeric(w.Text)).Select(w => w.BoundingBox.Width / w.Text.Length).Order().ToList();
        if (digitWidths.Count == 0) return null;
        double digit = digitWidths[digitWidths.Count / 2];
        int width = textRight.Length;
        if (width < WideTable) return null;
        for (int c = 1; c < width; c++)
        {
            var inColumn = parts.Where((p, l) => p[c] is not null && !spanning[l][c]).Select(p => p[c]!).ToList();
            int numeric = inColumn.Count(s => s.Words.All(w => IsNumeric(w.Text)));
            if (numeric < 2 || numeric * 2 < inColumn.Count) continue;
            // the white space left in the column on both sides (a column of numbers is right-aligned or centred)
            double room = textLeft[c] - (textRight[c - 1] + Padding) + (c + 1 < width ? textLeft[c + 1] - Padding : pageRight) - textRight[c];
            if (room < digit)
                return $"the numbers of its column {c + 1} fill the column, so a number may be broken over two lines of a table with no borders";
        }
        return null;
    }

    /// <summary>A number as printed in a cell: digits, separators, a leading "Rp" and a trailing "%".</summary>
    private static bool IsNumeric(string token)
    {
        string t = token.StartsWith("Rp", StringComparison.Ordinal) ? token[2..].TrimStart('.') : token;
        return IsNumberish(t) || (t.Length > 1 && t[0] is '-' or '(' && IsNumberish(t[1..].TrimEnd(')')));
    }

    /// <summary>
    /// Whether the text <paramref name="next"/> of a column goes on the cell of the line above (<paramref name="above"/>):
    /// the line above has text there, neither is a part over several columns, its first word would not have fitted on
    /// the line above within <paramref name="reach"/>, and the two are not two whole numbers.
    /// </summary>
    private static bool GoesOn(Segment? above, bool aboveSpans, Segment next, bool nextSpans, double reach, double space)
    {
        if (above is null || aboveSpans || nextSpans) return false;
        string lastToken = above.Words[^1].Text, firstToken = next.Words[0].Text;
        // the currency alone on its line ("Rp." over "2.090.349.863.831,55"): never a cell of its own
        if (IsCurrency(above) && firstToken.Length > 0 && char.IsAsciiDigit(firstToken[0])) return true;
        // the rest of a number broken over a page (".673.044,55" under a repeated header's "Alokasi") is a row of its own
        if (firstToken.Length > 1 && firstToken[0] is '.' or ',' && char.IsAsciiDigit(firstToken[1]) && !lastToken.Any(char.IsAsciiDigit))
            return false;
        // a number broken by the printer (its first part is no whole number: "3.174." or "93.5") goes on
        if (IsNumberish(lastToken) && !WholeNumber().IsMatch(lastToken) && firstToken.Length > 0
            && (char.IsAsciiDigit(firstToken[0]) || firstToken[0] is '.' or ',') && IsNumberish(firstToken))
            return true;
        var first = next.Words[0].BoundingBox;
        if (above.Right + space + first.Width <= reach - 1.0) return false;
        string a = string.Join(' ', above.Words.Select(w => w.Text)), b = string.Join(' ', next.Words.Select(w => w.Text));
        bool aFull = above.Right >= reach - 2 * space;
        return !(WholeNumber().IsMatch(a) && !aFull && b.Length > 0 && (char.IsAsciiDigit(b[0]) || (b.Length > 1 && b[0] is '-' or '(' && char.IsAsciiDigit(b[1]))));
    }

    private static bool IsNumberish(string token) =>
        token.Length > 0 && token.Any(char.IsAsciiDigit) && token.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '%');

    /// <summary>Whether a line's part ends in a word no label ends with: a conjunction or preposition ("dan",
    /// "serta", "yang", "untuk", …), so the label goes on on the next line.</summary>
    private static bool EndsOpen(Segment part) =>
        part.Words[^1].Text.ToLowerInvariant() is "dan" or "serta" or "atau" or "yang" or "di" or "ke" or "dari" or "untuk"
            or "pada" or "dengan" or "dalam" or "oleh" or "terhadap" or "bagi" or "dan/atau";

    /// <summary>Whether a line's part in a column is the currency alone ("Rp." or "Rp"), printed on a line of its own
    /// above the amount it goes with.</summary>
    private static bool IsCurrency(Segment? part) =>
        part is { Words: [{ Text: "Rp." or "Rp" }] };

    /// <summary>The width of a space: the median white space between two words of a cell, or 2.5 points.</summary>
    private static double SpaceWidth(List<Line> lines)
    {
        var gaps = new List<double>();
        foreach (var s in lines.SelectMany(l => l.Segments))
        {
            for (int k = 1; k < s.Words.Count; k++) gaps.Add(s.Words[k].BoundingBox.Left - s.Words[k - 1].BoundingBox.Right);
        }
        gaps.RemoveAll(g => g <= 0);
        gaps.Sort();
        return gaps.Count > 0 ? gaps[gaps.Count / 2] : 2.5;
    }

    /// <summary>Words of one line that white space narrower than <see cref="Gutter"/> keeps together.</summary>
    private sealed record Segment(List<Word> Words, double Left, double Right)
    {
        public double Width => Right - Left;
    }

    /// <summary>One printed line: its words and its parts.</summary>
    private sealed class Line
    {
        public Line(List<Word> words)
        {
            Words = words;
            Top = words.Max(w => w.BoundingBox.Top);
            Bottom = words.Min(w => w.BoundingBox.Bottom);
            Right = words.Max(w => w.BoundingBox.Right);
            Text = string.Join(' ', words.Select(w => w.Text));
            var current = new List<Word> { words[0] };
            for (int k = 1; k < words.Count; k++)
            {
                if (words[k].BoundingBox.Left - words[k - 1].BoundingBox.Right > Gutter)
                {
                    Segments.Add(SegmentOf(current));
                    current = [];
                }
                current.Add(words[k]);
            }
            Segments.Add(SegmentOf(current));
        }

        private static Segment SegmentOf(List<Word> words) => new(words, words[0].BoundingBox.Left, words.Max(w => w.BoundingBox.Right));

        public List<Word> Words { get; }
        public List<Segment> Segments { get; } = [];
        public double Top { get; }
        public double Bottom { get; }
        public double Right { get; }
        public string Text { get; }
    }

    /// <summary>A column's extent: from its leftmost to its rightmost text.</summary>
    private sealed class Column(double left, double right)
    {
        public double Left { get; set; } = left;
        public double Right { get; set; } = right;
    }
}
