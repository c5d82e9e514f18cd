using System.Text.RegularExpressions;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// Turns the blocks of a document into <see cref="LogicalTable"/>s: finds each table's "Tabel X" caption and title
/// in the paragraphs before it, joins a table continued after a page break (only blank lines or a bare page number
/// between two tables with the same number of columns, no caption between; or a caption "Tabel X (lanjutan)" /
/// "Lanjutan Tabel X" before a table with the columns of the table X just before it), drops repeated header rows, and
/// joins a cell wrapped onto a row of its own to the cell above. A continuation caption that names no such table
/// leaves its table unread (<see cref="LogicalTable.Doubt"/>): its totals close rows printed elsewhere.
/// </summary>
internal static partial class TableAssembler
{
    /// <summary>How many paragraphs before a table are searched for its caption.</summary>
    private const int CaptionLookBack = 4;

    /// <summary>Assembles the logical tables of <paramref name="content"/>, in document order.</summary>
    public static List<LogicalTable> Assemble(DocumentContent content)
    {
        var result = new List<LogicalTable>();
        var paragraphs = new List<DocumentParagraph>(); // since the last table
        Builder? current = null;
        Builder? last = null; // the builder of result[^1]
        DocumentParagraph? repeated = null; // a heading of the open table repeated at the top of the next page
        foreach (var block in content.Blocks)
        {
            if (block is DocumentParagraph p)
            {
                if (IsPageNoise(p.Text)) continue;
                if (current is not null && repeated is null && current.RepeatsHeading(p)) { repeated = p; continue; }
                if (current is not null) { result.Add(current.Build(result.Count + 1)); last = current; current = null; }
                if (repeated is not null) { paragraphs.Add(repeated); repeated = null; }
                paragraphs.Add(p);
                continue;
            }
            repeated = null;
            var table = (DocumentTable)block;
            // a Markdown table with no header row of its own (pandoc's from a Word table without one) prints an empty
            // header over its rule row: no row of the table, and the table's own header follows it
            if (table.Rows.Count > 2 && table.Rows[0].Cells.All(c => PrintedCell.Plain(c.Text).Length == 0) && IsRule(table.Rows[1]))
                table = table with { Rows = table.Rows.Skip(1).ToList() };
            table = table with { Rows = table.Rows.Where(r => !IsRule(r)).ToList() };
            // a caption printed as the table's first row, one cell across it ("Tabel 2.3.1 …"), goes before the table;
            // a source note printed as its last row ("Sumber: …") is no row of it
            if (table.Rows.Count > 1 && OnlyText(table.Rows[0]) is { } caption && CaptionLine().IsMatch(caption))
            {
                paragraphs.Add(new DocumentParagraph(caption, table.Rows[0].Location));
                table = table with { Rows = table.Rows.Skip(1).ToList() };
            }
            while (table.Rows.Count > 1 && OnlyText(table.Rows[^1]) is { } note && SourceNote().IsMatch(note))
                table = table with { Rows = table.Rows.Take(table.Rows.Count - 1).ToList() };
            if (table.Rows.Count == 0) continue;
            int columns = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells.Count);
            if (current is not null && paragraphs.Count == 0 && columns == current.Columns)
            {
                current.Continue(table);
                continue;
            }
            if (current is not null && paragraphs.Count == 0 && table.Rows.All(IsClosingRow))
            {
                current.Continue(table with { Rows = table.Rows.Select(r => Realign(r, current.Columns)).ToList() });
                continue;
            }
            if (current is not null) { result.Add(current.Build(result.Count + 1)); last = current; current = null; }
            var (number, title) = Caption(paragraphs);
            string? continues = ContinuedNumber(paragraphs);
            var headings = paragraphs.TakeLast(CaptionLookBack).Select(h => Squeezed(h.Text)).Where(h => h.Length > 0).ToList();
            paragraphs.Clear();
            if (continues is not null && last is not null && last.Number == continues && last.Columns == columns)
            {
                // "Tabel 3.2 (lanjutan)": the rows of the table 3.2 just before, its header repeated
                result.RemoveAt(result.Count - 1);
                current = last;
                current.Continue(table);
                continue;
            }
            current = new Builder(table, columns, number, title,
                continues is null ? null : $"a continuation of Tabel {continues} ('{title}') that follows no table {continues} with its {columns} columns: its rows and totals belong to a table printed elsewhere")
            { Headings = headings };
        }
        if (current is not null) result.Add(current.Build(result.Count + 1));
        return result;
    }

    /// <summary>The table captions ("Tabel 2.3 …") among the paragraphs of <paramref name="content"/>: each caption's
    /// number and place, in document order.</summary>
    public static List<(string Number, SourceLocation Location)> Captions(DocumentContent content) =>
        content.Blocks.OfType<DocumentParagraph>()
            .Select(p => (Match: CaptionLine().Match(PrintedCell.Plain(p.Text)), p.Location))
            .Where(x => x.Match.Success)
            .Select(x => (x.Match.Groups[1].Value.TrimEnd('.'), x.Location)).ToList();

    /// <summary>The first paragraphs of the document, for the title (region and year).</summary>
    public static IEnumerable<string> LeadingText(DocumentContent content, int count) =>
        content.Blocks.OfType<DocumentParagraph>().Take(count).Select(p => PrintedCell.Plain(p.Text));

    /// <summary>The text of a row's one filled cell (markup removed), or null when it has none or several.</summary>
    private static string? OnlyText(DocumentRow row)
    {
        var filled = row.Cells.Select(c => PrintedCell.Plain(c.Text)).Where(t => t.Length > 0).ToList();
        return filled.Count == 1 ? filled[0] : null;
    }

    /// <summary>A markdown rule row ("--- | ---"): not a row of the table.</summary>
    private static bool IsRule(DocumentRow row) =>
        row.Cells.All(c => RuleCell().IsMatch(c.Text)) && row.Cells.Any(c => c.Text.Contains('-', StringComparison.Ordinal));

    /// <summary>
    /// A row that closes a table ("Capaian Kinerja" or another mean label, "Rata-rata", "Jumlah", "Total", "Tingkat efisiensi" and its values), printed
    /// after a page break as a table of its own with fewer columns.
    /// </summary>
    private static bool IsClosingRow(DocumentRow row)
    {
        string first = row.Cells.Count > 0 ? PrintedCell.Plain(row.Cells[0].Text).ToLowerInvariant() : "";
        return row.Cells.Count >= 2 && (TableRecognizer.IsMeanLabel(first) || TableRecognizer.IsBareMeanLabel(first) || TableRecognizer.IsTotal(first, last: false)
            || first.StartsWith("tingkat efisiensi", StringComparison.Ordinal));
    }

    /// <summary>A closing row realigned to <paramref name="columns"/>: its label in the first column, its values in the last.</summary>
    private static DocumentRow Realign(DocumentRow row, int columns)
    {
        if (row.Cells.Count >= columns) return row;
        var cells = new DocumentCell[columns];
        int shift = columns - row.Cells.Count;
        for (int c = 0; c < columns; c++)
            cells[c] = c == 0 ? row.Cells[0]
                : c - shift >= 1 ? row.Cells[c - shift]
                : new DocumentCell("", row.Location with { Column = c + 1 });
        return row with { Cells = cells };
    }

    private static bool IsPageNoise(string text)
    {
        string plain = PrintedCell.Plain(text);
        return plain.Length == 0 || PageNumber().IsMatch(plain);
    }

    /// <summary>
    /// The number of the table that the caption of <paramref name="paragraphs"/> continues ("Tabel 3.2 (lanjutan)",
    /// "Tabel 3.2 Lanjutan", "Lanjutan Tabel 3.2", "(sambungan)"), or null when the caption is no continuation.
    /// </summary>
    private static string? ContinuedNumber(List<DocumentParagraph> paragraphs)
    {
        for (int i = paragraphs.Count - 1; i >= Math.Max(0, paragraphs.Count - CaptionLookBack); i--)
        {
            string plain = PrintedCell.Plain(paragraphs[i].Text);
            var match = ContinuationCaption().Match(plain);
            if (match.Success) return match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            if (CaptionLine().IsMatch(plain)) return null;
        }
        return null;
    }

    private static (string? Number, string Title) Caption(List<DocumentParagraph> paragraphs)
    {
        int from = Math.Max(0, paragraphs.Count - CaptionLookBack);
        for (int i = paragraphs.Count - 1; i >= from; i--)
        {
            var match = CaptionLine().Match(PrintedCell.Plain(paragraphs[i].Text));
            if (!match.Success) continue;
            string number = match.Groups[1].Value.TrimEnd('.');
            var title = new List<string> { "Tabel " + number };
            if (match.Groups[2].Value.Trim() is { Length: > 0 } rest) title.Add(rest);
            for (int k = i + 1; k < paragraphs.Count; k++)
                title.Add(PrintedCell.Plain(paragraphs[k].Text));
            return (number, string.Join(' ', title.Where(t => t.Length > 0)));
        }
        string fallback = paragraphs.Count > 0 ? PrintedCell.Plain(paragraphs[^1].Text) : "";
        return (null, fallback.Length > 120 ? fallback[..120] + "…" : fallback);
    }

    /// <summary>
    /// A header row: no number (bare years aside) and some text over a column that holds numbers. A row whose first
    /// cell numbers it ("1.") is a body row even when none of its values can be read ("1/1"): taking it for a header
    /// would leave it out of the table's totals.
    /// </summary>
    internal static bool IsHeaderLike(DocumentRow row, ISet<int> valueColumns)
    {
        if (row.Cells.Count > 1 && PrintedCell.IsNumbering(row.Cells[0].Text)) return false;
        bool overValues = false;
        for (int c = 0; c < row.Cells.Count; c++)
        {
            string text = row.Cells[c].Text;
            var cell = PrintedCell.Of(row.Cells[c]);
            if (cell.IsNumber && !PrintedCell.IsYear(text)) return false;
            if (!cell.IsEmpty && valueColumns.Contains(c)) overValues = true;
        }
        return overValues;
    }

    /// <summary>The columns that hold a number (not a bare year) in some row.</summary>
    internal static HashSet<int> ValueColumns(IEnumerable<DocumentRow> rows)
    {
        var set = new HashSet<int>();
        foreach (var row in rows)
            for (int c = 0; c < row.Cells.Count; c++)
                if (!set.Contains(c) && PrintedCell.Of(row.Cells[c]).IsNumber && !PrintedCell.IsYear(row.Cells[c].Text))
                    set.Add(c);
        return set;
    }

    /// <summary>A paragraph's text with markup and white space removed, to compare a repeated heading with its first print.</summary>
    private static string Squeezed(string text) => string.Concat(PrintedCell.Plain(text).Where(c => !char.IsWhiteSpace(c)));

    private sealed class Builder(DocumentTable first, int columns, string? number, string title, string? doubt = null)
    {
        private readonly List<DocumentTable> _parts = [first];

        /// <summary>The paragraphs printed right before the table (its caption and title, or a heading merged across
        /// it that a PDF gives as a line of text), white space removed.</summary>
        public IReadOnlyList<string> Headings { get; init; } = [];

        /// <summary>
        /// Whether <paramref name="paragraph"/> is a heading of this table printed again at the top of a later page
        /// (a header row merged across the table, repeated on each page, that a PDF gives as a line of text): a page
        /// later than the table's last part, the text of a paragraph printed right before the table or of its first
        /// row's one cell. A caption ("Tabel 3.2") is not taken for one: a table of that number after it is another print.
        /// </summary>
        public bool RepeatsHeading(DocumentParagraph paragraph)
        {
            if (paragraph.Location.Page is not { } page || _parts[^1].Location.Page is not { } lastPage || page <= lastPage) return false;
            string plain = PrintedCell.Plain(paragraph.Text);
            if (CaptionLine().IsMatch(plain)) return false;
            string text = Squeezed(plain);
            return Headings.Contains(text, StringComparer.Ordinal)
                || (_parts[0].Rows.Count > 0 && OnlyText(_parts[0].Rows[0]) is { } cell && Squeezed(cell) == text);
        }

        public int Columns { get; } = columns;

        /// <summary>The printed caption number, or null.</summary>
        public string? Number { get; } = number;

        public void Continue(DocumentTable table) => _parts.Add(table);

        public LogicalTable Build(int index)
        {
            var all = _parts.SelectMany(p => p.Rows).ToList();
            var valueColumns = ValueColumns(all);
            var header = new List<DocumentRow>();
            var firstRows = _parts[0].Rows;
            int k = 0;
            if (firstRows.Count > 0) header.Add(firstRows[k++]);
            while (k < firstRows.Count && IsHeaderLike(firstRows[k], valueColumns)) header.Add(firstRows[k++]);
            var body = new List<DocumentRow>(firstRows.Skip(k));
            foreach (var part in _parts.Skip(1))
            {
                int j = 0;
                while (j < part.Rows.Count && j < header.Count + 1 && !IsNumberTail(part.Rows[j]) && IsHeaderLike(part.Rows[j], valueColumns)) j++;
                if (j < part.Rows.Count && body.Count > 0 && IsNumberTail(part.Rows[j]))
                    body[^1] = JoinTail(body[^1], part.Rows[j++]);
                body.AddRange(part.Rows.Skip(j));
            }
            body = JoinWrapped(body);
            body = JoinCurrencyMarks(header, body);
            var lastRow = _parts[^1].Rows.Count > 0 ? _parts[^1].Rows[^1] : null;
            // the widest row of every part, after the joins: a continuation may be wider than the first part
            int columns = header.Concat(body).Select(r => r.Cells.Count).Append(Columns).Max();
            return new LogicalTable(index, Number, title.Length == 0 ? "table " + index : title, header, body, columns,
                _parts[0].Location, lastRow?.Location.Line, _parts.Count, _parts.Select(p => p.Doubt).FirstOrDefault(d => d is not null) ?? doubt);
        }

        /// <summary>A row whose every filled cell starts with a separator (".673.044, 55"): the tail of numbers cut by a page break.</summary>
        private static bool IsNumberTail(DocumentRow row)
        {
            var filled = row.Cells.Where(c => PrintedCell.Plain(c.Text).Length > 0).ToList();
            return filled.Count > 0 && filled.All(c => PrintedCell.Plain(c.Text) is [ '.' or ',', >= '0' and <= '9', ..]);
        }

        /// <summary>Joins the tails of <paramref name="tail"/> to the cells of <paramref name="row"/>, column by column.</summary>
        private static DocumentRow JoinTail(DocumentRow row, DocumentRow tail)
        {
            int n = Math.Max(row.Cells.Count, tail.Cells.Count);
            var cells = new DocumentCell[n];
            for (int c = 0; c < n; c++)
            {
                var top = c < row.Cells.Count ? row.Cells[c] : new DocumentCell("", row.Location with { Column = c + 1 });
                string more = c < tail.Cells.Count ? tail.Cells[c].Text.Trim() : "";
                cells[c] = more.Length == 0 ? top : top with { Text = (top.Text.TrimEnd() + " " + more).Trim() };
            }
            return row with { Cells = cells };
        }

        /// <summary>
        /// A column printing nothing but a currency mark ("Rp", "Rp.") before a column with no header of its own holding
        /// the amounts ("Anggaran | | Realisasi | |" over "Rp | 1.000.000 | Rp | 900.000"): the mark and the amount are
        /// one cell, put in the marked column under its header, the amount's cell left empty.
        /// </summary>
        private static List<DocumentRow> JoinCurrencyMarks(List<DocumentRow> header, List<DocumentRow> body)
        {
            int n = body.Count == 0 ? 0 : body.Max(r => r.Cells.Count);
            for (int c = 0; c + 1 < n; c++)
            {
                var marks = body.Where(r => c < r.Cells.Count && PrintedCell.Plain(r.Cells[c].Text).Length > 0).ToList();
                if (marks.Count == 0 || !marks.All(r => CurrencyMark().IsMatch(PrintedCell.Plain(r.Cells[c].Text)))
                    || header.Any(r => PrintedCell.Plain(LogicalTable.Text(r, c + 1)).Length > 0))
                    continue;
                body = body.Select(row =>
                {
                    if (c + 1 >= row.Cells.Count || PrintedCell.Plain(row.Cells[c].Text).Length == 0) return row;
                    var cells = row.Cells.ToArray();
                    cells[c] = cells[c] with { Text = cells[c].Text.Trim() + " " + cells[c + 1].Text.Trim() };
                    cells[c + 1] = cells[c + 1] with { Text = "" };
                    return row with { Cells = cells };
                }).ToList();
            }
            return body;
        }

        /// <summary>
        /// A row with one text cell and nothing else, under a row whose cell in that column is text too, is that
        /// cell wrapped onto a row of its own (a long program name cut by the page): its text is joined to the cell above.
        /// </summary>
        private static List<DocumentRow> JoinWrapped(List<DocumentRow> rows)
        {
            var result = new List<DocumentRow>(rows.Count);
            foreach (var row in rows)
            {
                var filled = row.Cells.Select((c, i) => (c, i)).Where(x => PrintedCell.Plain(x.c.Text).Length > 0).ToList();
                if (result.Count > 0 && filled.Count == 1 && !PrintedCell.Of(filled[0].c).IsNumber)
                {
                    var above = result[^1];
                    int col = filled[0].i;
                    if (col < above.Cells.Count && above.Cells[col] is { } up && PrintedCell.Plain(up.Text).Length > 0
                        && !PrintedCell.Of(up).IsNumber && !PrintedCell.IsNumbering(up.Text))
                    {
                        var cells = above.Cells.ToArray();
                        cells[col] = up with { Text = up.Text + " " + filled[0].c.Text.Trim() };
                        result[^1] = above with { Cells = cells };
                        continue;
                    }
                }
                result.Add(row);
            }
            return result;
        }
    }

    /// <summary>
    /// A table's printed number after "Tabel" (or "Table"): "3.2", "4.3.2.1", "3-2", or in Roman numerals "II.1", "III.2.1"
    /// (upper case, a whole word: "Tabel ini", "Tabel Indikator" are no caption).
    /// </summary>
    private const string TableNumber = @"(?:[0-9]+|(?-i:[IVXL]+)(?![\p{L}\d]))(?:[.\-][0-9A-Za-z]+)*";

    [GeneratedRegex(@"^Tab(?:el|le)\s+(" + TableNumber + @"\.?)\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLine();

    /// <summary>"Lanjutan Tabel 3.2" (group 1) or "Tabel 3.2 (lanjutan)", "Tabel 3.2. Lanjutan", "Tabel 3.2 (Lanj.)", "Tabel 3.2 (sambungan)" (group 2); also "Table", Roman numerals ("Tabel II.2 (lanjutan)").</summary>
    [GeneratedRegex(@"^\(?\s*(?:lanjutan|sambungan)\s*\)?\s*:?\s*Tab(?:el|le)\s+(" + TableNumber + @")\.?(?:\s|$)|^Tab(?:el|le)\s+(" + TableNumber + @")\.?\s*[(\[]?\s*(?:lanjutan|lanj\.|sambungan)", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuationCaption();

    [GeneratedRegex(@"^(?:Halaman\s+|Hal\.?\s*)?\d{1,4}$|^-\s*\d{1,4}\s*-$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    /// <summary>A note under a table: "Sumber: …", "Keterangan: …", "Catatan: …", "Ket.: …".</summary>
    [GeneratedRegex(@"^(?:Sumber(?:\s+data)?|Keterangan|Catatan|Ket\.?)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex SourceNote();

    /// <summary>A currency mark printed alone in a cell: "Rp", "Rp.", "IDR" (markup aside).</summary>
    [GeneratedRegex(@"^(?:Rp\.?|IDR)$", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyMark();

    [GeneratedRegex(@"^\s*:?-*:?\s*$")]
    private static partial Regex RuleCell();

}
