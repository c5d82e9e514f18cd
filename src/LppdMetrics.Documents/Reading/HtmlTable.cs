using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// HTML tables inside a Markdown text, as pandoc writes a Word table that its Markdown cannot hold (cells merged across
/// columns or rows, cells of several paragraphs: <c>pandoc -t commonmark</c>, <c>-t markdown</c> when a table fits no
/// other kind): a <c>&lt;table&gt;</c> beginning a line up to its <c>&lt;/table&gt;</c>, read on the HTML table model
/// into the rows the other readers give (a cell merged across columns, <c>colspan</c>, is its text then empty cells; a
/// cell merged down, <c>rowspan</c>, is empty in the rows below its first, within its row group). A cell's text is read
/// as a Word cell's: entities decoded (<c>&amp;nbsp;</c>, <c>&amp;amp;</c>, <c>&amp;#44;</c>), <c>&lt;br&gt;</c> and the
/// start and end of a paragraph or other block a line end (<see cref="DocxDocumentReader.LineEnd"/>), a superscript
/// kept as <c>&lt;sup&gt;</c> (as the DOCX reader gives it), other inline markup dropped, a table nested in the cell
/// flattened into its text. The table's <c>&lt;caption&gt;</c> is a paragraph before it. The end tags HTML lets out
/// (<c>&lt;/td&gt;</c>, <c>&lt;/tr&gt;</c>, a row group's) are implied; anything else the table model does not allow
/// (text or another element between rows, a cell outside a row, cells that overlap, a span that is no number, a footer
/// before rows, an unclosed table, tag or comment, a script or style in a cell, tables nested over
/// <see cref="MaxNesting"/> deep, over <see cref="MaxColumns"/> columns or <see cref="MaxCells"/> cells) is refused at its line, as are the tags of a
/// table anywhere but in a table read (a <c>&lt;table&gt;</c> inside a line, a stray <c>&lt;td&gt;</c>). Reading is one
/// pass with a stack no deeper than <see cref="MaxNesting"/>.
/// </summary>
internal static partial class HtmlTable
{
    /// <summary>The most tables nested in each other's cells (a Word table nests a few at most).</summary>
    public const int MaxNesting = 16;

    /// <summary>The most columns a row lays out (HTML allows a colspan up to 1000; Word 63 columns).</summary>
    public const int MaxColumns = 1000;

    /// <summary>The most cells the HTML tables of one text lay out, the empty ones a colspan adds included (the 290
    /// tables of the Blitar report lay out some 15 000); a colspan of 1000 on every cell of a crafted text would
    /// otherwise make a thousand cells of every few bytes.</summary>
    public const int MaxCells = 1_000_000;

