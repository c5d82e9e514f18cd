using System.Diagnostics.CodeAnalysis;
using nietras.SeparatedValues;

namespace LppdMetrics.Cli;

/// <summary>
/// A CSV file read row by row with Sep, with errors that name the file, the row and the column.
/// </summary>
/// <remarks>
/// The first row is the header. The delimiter (comma, semicolon, tab) is detected from it. Quoted headers and
/// cells, as R and Excel write them, are unquoted. Numbers use a dot as decimal separator, or with
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
            reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = false }).FromFile(path);
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
    /// <exception cref="InputException">The header has no such column.</exception>
    public int Column(string name)
    {
        if (_reader.Header.TryIndexOf(name, out int index))
            return index;
        throw new InputException(Path, null, EchoText.Cut(name, 60), "no such column; the header has: " + EchoText.Cut(string.Join(", ", ColumnNames), 200) + ".");
    }

    /// <summary>Moves to the next data row.</summary>
    /// <returns>False at the end of the file.</returns>
    /// <exception cref="InputException">A row is malformed (wrong number of cells).</exception>
    public bool MoveNext()
    {
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
        if (!_quotesChecked && _reader.Current.LineNumberToExcl - _reader.Current.LineNumberFrom > 1)
            CheckQuotes();
        return true;
    }

    private bool _quotesChecked;

    /// <summary>
    /// Checks the quotes of the whole file once, when a row over several lines is met (Sep reads a quote inside an
    /// unquoted cell as the start of a quoted section, so a stray quote silently joins the lines up to the next quote, or
    /// to the end of the file, into one cell).
    /// </summary>
    /// <exception cref="InputException">The first quote that is not where a quoted cell opens or closes.</exception>
    private void CheckQuotes()
    {
        _quotesChecked = true;
        if (CsvQuotes.FirstMisplaced(Path, Separator) is var (row, line, column, problem))
            throw InputException.InCsv(Path, row, line, column < ColumnNames.Count ? ColumnNames[column] : null, problem);
    }

    /// <summary>The text of a cell of the current row, trimmed.</summary>
    /// <param name="column">The column index from <see cref="Column"/>.</param>
    /// <returns>The cell's text.</returns>
    public string Text(int column) => _reader.Current[column].ToString().Trim();

    /// <summary>The text of a cell of the current row, trimmed, without making a string (valid until <see cref="MoveNext"/>).</summary>
    /// <param name="column">The column index from <see cref="Column"/>.</param>
    /// <returns>The cell's characters.</returns>
    internal ReadOnlySpan<char> Cell(int column) => _reader.Current[column].Span.Trim();

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
            return true;
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
        count = 0;
        bool decimalComma = _decimalComma;
        IEnumerator<CleanRow> rows = _reader.ParallelEnumerate(r => Clean(r, value, weight, group, decimalComma), Environment.ProcessorCount).GetEnumerator();
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
                if (!r.Ok || (r.Lines && !_quotesChecked && !QuotesAreSound()))
                    return false;
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

    /// <summary>Whether the file's quotes are all where quoted cells open and close (checked once).</summary>
    private bool QuotesAreSound()
    {
        _quotesChecked = true;
        return CsvQuotes.FirstMisplaced(Path, Separator) is null;
    }

    /// <summary>A row read in parallel: clean or not, its numbers and group, and whether it spans several lines.</summary>
    private readonly record struct CleanRow(bool Ok, double Value, double Weight, string? Group, bool Lines);

    private static CleanRow Clean(SepReader.Row r, int value, int weight, int group, bool decimalComma)
    {
        if (!TryCell(r[value], decimalComma, out double v) || v < 0)
            return default;
        double w = 1.0;
        if (weight >= 0 && (!TryCell(r[weight], decimalComma, out w) || w <= 0))
            return default;
        return new CleanRow(true, v, w, group >= 0 ? r[group].ToString().Trim() : null, r.LineNumberToExcl - r.LineNumberFrom > 1);
    }

    private static bool TryCell(SepReader.Col col, bool decimalComma, out double value)
    {
        if (IsPlain(col.Span, decimalComma) && col.TryParse<double>() is double fast && double.IsFinite(fast))
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

/// <summary>
/// The strict check of a CSV file's quotes, as RFC 4180 places them: a quoted cell starts with a quote (at the start
/// of a line or after a separator), doubles every quote inside it, and ends with a quote followed by a separator, a line
/// break or the end of the file. Sep reads any other quote as the start of a quoted section, which joins the following
/// lines into one cell up to the next quote: rows would vanish without an error.
/// </summary>
internal static class CsvQuotes
{
    private const int BufferSize = 1 << 20;

    private enum State
    {
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>
    /// The first misplaced quote of <paramref name="path"/> (header included): its 1-based data row (0 for the header),
    /// 1-based line, 0-based column and the sentence for the error; null when every quote is in place, or for a file
    /// that is not UTF-8 (a UTF-16 byte order mark), which this byte scan does not read.
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="separator">The separator (ASCII).</param>
    /// <returns>The place and the problem, or null.</returns>
    public static (long Row, long Line, int Column, string Problem)? FirstMisplaced(string path, char separator)
    {
        if (separator > 127)
            return null;
        byte sep = (byte)separator;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            byte[] buffer = new byte[BufferSize];
            long offset = 0, opened = -1;
            int bom = 0;
            byte previous = (byte)'\n'; // the byte before the data: a cell starts there
            State state = State.Unquoted;
            while (true)
            {
                int n = file.Read(buffer, 0, buffer.Length);
                if (n == 0)
                    break;
                ReadOnlySpan<byte> data = buffer.AsSpan(0, n);
                int i = 0;
                if (offset == 0)
                {
                    if (data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
                        return null;
                    if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                        i = bom = 3;
                }
                while (i < n)
                {
                    if (state == State.QuoteInQuoted)
                    {
                        byte b = data[i];
                        if (b == (byte)'"')
                        {
                            state = State.Quoted; // a doubled quote inside the cell
                            i++;
                            continue;
                        }
                        if (b != sep && b is not ((byte)'\n' or (byte)'\r'))
                            return Locate(path, sep, bom, offset + i - 1, "text follows the closing quote of a quoted cell; a quote inside a quoted cell is doubled (\"\").");
                        state = State.Unquoted;
                        previous = (byte)'"';
                        continue;
                    }
                    int quote = data[i..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        if (state == State.Unquoted)
                            previous = data[n - 1];
                        break;
                    }
                    int at = i + quote;
                    if (state == State.Quoted)
                    {
                        state = State.QuoteInQuoted;
                        i = at + 1;
                        continue;
                    }
                    byte before = at > i ? data[at - 1] : previous;
                    if (before != sep && before is not ((byte)'\n' or (byte)'\r'))
                        return Locate(path, sep, bom, offset + at, "a quote (\") inside a cell that does not start with one; a quoted cell starts and ends with a quote and doubles the quotes inside it.");
                    state = State.Quoted;
                    opened = offset + at;
                    i = at + 1;
                }
                offset += n;
            }
            return state == State.Quoted
                ? Locate(path, sep, bom, opened, "a quote (\") opens a cell and is never closed; check the quotes from this row on.")
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The row, line and column of the byte at <paramref name="position"/>, every quote before it being in place.</summary>
    private static (long, long, int, string) Locate(string path, byte sep, int bom, long position, string problem)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        file.Position = bom;
        long row = 0, line = 1;
        int column = 0;
        bool quoted = false;
        int last = -1;
        for (long at = bom; at < position; at++)
        {
            int b = file.ReadByte();
            if (b < 0)
                break;
            bool lineEnd = b == '\n' ? last != '\r' : b == '\r';
            if (lineEnd)
                line++;
            if (b == '"')
                quoted = !quoted;
            else if (!quoted && b == sep)
                column++;
            else if (!quoted && lineEnd)
            {
                row++;
                column = 0;
            }
            last = b;
        }
        return (row, line, column, problem);
    }
}
