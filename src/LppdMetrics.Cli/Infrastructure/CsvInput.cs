using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using nietras.SeparatedValues;

namespace LppdMetrics.Cli;

/// <summary>
/// A CSV file read row by row with Sep, with errors that name the file, the row and the column.
/// </summary>
/// <remarks>
/// The first row is the header. The delimiter (comma, semicolon, tab) is detected from it. Quoted headers and
/// cells, as R and Excel write them, are unquoted; a quote anywhere else (inside a cell that does not start with
/// one, text after a closing quote, a quote never closed) is refused with its row, line and column
/// (<see cref="CsvQuotes"/>), since a reader would otherwise have to guess where the cell ends. Numbers use a dot as decimal separator, or with
/// <c>decimalComma</c> the Indonesian/European form <c>1.234,56</c>, read by <see cref="StrictNumber"/>: a cell that
/// does not fit the declared convention ("1234.56", "1.2.3") is an error, never a guess. Data rows are numbered from
/// 1 (the first row after the header), and errors also give the row's line in the file. A row is at most 16 MiB
/// (Sep's limit); a longer one, usually a stray quote, is an error that says so. Memory is constant: one row at a time;
/// <see cref="TryReadAll"/> reads the rows on all cores.
/// </remarks>
public sealed class CsvInput : IDisposable
{
    private readonly SepReader _reader;
    private readonly bool _decimalComma;

    private CsvInput(string path, SepReader reader, bool decimalComma)
    {
        Path = path;
        _reader = reader;
        _decimalComma = decimalComma;
    }

    /// <summary>The file as the user named it.</summary>
    public string Path { get; }

    /// <summary>The 1-based number of the current data row (0 before the first <see cref="MoveNext"/>).</summary>
    public long Row { get; private set; }

    /// <summary>The column names of the header.</summary>
    public IReadOnlyList<string> ColumnNames => _reader.Header.ColNames;

    /// <summary>The separator detected from the header (comma, semicolon or tab).</summary>
    internal char Separator => _reader.Spec.Sep.Separator;

    /// <summary>Opens <paramref name="path"/> and reads its header.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="decimalComma">Numbers are written <c>1.234,56</c>.</param>
    /// <returns>The open input.</returns>
    /// <exception cref="InputException">The file is missing, unreadable or empty.</exception>
    public static CsvInput Open(string path, bool decimalComma = false)
    {
        if (!File.Exists(path))
            throw new InputException(path, null, null, "file not found.");
        SepReader reader;
        try
        {
            reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);  // counted in MoveNext, to name the column
        }
        catch (Exception ex) when (ex is NotSupportedException or OutOfMemoryException)
        {
            throw new InputException(path, null, null, "the header " + RowProblem(ex)[4..]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            throw new InputException(path, null, null, "cannot be read as CSV: " + EchoText.Cut(ex.Message.ReplaceLineEndings(" ")));
        }
        if (reader.Header.IsEmpty)
        {
            reader.Dispose();
            throw new InputException(path, null, null, "the file is empty; a header row is required.");
        }
        return new CsvInput(path, reader, decimalComma);
    }

    /// <summary>The index of column <paramref name="name"/>.</summary>
    /// <param name="name">The column name as in the header (case-sensitive).</param>
    /// <returns>The 0-based index.</returns>
    /// <exception cref="InputException">The header has no such column (or a misplaced quote, see <see cref="MoveNext"/>).</exception>
    public int Column(string name)
    {
        if (_reader.Header.TryIndexOf(name, out int index))
            return index;
        CheckQuotes(); // a quote never closed in the header swallows the names after it: that is the error to name
        throw new InputException(Path, null, EchoText.Cut(name, 60), "no such column; the header has: " + EchoText.Cut(string.Join(", ", ColumnNames), 200) + ".");
    }

