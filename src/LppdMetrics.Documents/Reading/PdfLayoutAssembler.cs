using System.Text;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// Turns the laid-out pages of a PDF into document blocks: drops the running header and footer, puts the part of a
/// table that goes on at the top of the next page on the whole table's column grid (as a table of its own with its
/// repeated header, as a text conversion gives it, for the recognisers to join), gives the rest of a merged cell broken
/// over the page back to the cell (<see cref="JoinMergedCells"/>), joins wrapped lines into paragraphs, and numbers
/// the tables and rows.
/// </summary>
internal static class PdfLayoutAssembler
{
    /// <summary>The blocks of the document, in reading order.</summary>
    public static List<DocumentBlock> Assemble(List<PdfPageLayout> pages)
    {
        DropRunningLines(pages);
        var lines = pages.SelectMany(p => p.Items.OfType<PdfTextLine>()).ToList();
        double right = lines.Count > 0 ? lines.Max(l => l.Right) : 0, left = lines.Count > 0 ? lines.Min(l => l.Left) : 0;
        double wrapFrom = right - 0.2 * (right - left);

        var blocks = new List<DocumentBlock>();
        // the parts of the table still open, one a page, each going on from the one before at the top of the next
        // page; built when the table ends, all on the union of their column edges (a page where no row separates
        // two columns, or where a column is empty, lacks that edge), so that every part has the table's columns
        var parts = new List<TableBuilder>();
        ParagraphBuilder? paragraph = null;
        int tableCount = 0;
        void CloseParagraph()
        {
            if (paragraph is not null) blocks.Add(new DocumentParagraph(paragraph.Text.ToString(), new SourceLocation { Page = paragraph.Page }));
            paragraph = null;
        }
        void CloseTable()
        {
            var edges = parts.SelectMany(part => part.Columns).ToArray();
            DocumentTable? before = null;
            foreach (var part in parts)
            {
                var built = part.Build(edges);
                if (before is not null)
                {
                    (before, built) = JoinMergedCells(before, built);
                    blocks[^1] = before;
                }
                blocks.Add(built);
                before = built;
            }
            parts.Clear();
        }
        foreach (var page in pages)
        {
            for (int k = 0; k < page.Items.Count; k++)
            {
                switch (page.Items[k])
                {
                    case PdfTableGrid grid:
                        CloseParagraph();
                        // a part that goes on at the top of the next page stays a table of its own, its repeated
                        // header kept, as a text conversion gives it (the recognisers join such parts); a part with
                        // no rules laid on the columns of the one that ended the previous page goes on with it even
                        // when it has a column more (one the previous page left empty)
                        var open = parts.Count > 0 ? parts[^1] : null;
                        bool continues = open is not null && k == 0 && open.LastPage == page.Number - 1 && open.EndedPage
                                         && (SameFrame(open.Columns, grid.ColumnEdges) || (grid.GoesOn && !open.Ruled));
                        if (!continues) CloseTable();
                        parts.Add(new TableBuilder(++tableCount, grid, page.Number) { EndedPage = k == page.Items.Count - 1 });
                        break;
                    case PdfTextLine line:
                        CloseTable();
                        // a line goes on the paragraph above when that one's last line ran to the right margin (it
                        // wrapped) and this line follows at line spacing; over a page break, when the paragraph
                        // ended its page and this line starts the next, unless a sentence ended there
                        bool joins = paragraph is not null && paragraph.LastRight >= wrapFrom
                            && (paragraph.LastPage == page.Number
                                ? paragraph.LastBottom - line.Top <= 0.8 * line.Height
                                : k == 0 && paragraph.EndedPage && paragraph.LastPage == page.Number - 1 && !EndsSentence(paragraph.Text));
                        if (joins)
                        {
                            paragraph!.Text.Append(' ').Append(line.Text);
                        }
                        else
                        {
                            CloseParagraph();
                            paragraph = new ParagraphBuilder(page.Number);
                            paragraph.Text.Append(line.Text);
                        }
                        paragraph.LastPage = page.Number;
                        paragraph.LastRight = line.Right;
                        paragraph.LastBottom = line.Bottom;
                        paragraph.EndedPage = k == page.Items.Count - 1;
                        break;
                }
            }
        }
        CloseParagraph();
        CloseTable();
        return blocks;
    }

