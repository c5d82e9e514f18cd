namespace LppdMetrics.Cli;

/// <summary>
/// The options shared by the microdata commands (<c>poverty</c>, <c>gini</c>, <c>inequality</c>, <c>lorenz</c>) and
/// the reading of their value/weight/group columns through <see cref="CsvInput"/> or <see cref="ParquetInput"/>.
/// </summary>
/// <remarks>
/// Values must be numbers ≥ 0; weights numbers &gt; 0 (a survey expansion factor); a bad cell is an
/// <see cref="InputException"/> naming the file, the data row and the column. A file with a header but no data row
/// is an input error too.
/// </remarks>
public sealed class MicrodataInput
{
    private readonly InputFileArgument _input = new("The CSV file (header row; comma, semicolon or tab) or Parquet file (.parquet).");
    private readonly Option<string> _value = new("--value") { Description = "The column of consumption or income per capita (≥ 0).", Required = true };
    private readonly Option<string?> _weight = new("--weight") { Description = "The column of weights (expansion factors, > 0); every row weighs 1 when omitted." };
    private readonly Option<bool> _decimalComma = new("--decimal-comma") { Description = "Numbers (in the file and in the command's numeric options) are written 1.234,56: a dot only ever groups thousands." };

    /// <summary>The <c>--decimal-comma</c> switch, for the command's own numeric options (<see cref="NumberOption"/>).</summary>
    public Option<bool> DecimalComma => _decimalComma;

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        _input.AddTo(command);
        command.AddOptions(_value, _weight, _decimalComma);
    }

    /// <summary>The input file named on the command line.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The path.</returns>
    public string File(ParseResult parse) => _input.Required(parse);

    /// <summary>
    /// Streams the rows of the CSV or Parquet file (see <see cref="ParquetInput.IsParquet"/>): calls
    /// <paramref name="row"/> with value, weight (1 without <c>--weight</c>) and group text (null without
    /// <paramref name="groupColumn"/>).
    /// </summary>
    /// <remarks>
    /// A CSV file is parsed on all cores (<see cref="CsvInput.TryReadAll"/>); when that pass meets a row that is not
    /// clean, the file is read again row by row, which raises the exact error (first bad row, value before weight).
    /// </remarks>
    /// <param name="parse">The parse result.</param>
    /// <param name="groupColumn">The grouping column, or null.</param>
    /// <param name="row">Called once per data row, in file order, on the calling thread.</param>
    /// <returns>The number of data rows.</returns>
    /// <exception cref="InputException">A missing column, a bad cell, or no data row.</exception>
    public long ForEachRow(ParseResult parse, string? groupColumn, Action<double, double, string?> row)
    {
        string path = File(parse);
        bool decimalComma = parse.GetValue(_decimalComma);
        string valueName = parse.GetValue(_value)!;
        string? weightName = parse.GetValue(_weight);
        if (System.IO.File.Exists(path) && ParquetInput.IsParquet(path))
            return ParquetInput.ForEachRow(path, valueName, weightName, groupColumn, decimalComma, row);
        using (CsvInput csv = CsvInput.Open(path, decimalComma))
        {
            int valueColumn = csv.Column(valueName);
            int weightColumn = weightName is null ? -1 : csv.Column(weightName);
            int group = groupColumn is null ? -1 : csv.Column(groupColumn);
            if (csv.TryReadAll(valueColumn, weightColumn, group, row, out long count))
                return count > 0 ? count : throw new InputException(path, null, null, "no data rows after the header.");
        }
        ReadRowByRow(path, decimalComma, valueName, weightName, groupColumn);
        throw new InvalidOperationException($"{path}: the parallel CSV reader stopped at a row that the row-by-row reader accepts.");
    }

    /// <summary>The reason a value (<paramref name="isWeight"/> false) or a weight is refused, or null when it is accepted.</summary>
    /// <param name="number">A finite number read from a cell.</param>
    /// <param name="isWeight">Whether the cell is a weight (&gt; 0) rather than a value (≥ 0).</param>
    /// <returns>The sentence for the error, or null.</returns>
    internal static string? Problem(double number, bool isWeight) =>
        isWeight
            ? number <= 0 ? FormattableString.Invariant($"{number} is not a positive weight; weights must be > 0.") : null
            : number < 0 ? FormattableString.Invariant($"{number} is negative; consumption and income must be ≥ 0.") : null;

    /// <summary>The row-by-row reader: the reference for every error message of a CSV file.</summary>
    private static void ReadRowByRow(string path, bool decimalComma, string valueName, string? weightName, string? groupColumn)
    {
        using CsvInput csv = CsvInput.Open(path, decimalComma);
        int valueColumn = csv.Column(valueName);
        int weightColumn = weightName is null ? -1 : csv.Column(weightName);
        int group = groupColumn is null ? -1 : csv.Column(groupColumn);
        while (csv.MoveNext())
        {
            double value = csv.Number(valueColumn);
            if (Problem(value, false) is string negative)
                throw csv.CellError(valueColumn, negative);
            if (weightColumn >= 0 && Problem(csv.Number(weightColumn), true) is string weight)
                throw csv.CellError(weightColumn, weight);
            if (group >= 0)
                _ = csv.Text(group);
        }
        if (csv.Row == 0)
            throw new InputException(path, null, null, "no data rows after the header.");
    }

    /// <summary>
    /// Reads the value and weight columns into two arrays of exactly one entry per row (16 bytes a row, no growth
    /// slack for a CSV file whose lines end in a line feed; see <see cref="MicrodataColumns"/>).
    /// </summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The values and weights, as long as the file has data rows.</returns>
    /// <exception cref="InputException">A missing column, a bad cell, or no data row.</exception>
    public (double[] Values, double[] Weights) ReadColumns(ParseResult parse)
    {
        string path = File(parse);
        (double[] Values, double[] Weights) read;
        if (System.IO.File.Exists(path) && ParquetInput.IsParquet(path))
            read = ParquetInput.ReadColumns(path, parse.GetValue(_value)!, parse.GetValue(_weight), parse.GetValue(_decimalComma));
        else
        {
            var columns = new MicrodataColumns(MicrodataColumns.RowBound(path));
            ForEachRow(parse, null, (v, w, _) => columns.Add(v, w));
            read = columns.ToArrays();
        }
        // The readers' buffers (Sep's row batches, Parquet.Net's decompressed pages) are garbage now; collect it once,
        // before the kernel's sort allocates its own copies, so that the peak is the columns plus the sort, not plus
        // the garbage too (on 1e7 rows: a few milliseconds, since the live heap is two arrays without references).
        GC.Collect();
        return read;
    }
}
