using System.Globalization;
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
/// (Sep's limit); a longer one, usually a stray quote, is an error that says so. Memory is constant: one row at a time.
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
        return true;
    }

    /// <summary>The text of a cell of the current row, trimmed.</summary>
    /// <param name="column">The column index from <see cref="Column"/>.</param>
    /// <returns>The cell's text.</returns>
    public string Text(int column) => _reader.Current[column].ToString().Trim();

    /// <summary>The number in a cell of the current row.</summary>
    /// <param name="column">The column index from <see cref="Column"/>.</param>
    /// <returns>The finite number.</returns>
    /// <exception cref="InputException">The cell is empty, not a number, NaN or infinite.</exception>
    public double Number(int column)
    {
        ReadOnlySpan<char> span = _reader.Current[column].Span.Trim();
        if (_decimalComma)
        {
            if (!StrictNumber.TryParse(span, NumberConvention.DecimalComma, out double number, out string? problem))
                throw CellError(column, span.IsEmpty ? "empty cell; a number is required." : $"'{EchoText.Cut(span.ToString())}' {problem}.");
            return number;
        }
        if (!double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw CellError(column, span.IsEmpty ? "empty cell; a number is required."
                : $"'{EchoText.Cut(span.ToString())}' is not a finite number with a decimal point (pass --decimal-comma for 1.234,56).");
        return value;
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