    /// <summary>
    /// Drops the running header and footer: the top-most or bottom-most line of a page, in the page's outer tenth,
    /// whose text (digits taken as one) is the top-most or bottom-most line of at least two pages and of at
    /// least three in ten pages. A header or footer wrapped over two or three lines ("… Kabupaten Tanjungsari" over
    /// "Tahun 2024") is dropped line by line: the line next to a dropped one, on the pages where one was dropped, is
    /// looked at again the same way.
    /// </summary>
    private static void DropRunningLines(List<PdfPageLayout> pages)
    {
        var (tops, bottoms) = DropRunningLines(pages, pages, pages);
        for (int pass = 1; pass < 3 && (tops.Count > 0 || bottoms.Count > 0); pass++)
            (tops, bottoms) = DropRunningLines(pages, tops, bottoms);
    }

    /// <summary>One pass of <see cref="DropRunningLines(List{PdfPageLayout})"/> over the top lines of <paramref name="tops"/>
    /// and the bottom lines of <paramref name="bottoms"/>; returns the pages whose top or bottom line was dropped.</summary>
    private static (List<PdfPageLayout> Tops, List<PdfPageLayout> Bottoms) DropRunningLines(List<PdfPageLayout> pages,
        IReadOnlyCollection<PdfPageLayout> tops, IReadOnlyCollection<PdfPageLayout> bottoms)
    {
        static string Key(PdfTextLine line)
        {
            var sb = new StringBuilder(line.Text.Length);
            foreach (char c in line.Text)
            {
                if (!char.IsAsciiDigit(c)) sb.Append(c);
                else if (sb.Length == 0 || sb[^1] != '#') sb.Append('#');
            }
            return sb.ToString();
        }
        var candidates = new List<(PdfPageLayout Page, PdfTextLine Line, bool Top)>();
        foreach (var page in pages)
        {
            if (page.Items.Count == 0) continue;
            if (tops.Contains(page) && page.Items[0] is PdfTextLine top && top.Top >= 0.9 * page.Height) candidates.Add((page, top, true));
            if (bottoms.Contains(page) && page.Items[^1] is PdfTextLine bottom && bottom.Bottom <= 0.1 * page.Height && !ReferenceEquals(bottom, page.Items[0]))
                candidates.Add((page, bottom, false));
        }
        var (droppedTops, droppedBottoms) = (new List<PdfPageLayout>(), new List<PdfPageLayout>());
        foreach (var group in candidates.GroupBy(c => Key(c.Line)))
        {
            int count = group.Select(c => c.Page.Number).Distinct().Count();
            if (count < 2 || count < 0.3 * pages.Count) continue;
            foreach (var (page, line, top) in group)
            {
                page.Items.Remove(line);
                (top ? droppedTops : droppedBottoms).Add(page);
            }
        }
        return (droppedTops, droppedBottoms);
    }

    /// <summary>Whether two parts can be one table: the same frame (left and right edges within 2 points), and the
    /// column edges of one among those of the other (a page where no row separates two columns lacks that edge).</summary>
    private static bool SameFrame(double[] a, double[] b)
    {
        static bool Within(double[] small, double[] large) => small.All(x => large.Any(y => Math.Abs(x - y) <= 2.0));
        return Math.Abs(a[0] - b[0]) <= 2.0 && Math.Abs(a[^1] - b[^1]) <= 2.0 && (Within(a, b) || Within(b, a));
    }