    /// <summary>The HTML tables of <paramref name="lines"/> by the 0-based index of the line each begins: the index of
    /// its last line and its blocks (its caption's paragraph, if any, then the table; none for a table with no row).</summary>
    /// <exception cref="DocumentReadException">A table breaks the HTML table model, or a table's tag stands outside one.</exception>
    public static Dictionary<int, (int Last, List<DocumentBlock> Blocks)> Find(IReadOnlyList<string> lines)
    {
        var found = new Dictionary<int, (int, List<DocumentBlock>)>();
        int cells = 0; // laid out by the tables read so far
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            if (!line.Contains('<')) continue;
            if (TableStart().IsMatch(line))
            {
                var reader = new Reader(lines, i, cells);
                found[i] = reader.Read();
                i = reader.Last;
                cells = reader.Cells;
                continue;
            }
            if (TableTag().Match(line) is { Success: true } stray)
                throw Refusal(i, $"{stray.Value.TrimEnd('>', ' ', '\t', '/')}> outside a table that begins a line");
        }
        return found;
    }

    private static DocumentReadException Refusal(int index, string why) =>
        new($"an HTML table at line {index + 1}: {why}: its cells cannot be told apart; convert as pipe or grid tables (pandoc -t gfm, or -t markdown --columns=1000), or audit the DOCX itself.",
            SourceLocation.AtLine(index + 1));

    /// <summary>Reads one table, from the line where its <c>&lt;table&gt;</c> begins.</summary>
    private sealed class Reader(IReadOnlyList<string> lines, int first, int cells)
    {
        private enum Level { Table, Caption, Row, Cell }

        private readonly List<Level> _stack = []; // the open levels, the outermost table first; at most 3 × MaxNesting + 1
        private readonly List<DocumentRow> _rows = [];
        private readonly List<int> _pending = []; // rows each column is still covered by a rowspan from above
        private readonly List<(int Column, int Span, int Rows)> _spans = []; // this row's new rowspans
        private List<DocumentCell>? _row;
        private int _rowLine, _column, _colspan, _rowspan, _tables;
        private StringBuilder? _cell, _caption;
        private int _captionLine;
        private bool _footSeen, _inFoot;
        private int _line; // the 0-based line read
        private int _at;   // the index in it

        /// <summary>The 0-based index of the table's last line, once read.</summary>
        public int Last => _line;

        /// <summary>The cells laid out by the tables read so far, this one included.</summary>
        public int Cells => cells;

        public (int, List<DocumentBlock>) Read()
        {
            _line = first;
            _at = 0;
            var blocks = new List<DocumentBlock>();
            var text = new StringBuilder();
            while (true)
            {
                if (_at >= lines[_line].Length)
                {
                    if (_line + 1 >= lines.Count) throw Refusal(first, "the table is never closed (no </table>)");
                    Text(text.Append('\n'));
                    _line++;
                    _at = 0;
                    continue;
                }
                char c = lines[_line][_at];
                if (c != '<' || !Markup())
                {
                    text.Append(c);
                    _at++;
                    continue;
                }
                Text(text);
                if (Tag() is not { } tag) continue; // a comment
                if (Apply(tag, blocks)) break;
            }
            if (!lines[_line].AsSpan(_at).IsWhiteSpace())
                throw Refusal(_line, "text after the </table> on its line");
            if (_rows.Count > 0) blocks.Add(new DocumentTable(_rows, _rows[0].Location));
            return (_line, blocks);
        }

        /// <summary>True when the '&lt;' at the cursor begins markup: a tag, an end tag or a comment; otherwise it is text.</summary>
        private bool Markup()
        {
            var rest = lines[_line].AsSpan(_at + 1);
            return rest.Length > 0 && (char.IsAsciiLetter(rest[0]) || rest[0] == '!' || rest[0] == '?' || (rest[0] == '/' && rest.Length > 1 && char.IsAsciiLetter(rest[1])));
        }

        /// <summary>Takes the text read since the last tag (entities decoded) into the open cell or caption; white
        /// space only anywhere else.</summary>
        private void Text(StringBuilder raw)
        {
            if (raw.Length == 0) return;
            if (_stack.Count == 0)
            {
                raw.Clear(); // the white space before the <table> (TableStart)
                return;
            }
            string text = raw.ToString();
            raw.Clear();
            if (text.Contains('&')) text = WebUtility.HtmlDecode(text);
            if (_stack[^1] is Level.Cell or Level.Caption)
            {
                if (text.AsSpan().IndexOfAnyInRange('\0', '\u0008') >= 0 || text.AsSpan().IndexOfAnyInRange('\u000E', '\u001F') >= 0)
                    throw Refusal(_line, "a character reference to a control character");
                (_cell ?? _caption)!.Append(TextLines.InlineBreaks(text));
            }
            else if (!text.AsSpan().IsWhiteSpace())
                throw Refusal(_line, $"text \"{Cut(text.Trim())}\" outside a cell");
        }

        /// <summary>Reads the tag at the cursor (lower-case name, end tag or not, its attributes); null for a comment.</summary>
        private (string Name, bool End, Dictionary<string, string> Attributes)? Tag()
        {
            int line = _line;
            _at++;
            if (Peek() == '!')
            {
                if (!lines[_line].AsSpan(_at).StartsWith("!--"))
                    throw Refusal(line, "a declaration or CDATA section (<!…>)");
                _at += 3;
                while (true)
                {
                    int end = lines[_line].IndexOf("-->", _at, StringComparison.Ordinal);
                    if (end >= 0)
                    {
                        _at = end + 3;
                        return null;
                    }
                    if (_line + 1 >= lines.Count) throw Refusal(line, "a comment never closed (no -->)");
                    _line++;
                    _at = 0;
                }
            }
            if (Peek() == '?') throw Refusal(line, "a processing instruction (<?…>)");
            bool isEnd = Peek() == '/';
            if (isEnd) _at++;
            var name = new StringBuilder();
            while (Peek() is char n && char.IsAsciiLetterOrDigit(n))
            {
                name.Append(char.ToLowerInvariant(n));
                _at++;
            }
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            while (true)
            {
                SkipSpace(line);
                char c = Peek()!.Value;
                if (c == '>')
                {
                    _at++;
                    return (name.ToString(), isEnd, attributes);
                }
                if (c == '/')
                {
                    _at++;
                    continue;
                }
                var key = new StringBuilder();
                while (Peek() is char k && !char.IsWhiteSpace(k) && k is not ('>' or '/' or '='))
                {
                    key.Append(char.ToLowerInvariant(k));
                    _at++;
                }
                if (key.Length == 0) throw Refusal(line, $"a malformed tag <{name}");
                SkipSpace(line);
                string value = "";
                if (Peek() == '=')
                {
                    _at++;
                    SkipSpace(line);
                    value = Value(line);
                }
                attributes.TryAdd(key.ToString(), value);
            }
        }

        /// <summary>An attribute's value: quoted (over lines if need be) or up to white space or '&gt;'.</summary>
        private string Value(int line)
        {
            var value = new StringBuilder();
            char? quote = Peek() is '"' or '\'' ? Peek() : null;
            if (quote is not null) _at++;
            while (true)
            {
                if (_at >= lines[_line].Length)
                {
                    if (quote is null) return value.ToString();
                    if (_line + 1 >= lines.Count) throw Refusal(line, "a tag never closed (no >)");
                    value.Append('\n');
                    _line++;
                    _at = 0;
                    continue;
                }
                char c = lines[_line][_at];
                if (quote is null ? char.IsWhiteSpace(c) || c == '>' : c == quote)
                {
                    if (quote is not null) _at++;
                    return WebUtility.HtmlDecode(value.ToString());
                }
                value.Append(c);
                _at++;
            }
        }

        /// <summary>The character at the cursor; null at a line's end.</summary>
        private char? Peek() => _at < lines[_line].Length ? lines[_line][_at] : null;

        /// <summary>Skips white space inside a tag, over lines; refuses a tag the text ends in.</summary>
        private void SkipSpace(int line)
        {
            while (true)
            {
                while (_at < lines[_line].Length && char.IsWhiteSpace(lines[_line][_at])) _at++;
                if (_at < lines[_line].Length) return;
                if (_line + 1 >= lines.Count) throw Refusal(line, "a tag never closed (no >)");
                _line++;
                _at = 0;
            }
        }

        /// <summary>Applies a tag; true when it closed the table.</summary>
        private bool Apply((string Name, bool End, Dictionary<string, string> Attributes) tag, List<DocumentBlock> blocks)
        {
            var (name, end, attributes) = tag;
            if (name is "td" or "th" or "tr" or "thead" or "tbody" or "tfoot" or "table" or "caption" or "col" or "colgroup")
                return Structure(name, end, attributes, blocks);
            if (_stack[^1] is not (Level.Cell or Level.Caption))
                throw Refusal(_line, $"<{(end ? "/" : "")}{name}> where a table holds only rows and cells");
            var text = (_cell ?? _caption)!;
            switch (name)
            {
                case "script" or "style" or "template" or "textarea" or "title" or "iframe" or "noscript" or "xmp" or "plaintext" or "svg" or "math" or "object":
                    throw Refusal(_line, $"<{name}> in a cell: its content is not printed as text");
                case "br":
                    text.Append(DocxDocumentReader.LineEnd);
                    break;
                case "sup":
                    text.Append(end ? "</sup>" : "<sup>");
                    break;
                case "p" or "div" or "li" or "ul" or "ol" or "dl" or "dt" or "dd" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
                    or "blockquote" or "pre" or "hr" or "figure" or "figcaption" or "section" or "article" or "header" or "footer" or "address" or "center":
                    text.Append(DocxDocumentReader.LineEnd);
                    break;
            }
            return false;
        }

        /// <summary>A tag of the table's structure; true when it closed the table.</summary>
        private bool Structure(string name, bool end, Dictionary<string, string> attributes, List<DocumentBlock> blocks)
        {
            string tag = $"<{(end ? "/" : "")}{name}>";
            if (_tables == 0)
            {
                // the first tag: <table> (TableStart)
                _stack.Add(Level.Table);
                _tables = 1;
                return false;
            }
            if (name is "col" or "colgroup")
            {
                if (_stack[^1] != Level.Table) throw Refusal(_line, $"{tag} outside a table's head");
                return false;
            }
            if (name == "caption")
            {
                if (!end && _stack[^1] == Level.Table)
                {
                    _stack.Add(Level.Caption);
                    if (_tables == 1) (_caption, _captionLine) = (new StringBuilder(), _line);
                    return false;
                }
                if (end && _stack[^1] == Level.Caption)
                {
                    EndCaption(blocks);
                    return false;
                }
                throw Refusal(_line, $"{tag} where no caption can be");
            }
            if (name == "table" && !end)
            {
                if (_stack[^1] != Level.Cell) throw Refusal(_line, "a table outside a cell of the table around it");
                if (_tables >= MaxNesting) throw Refusal(_line, $"tables nested more than {MaxNesting} deep");
                _stack.Add(Level.Table);
                _tables++;
                _cell!.Append(DocxDocumentReader.LineEnd);
                return false;
            }
            if (_stack[^1] == Level.Caption) EndCaption(blocks);
            if (name is "td" or "th" && end)
            {
                if (_stack[^1] != Level.Cell) throw Refusal(_line, $"{tag} with no cell open");
                EndCell();
                return false;
            }
            // what HTML lets out: a cell ends at the next cell, row, row group or the table's end, a row at the next
            // row, row group or the table's end
            if (_stack[^1] == Level.Cell) EndCell();
            if (_stack[^1] == Level.Row && name is not ("td" or "th")) EndRow();
            bool outer = _tables == 1;
            switch (name)
            {
                case "table":
                    if (_stack[^1] != Level.Table) throw Refusal(_line, "</table> where a table cannot end");
                    _stack.RemoveAt(_stack.Count - 1);
                    _tables--;
                    if (_tables == 0) return true;
                    _cell!.Append(DocxDocumentReader.LineEnd);
                    return false;
                case "thead" or "tbody" or "tfoot":
                    if (_stack[^1] != Level.Table) throw Refusal(_line, $"{tag} outside a table");
                    if (outer)
                    {
                        _pending.Clear(); // a rowspan ends with its row group
                        if (end) _inFoot &= name != "tfoot";
                        else if (_footSeen || (name == "thead" && _rows.Count > 0))
                            throw Refusal(_line, $"{tag} after the table's {(_footSeen ? "footer" : "rows")}, which a browser prints {(_footSeen ? "last" : "above them")}");
                        else _footSeen = _inFoot = name == "tfoot";
                    }
                    return false;
                case "tr":
                    if (end) return false; // the row ended above
                    if (_stack[^1] != Level.Table) throw Refusal(_line, "<tr> outside a table");
                    if (outer && _footSeen && !_inFoot) throw Refusal(_line, "<tr> after the table's footer, which a browser prints last");
                    _stack.Add(Level.Row);
                    if (outer) StartRow();
                    return false;
                default: // <td>, <th>
                    if (_stack[^1] != Level.Row) throw Refusal(_line, $"{tag} outside a row");
                    _stack.Add(Level.Cell);
                    if (outer) StartCell(name, attributes);
                    else _cell!.Append(DocxDocumentReader.LineEnd);
                    return false;
            }
        }

        private void EndCaption(List<DocumentBlock> blocks)
        {
            _stack.RemoveAt(_stack.Count - 1);
            if (_tables != 1 || _caption is null) return;
            string text = DocxDocumentReader.Normalize(_caption);
            if (text.Length > 0) blocks.Add(new DocumentParagraph(text, SourceLocation.AtLine(_captionLine + 1)));
            _caption = null;
        }

        private void StartRow()
        {
            _row = [];
            _rowLine = _line;
            _column = 0;
            _spans.Clear();
        }

        private void StartCell(string name, Dictionary<string, string> attributes)
        {
            _colspan = Span(attributes, "colspan", 1, MaxColumns, name);
            _rowspan = Span(attributes, "rowspan", 1, 65534, name);
            while (_column < _pending.Count && _pending[_column] > 0)
            {
                _row!.Add(Cell(""));
                _column++;
            }
            for (int k = 1; k < _colspan; k++)
            {
                if (_column + k < _pending.Count && _pending[_column + k] > 0)
                    throw Refusal(_line, $"a <{name}> spanning {_colspan} columns over a cell merged down from above (cells overlap)");
            }
            if (_column + _colspan > MaxColumns) throw Refusal(_line, $"a row laid over more than {MaxColumns} columns");
            _cell = new StringBuilder();
        }

        private int Span(Dictionary<string, string> attributes, string key, int min, int max, string name)
        {
            if (!attributes.TryGetValue(key, out string? value)) return 1;
            return int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int span) && span >= min && span <= max
                ? span
                : throw Refusal(_line, $"<{name} {key}=\"{Cut(value)}\">: not a whole number from {min} to {max}");
        }

        private void EndCell()
        {
            _stack.RemoveAt(_stack.Count - 1);
            if (_tables > 1)
            {
                _cell!.Append(DocxDocumentReader.LineEnd);
                return;
            }
            _row!.Add(Cell(DocxDocumentReader.Normalize(_cell!)));
            for (int k = 1; k < _colspan; k++) _row.Add(Cell(""));
            if (_rowspan > 1) _spans.Add((_column, _colspan, _rowspan - 1));
            _column += _colspan;
            _cell = null;
        }

        private void EndRow()
        {
            _stack.RemoveAt(_stack.Count - 1);
            if (_tables > 1)
            {
                _cell!.Append(DocxDocumentReader.LineEnd);
                return;
            }
            int last = _pending.FindLastIndex(p => p > 0);
            for (; _column <= last; _column++) _row!.Add(Cell(""));
            for (int c = 0; c < _pending.Count; c++)
                if (_pending[c] > 0) _pending[c]--;
            foreach (var (column, span, rows) in _spans)
            {
                while (_pending.Count < column + span) _pending.Add(0);
                for (int c = column; c < column + span; c++) _pending[c] = rows;
            }
            if (_row!.Count > 0) _rows.Add(new DocumentRow(_row, SourceLocation.AtLine(_rowLine + 1)));
            _row = null;
        }

        private DocumentCell Cell(string text)
        {
            if (++cells > MaxCells) throw Refusal(_rowLine, $"more than {MaxCells} cells laid out by the text's tables (colspan), more than any report holds");
            return new(text, SourceLocation.AtLine(_rowLine + 1) with { Column = _row!.Count + 1 });
        }
    }

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>A line that begins (after white space) with a &lt;table&gt; tag.</summary>
    [GeneratedRegex(@"^\s*<table(?=[\s>/]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex TableStart();

    /// <summary>A tag of a table's structure anywhere in a line.</summary>
    [GeneratedRegex(@"</?(?:table|thead|tbody|tfoot|tr|td|th|caption)(?=[\s>/])", RegexOptions.IgnoreCase)]
    private static partial Regex TableTag();
}