    /// <summary>Moves to the next data row.</summary>
    /// <returns>False at the end of the file.</returns>
    /// <exception cref="InputException">A row is malformed (wrong number of cells), or, before the first row, a quote of
    /// the file is misplaced (inside a cell that does not start with one, text after a closing quote, never closed).</exception>
    public bool MoveNext()
    {
        CheckQuotes();
        try
        {
            if (!_reader.MoveNext())
                return false;
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or OutOfMemoryException or ArgumentException or IOException)
        {
            throw InputException.InCsv(Path, Row + 1, null, null, RowProblem(ex));
        }
        Row++;
        int cells = _reader.Current.ColCount, header = ColumnNames.Count;
        long? blankLine = null;
        if (_reader.Current.Span.IsEmpty)
        {
            blankLine = CurrentLine();
            if (OnlyBlankLinesFollow())
                return false; // blank lines at the end of the file (an editor's extra line breaks) end the data
            // The reader has moved past the empty line: it is this row's error (one cell, fewer than a header of two or more).
            if (header == 1)
                throw InputException.InCsv(Path, Row, blankLine, EchoText.Cut(ColumnNames[0], 60), "the line is empty; blank lines are allowed only at the end of the file.");
        }
        if (cells < header)
            throw InputException.InCsv(Path, Row, blankLine ?? CurrentLine(), EchoText.Cut(ColumnNames[cells], 60), string.Create(CultureInfo.InvariantCulture,
                $"the cell is missing: the row has {cells} cell{(cells == 1 ? "" : "s")}, the header {header}."));
        if (cells > header)
            throw InputException.InCsv(Path, Row, CurrentLine(), null, string.Create(CultureInfo.InvariantCulture,
                $"cell {header + 1} is beyond the header's last column '{EchoText.Cut(ColumnNames[header - 1], 60)}': the row has {cells} cells, the header {header}."));
        return true;
    }