    /// <summary>
    /// A cell merged down over rows that the printer broke over a page (a "Sasaran" over its indicators): the rest of
    /// its text is printed in the first row of the part on the next page, whose first column (the row's key, "No") is
    /// empty. That rest goes back to the cell's text on the previous page (the last row there with text in that
    /// column), as the DOCX and the text give it. The merged columns are those between the key and the label of the
    /// row's first number (the column before its first number): "Total" or "Indeks SPBE" are new cells.
    /// </summary>
    internal static (DocumentTable Before, DocumentTable After) JoinMergedCells(DocumentTable before, DocumentTable after)
    {
        static string Squeeze(DocumentRow row) => string.Join('|', row.Cells.Select(c => c.Text.Replace(" ", "", StringComparison.Ordinal)));
        if (before.Rows.Count == 0 || after.Rows.Count == 0) return (before, after);
        int first = after.Rows.Count > 1 && Squeeze(after.Rows[0]) == Squeeze(before.Rows[0]) ? 1 : 0;
        var row = after.Rows[first];
        if (row.Cells.Count < 3 || row.Cells[0].Text.Length > 0) return (before, after);
        int number = -1;
        for (int c = 1; c < row.Cells.Count && number < 0; c++)
        {
            string text = row.Cells[c].Text.Trim();
            if (text.Length > 0 && (char.IsAsciiDigit(text[0]) || text.StartsWith("Rp", StringComparison.Ordinal)) && text.Any(char.IsAsciiDigit)) number = c;
        }
        if (number < 2 || row.Cells[number - 1].Text.Length == 0) return (before, after);
        var beforeRows = before.Rows.ToList();
        var cells = row.Cells.ToList();
        bool changed = false;
        for (int c = 1; c < number - 1; c++)
        {
            if (cells[c].Text.Length == 0) continue;
            int target = beforeRows.FindLastIndex(r => r.Cells.Count > c && r.Cells[c].Text.Length > 0);
            if (target <= 0) continue; // never into the header row
            var targetCells = beforeRows[target].Cells.ToList();
            targetCells[c] = targetCells[c] with { Text = targetCells[c].Text + " " + cells[c].Text };
            beforeRows[target] = beforeRows[target] with { Cells = targetCells };
            cells[c] = cells[c] with { Text = "" };
            changed = true;
        }
        if (!changed) return (before, after);
        var afterRows = after.Rows.ToList();
        afterRows[first] = row with { Cells = cells };
        return (before with { Rows = beforeRows }, after with { Rows = afterRows });
    }

    private static bool EndsSentence(StringBuilder text) => text.Length > 0 && text[^1] is '.' or ':' or '!' or '?';

    private sealed class ParagraphBuilder(int page)
    {
        public int Page { get; } = page;
        public int LastPage { get; set; } = page;
        public StringBuilder Text { get; } = new();
        public double LastRight { get; set; }
        public double LastBottom { get; set; }
        public bool EndedPage { get; set; }
    }

    /// <summary>
    /// One printed part of a table. Each part has its own column edges (a column that no row of a page separates has
    /// no rule there; a column a page leaves empty has no white space to find), so its grid is the union of the edges
    /// of all the table's parts, and each cell goes to the grid column where its left edge stands.
    /// </summary>
    private sealed class TableBuilder(int index, PdfTableGrid grid, int page)
    {
        public double[] Columns => grid.ColumnEdges;
        public bool Ruled => grid.Ruled;
        public int LastPage => page;
        public bool EndedPage { get; init; }

        /// <summary>The part's cells on the column grid of <paramref name="tableEdges"/> (the edges of all the table's
        /// parts; edges within 2 points are one).</summary>
        public DocumentTable Build(double[] tableEdges)
        {
            var edges = new List<double>();
            foreach (double x in grid.ColumnEdges.Concat(tableEdges).Order())
            {
                if (edges.Count == 0 || x - edges[^1] > 2.0) edges.Add(x);
            }
            // A column narrower than the 2-point tolerance (the text of a page turned by /Rotate runs down the page,
            // each letter a column of its own) shares its grid column with the one it touches, or is the last one
            // when it touches the table's right edge: its text is added to that cell, never written over it.
            int last = Math.Max(edges.Count - 2, 0);
            var map = grid.ColumnEdges[..^1].Select(x => Math.Min(edges.FindIndex(e => Math.Abs(e - x) <= 2.0), last)).ToArray();
            var built = new List<DocumentRow>(grid.Cells.Length);
            for (int r = 0; r < grid.Cells.Length; r++)
            {
                var at = new SourceLocation { Page = page, Table = index, Row = r + 1 };
                var texts = Enumerable.Repeat("", last + 1).ToArray();
                for (int c = 0; c < grid.Cells[r].Length; c++)
                {
                    string text = grid.Cells[r][c];
                    ref string cell = ref texts[map[c]];
                    cell = cell.Length == 0 ? text : text.Length == 0 ? cell : cell + " " + text;
                }
                built.Add(new DocumentRow(texts.Select((text, c) => new DocumentCell(text, at with { Column = c + 1 })).ToList(), at));
            }
            return new DocumentTable(built, built[0].Location with { Row = null }) { Doubt = grid.Doubt };
        }
    }
}
