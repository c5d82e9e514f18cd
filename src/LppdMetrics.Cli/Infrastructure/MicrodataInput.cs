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
    /// <paramref name="row"/> with value, weight (1 without <c>--weight</c>) and group code (<see cref="DesignCodes.Canonical"/>; null without
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
        if (groupColumn is not null)
        {
            // The group as a design code: NFC and NFD spellings of one name are one group.
            Action<double, double, string?> each = row;
            row = (y, w, g) => each(y, w, g is null ? null : DesignCodes.Canonical(g));
        }
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

    /// <summary>Why an empty (or blank, or null) cell of the <c>--by</c> column is refused: a row without its group would
    /// be counted in a group of its own named "", as the design codes and IKM's unit names are not.</summary>
    internal const string EmptyGroup = "empty group code; every row needs its group (--by).";

    /// <summary>The reason a value (<paramref name="isWeight"/> false) or a weight is refused, or null when it is accepted.</summary>
    /// <param name="number">A finite number read from a cell.</param>
    /// <param name="isWeight">Whether the cell is a weight (&gt; 0) rather than a value (≥ 0).</param>
    /// <returns>The sentence for the error, or null.</returns>
    internal static string? Problem(double number, bool isWeight) =>
        isWeight
            ? number <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{number} is not a positive weight; weights must be > 0.") : null
            : number < 0 ? string.Create(CultureInfo.InvariantCulture, $"{number} is negative; consumption and income must be ≥ 0.") : null;

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
            if (group >= 0 && csv.Cell(group).IsEmpty)
                throw csv.CellError(group, EmptyGroup);
        }
        if (csv.Row == 0)
            throw new InputException(path, null, null, "no data rows after the header.");
    }

    /// <summary>
    /// Reads the value and weight columns into two arrays of exactly one entry per row (16 bytes a row).
    /// </summary>
    /// <remarks>
    /// A CSV file is read by <see cref="CsvChunks.TryReadColumns"/>: its rows counted, then parsed on all cores
    /// straight into the arrays. A file that path does not take (quotes, bare carriage returns, a bad row) is read by
    /// <see cref="ForEachRow"/> into <see cref="MicrodataColumns"/>, which raises the exact error of a bad row.
    /// </remarks>
    /// <param name="parse">The parse result.</param>
    /// <returns>The values and weights, as long as the file has data rows.</returns>
    /// <exception cref="InputException">A missing column, a bad cell, or no data row.</exception>
    public (double[] Values, double[] Weights) ReadColumns(ParseResult parse)
    {
        string path = File(parse);
        bool decimalComma = parse.GetValue(_decimalComma);
        (double[] Values, double[] Weights) read;
        if (System.IO.File.Exists(path) && ParquetInput.IsParquet(path))
            read = ParquetInput.ReadColumns(path, parse.GetValue(_value)!, parse.GetValue(_weight), decimalComma);
        else if (Chunks(parse, out int value, out int weight) is CsvChunks chunks && chunks.TryReadColumns(value, weight, decimalComma, out double[] values, out double[] weights))
            read = values.Length > 0 ? (values, weights) : throw new InputException(path, null, null, "no data rows after the header.");
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

    /// <summary>
    /// Reads the value and weight columns in parts, on all cores where the file allows: each part into its own state
    /// made by <paramref name="create"/>, fed blocks of consecutive rows by <paramref name="add"/> (different parts
    /// on different threads, a part's blocks in file order).
    /// </summary>
    /// <remarks>
    /// A CSV file is split into chunks at line breaks (<see cref="CsvChunks.TryReadParts"/>), with no row held beyond
    /// a block of 4096. A Parquet file is one part per row group (<see cref="ParquetInput.ReadParts"/>, row groups on
    /// all cores, each read into a buffer of its own and handed over whole). A CSV file the chunks do not take is one part fed through
    /// <see cref="ForEachRow"/>, which raises the exact error of a bad row.
    /// </remarks>
    /// <typeparam name="T">The state of one part.</typeparam>
    /// <param name="parse">The parse result.</param>
    /// <param name="create">Makes the state of a part.</param>
    /// <param name="add">Adds a block (its first row's 0-based index within the part, values, weights) to a part.</param>
    /// <returns>The parts' states with their row counts, in file order; at least one row in all.</returns>
    /// <exception cref="InputException">A missing column, a bad cell, or no data row.</exception>
    internal (T State, long Rows)[] ReadParts<T>(ParseResult parse, Func<T> create, CsvChunks.Block<T> add)
    {
        string path = File(parse);
        bool decimalComma = parse.GetValue(_decimalComma);
        if (System.IO.File.Exists(path) && ParquetInput.IsParquet(path))
            return ParquetInput.ReadParts(path, parse.GetValue(_value)!, parse.GetValue(_weight), decimalComma, create, add);
        if (Chunks(parse, out int value, out int weight) is CsvChunks chunks
            && chunks.TryReadParts(value, weight, decimalComma, create, add, out (T State, long Rows)[] parts))
            return parts.Sum(p => p.Rows) > 0 ? parts : throw new InputException(path, null, null, "no data rows after the header.");
        T state = create();
        double[] values = new double[4096], weights = new double[4096];
        int filled = 0;
        long rows = 0;
        ForEachRow(parse, null, (v, w, _) =>
        {
            if (filled == values.Length)
            {
                add(state, rows - filled, values, weights);
                filled = 0;
            }
            values[filled] = v;
            weights[filled++] = w;
            rows++;
        });
        add(state, rows - filled, values.AsSpan(0, filled), weights.AsSpan(0, filled));
        return [(state, rows)];
    }

    /// <summary>The chunk plan of a CSV file and its value/weight column indices (null when the file's shape needs the general reader).</summary>
    private CsvChunks? Chunks(ParseResult parse, out int value, out int weight)
    {
        string path = File(parse);
        using CsvInput csv = CsvInput.Open(path, parse.GetValue(_decimalComma));
        value = csv.Column(parse.GetValue(_value)!);
        string? weightName = parse.GetValue(_weight);
        weight = weightName is null ? -1 : csv.Column(weightName);
        return CsvChunks.Plan(path, csv.Separator, csv.ColumnNames);
    }
}