    /// <summary>
    /// Whether every line after the empty one just read is empty too: blank lines at the end of a file are not rows (as
    /// pandas and R's fread read them), and the row count is then that of the rows before them. Reads ahead, so a false
    /// leaves the reader past the empty line, whose error the caller raises.
    /// </summary>
    private bool OnlyBlankLinesFollow()
    {
        try
        {
            while (_reader.MoveNext())
            {
                if (!_reader.Current.Span.IsEmpty)
                    return false;
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or OutOfMemoryException or ArgumentException or IOException)
        {
            return false;
        }
        Row--;
        return true;
    }

    private bool _quotesChecked;

    /// <summary>
    /// Before the first row is read, checks the quotes of the whole file in one pass (an <c>IndexOf</c> of the quote
    /// byte: about the speed of reading the file when it has none). Sep reads a quote inside an unquoted cell as the
    /// start of a quoted section, so a stray quote would silently join the lines up to the next quote into one cell,
    /// and <c>"1"2</c> would read as 12. Opening the file to read its header only (as the chunked reader does) costs
    /// no such pass.
    /// </summary>
    /// <exception cref="InputException">The first quote that is not where a quoted cell opens or closes.</exception>
    private void CheckQuotes()
    {
        if (_quotesChecked)
            return;
        _quotesChecked = true;
        if (CsvQuotes.FirstMisplaced(Path, Separator) is var (row, line, column, problem))
        {
            // In the header the column's name is what the quote garbled: it is named by its position instead.
            throw row == 0
                ? new InputException(Path, null, null, string.Create(CultureInfo.InvariantCulture, $"the header's cell {column + 1}: {problem}"))
                : InputException.InCsv(Path, row, line, column < ColumnNames.Count ? ColumnNames[column] : null, problem);
        }
    }

    /// <summary>The text of a cell of the current row, trimmed.</summary>
    /// <param name="column">The column index from <see cref="Column"/>.</param>
    /// <returns>The cell's text.</returns>
    /// <exception cref="InputException">The cell holds bytes that are not UTF-8 (<see cref="NotUtf8"/>).</exception>
    public string Text(int column) => Cell(column).ToString();

    /// <summary>The text of a cell of the current row, trimmed, without making a string (valid until <see cref="MoveNext"/>).</summary>
    /// <param name="column">The column index from <see cref="Column"/>.</param>
    /// <returns>The cell's characters.</returns>
    /// <exception cref="InputException">The cell holds bytes that are not UTF-8 (<see cref="NotUtf8"/>).</exception>
    internal ReadOnlySpan<char> Cell(int column)
    {
        ReadOnlySpan<char> text = _reader.Current[column].Span.Trim();
        return text.Contains(Replacement) ? throw CellError(column, NotUtf8) : text;
    }

    /// <summary>U+FFFD, the character the decoder puts for bytes that are not UTF-8.</summary>
    internal const char Replacement = '\uFFFD';

    /// <summary>Why a text cell (a group, stratum or PSU code, a unit name) holding <see cref="Replacement"/> is refused:
    /// every invalid byte decodes to the same character, so "a\xFF" and "a\xFE" would be one group, stratum or PSU.</summary>
    internal const string NotUtf8 = "holds bytes that are not UTF-8 (shown as U+FFFD); codes differing only in such bytes would be taken for one: save the file as UTF-8.";

    /// <summary>The number in a cell of the current row.</summary>
    /// <param name="column">The column index from <see cref="Column"/>.</param>
    /// <returns>The finite number.</returns>
    /// <exception cref="InputException">The cell is empty, not a number, NaN or infinite.</exception>
    public double Number(int column)
    {
        if (!TryNumber(_reader.Current[column].Span, _decimalComma, out double value, out string? problem))
            throw CellError(column, problem);
        return value;
    }

    /// <summary>
    /// Reads a cell as a finite number: the one definition of a numeric cell, used row by row by <see cref="Number"/>
    /// and in parallel by <see cref="TryReadAll"/>.
    /// </summary>
    /// <param name="cell">The cell's text (surrounding spaces are ignored).</param>
    /// <param name="decimalComma">Numbers are written <c>1.234,56</c> (<see cref="StrictNumber"/>); otherwise
    /// invariant <c>1234.56</c> or <c>1e-3</c>.</param>
    /// <param name="value">The number when the method returns true.</param>
    /// <param name="problem">The sentence that names what is wrong with the cell, when the method returns false.</param>
    /// <returns>True when the cell is a finite number.</returns>
    internal static bool TryNumber(ReadOnlySpan<char> cell, bool decimalComma, out double value, [NotNullWhen(false)] out string? problem)
    {
        ReadOnlySpan<char> span = cell.Trim();
        problem = null;
        if (span.Contains('\0'))
        {
            // .NET's number parser ignores trailing NUL characters ("5\0" would read as 5): a NUL is never part of a number.
            value = 0;
            problem = $"'{EchoText.Cut(span.ToString())}' holds a NUL character; it is not a number.";
            return false;
        }
        if (decimalComma)
        {
            if (StrictNumber.TryParse(span, NumberConvention.DecimalComma, out value, out string? why))
                return true;
            problem = span.IsEmpty ? "empty cell; a number is required." : $"'{EchoText.Cut(span.ToString())}' {why}.";
            return false;
        }
        if (double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            if (value != 0 || !StrictNumber.HasNonZeroDigit(span))
                return true;
            // "1e-400", "0.000…01": a nonzero number that a double reads as 0 is never read as 0 (as StrictNumber).
            value = 0;
            problem = $"'{EchoText.Cut(span.ToString())}' {StrictNumber.UnderflowProblem}.";
            return false;
        }
        problem = span.IsEmpty ? "empty cell; a number is required."
            : $"'{EchoText.Cut(span.ToString())}' is not a finite number with a decimal point (pass --decimal-comma for 1.234,56).";
        return false;
    }

    /// <summary>
    /// Reads every remaining row on all cores (Sep's parallel row parsing) and hands <paramref name="row"/> the value,
    /// the weight (1 without a weight column) and the trimmed group text (null without a group column), in file order.
    /// </summary>
    /// <remarks>
    /// Plain decimal cells (<c>-123.45</c>, <c>1e-3</c>; with <c>--decimal-comma</c> only <c>-12345</c>) are parsed
    /// with Sep's fast float parser, which rounds correctly as <see cref="double.Parse(string)"/> does, so the bits are
    /// the same; any other cell goes through <see cref="TryNumber"/>. On the first row that is not clean — a bad cell,
    /// a negative value, a weight ≤ 0, a malformed row — it stops and returns false, and the caller re-reads the file
    /// row by row to raise the exact error of the row-by-row reader; rows already handed over stay handed over.
    /// </remarks>
    /// <param name="value">The value column.</param>
    /// <param name="weight">The weight column, or −1.</param>
    /// <param name="group">The group column, or −1.</param>
    /// <param name="row">Called once per data row, in file order, on the calling thread.</param>
    /// <param name="count">The number of data rows read.</param>
    /// <returns>True when every row was clean; false when the file needs the row-by-row reader's error.</returns>
    internal bool TryReadAll(int value, int weight, int group, Action<double, double, string?> row, out long count)
    {
        CheckQuotes();
        count = 0;
        bool decimalComma = _decimalComma;
        int cells = ColumnNames.Count;
        bool blanks = false;
        IEnumerator<CleanRow> rows = _reader.ParallelEnumerate(r => Clean(r, cells, value, weight, group, decimalComma), Environment.ProcessorCount).GetEnumerator();
        try
        {
            while (true)
            {
                try
                {
                    if (!rows.MoveNext())
                        break;
                }
                catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or OutOfMemoryException or ArgumentException or IOException or AggregateException)
                {
                    return false;
                }
                CleanRow r = rows.Current;
                if (r.Blank)
                {
                    blanks = true; // not a row when only blank lines follow (see MoveNext)
                    continue;
                }
                if (!r.Ok || blanks)
                    return false; // a blank line before a row: the row-by-row reader names it
                row(r.Value, r.Weight, r.Group);
                count++;
                Row++;
            }
        }
        finally
        {
            try
            {
                rows.Dispose();
            }
            catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or OutOfMemoryException or ArgumentException or IOException or AggregateException)
            {
                // A worker parsing ahead met a malformed row after the row that stopped the loop: disposing the
                // enumerator rethrows that error. The caller reads the file again row by row and raises the first one.
            }
        }
        return true;
    }

    /// <summary>A row read in parallel: clean or not, its numbers and group.</summary>
    private readonly record struct CleanRow(bool Ok, double Value, double Weight, string? Group, bool Blank = false);

    private static CleanRow Clean(SepReader.Row r, int cells, int value, int weight, int group, bool decimalComma)
    {
        if (r.Span.IsEmpty)
            return new CleanRow(false, 0, 0, null, Blank: true);
        // A row of another number of cells than the header is not clean: the row-by-row reader names it.
        if (r.ColCount != cells || !TryCell(r[value], decimalComma, out double v) || v < 0)
            return default;
        double w = 1.0;
        if (weight >= 0 && (!TryCell(r[weight], decimalComma, out w) || w <= 0))
            return default;
        string? code = group >= 0 ? r[group].ToString().Trim() : null;
        // An empty group code or one of bytes that are not UTF-8 is not clean: the row-by-row reader refuses it with its row.
        return code is "" || (code is not null && code.Contains(Replacement, StringComparison.Ordinal)) ? default : new CleanRow(true, v, w, code);
    }

    private static bool TryCell(SepReader.Col col, bool decimalComma, out double value)
    {
        // A plain cell read as 0 goes to TryNumber, which refuses a nonzero one that underflowed ("1e-400").
        if (IsPlain(col.Span, decimalComma) && col.TryParse<double>() is double fast && double.IsFinite(fast) && fast != 0)
        {
            value = fast;
            return true;
        }
        return TryNumber(col.Span, decimalComma, out value, out _);
    }

    /// <summary>
    /// <c>-?digits(.digits)?([eE][+-]?digits{1,3})?</c>, or with <paramref name="decimalComma"/> <c>-?digits</c> of at
    /// most 64 characters: texts that both readers take to the same correctly rounded double.
    /// </summary>
    internal static bool IsPlain(ReadOnlySpan<char> s, bool decimalComma)
    {
        int i = 0;
        if (i < s.Length && s[i] == '-') i++;
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i == start)
            return false;
        if (decimalComma)
            return i == s.Length && s.Length <= 64;
        if (i < s.Length && s[i] == '.')
        {
            int fraction = ++i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == fraction)
                return false;
        }
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-') i++;
            int exponent = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == exponent || i - exponent > 3)
                return false;
        }
        return i == s.Length;
    }

    /// <summary>An <see cref="InputException"/> for the current row and <paramref name="column"/>.</summary>
    /// <param name="column">The column index.</param>
    /// <param name="problem">What is wrong.</param>
    /// <returns>The exception, to throw.</returns>
    public InputException CellError(int column, string problem) =>
        InputException.InCsv(Path, Row, CurrentLine(), ColumnNames[column], problem);

    private long? CurrentLine()
    {
        try
        {
            return _reader.Current.LineNumberFrom;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string RowProblem(Exception ex) =>
        ex is InvalidDataException && ex.Message.Contains("column", StringComparison.OrdinalIgnoreCase)
            ? EchoText.Cut(ex.Message.ReplaceLineEndings(" "))
            : "the row cannot be read: it is longer than 16 MiB or never ends, usually because a quote (\") opens a cell and is never closed; check the quotes from this row on.";

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
