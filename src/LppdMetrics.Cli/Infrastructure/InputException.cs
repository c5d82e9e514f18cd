namespace LppdMetrics.Cli;

/// <summary>
/// Bad user input, located: the file, and where known the row and the column. The tool prints its message as
/// the one line on stderr and exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates an input error.</summary>
    /// <param name="file">The file (as the user named it); null when the input is an option, not a file.</param>
    /// <param name="row">The 1-based row (CSV data rows count from 1 after the header; JSON: the line); null when not applicable.</param>
    /// <param name="column">The column or field name, or with no <paramref name="file"/> the option ("--by"); null when not applicable.</param>
    /// <param name="problem">What is wrong, in one sentence.</param>
    public InputException(string? file, long? row, string? column, string problem)
        : base(Compose(file, row, column, problem))
    {
        File = file;
        Row = row;
        Column = column;
    }

    private InputException(string file, long line, string? path, string problem, bool _)
        : base(path is null
            ? string.Create(CultureInfo.InvariantCulture, $"{file}, line {line}: {problem}")
            : string.Create(CultureInfo.InvariantCulture, $"{file}, line {line}, path '{path}': {problem}"))
    {
        File = file;
        Row = line;
        Column = path;
    }

    /// <summary>An error located in a JSON document: the file, the 1-based line and the JSON path ($.services[1].name).</summary>
    /// <param name="file">The JSON file as the user named it.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="path">The JSON path of the offending value; null when the parser could not tell one.</param>
    /// <param name="problem">What is wrong, in one sentence.</param>
    /// <returns>The exception, whose message reads "file, line N, path '$.x': problem".</returns>
    public static InputException InJson(string file, long line, string? path, string problem) =>
        new(file, line, path, problem, true);

    /// <summary>
    /// An error located in a CSV file: "file, row N (line L), column 'c': problem", where row N is the N-th data row
    /// after the header and L its first line in the file (they differ by the header and by quoted line breaks).
    /// </summary>
    /// <param name="file">The CSV file as the user named it.</param>
    /// <param name="row">The 1-based data row.</param>
    /// <param name="line">The 1-based line where the row starts, or null when unknown.</param>
    /// <param name="column">The column name, or null.</param>
    /// <param name="problem">What is wrong, in one sentence.</param>
    /// <returns>The exception.</returns>
    public static InputException InCsv(string file, long row, long? line, string? column, string problem) =>
        new(file, row, column, problem, line);

    private InputException(string file, long row, string? column, string problem, long? line)
        : base(string.Create(CultureInfo.InvariantCulture, $"{file}, row {row}{(line is null ? "" : $" (line {line})")}{(column is null ? "" : $", column '{column}'")}: {problem}"))
    {
        File = file;
        Row = row;
        Column = column;
    }

    /// <summary>The file, or null.</summary>
    public string? File { get; }

    /// <summary>The 1-based row (CSV) or line (JSON), or null.</summary>
    public long? Row { get; }

    /// <summary>The column (CSV) or JSON path, or null.</summary>
    public string? Column { get; }

    private static string Compose(string? file, long? row, string? column, string problem)
    {
        var where = new List<string>();
        if (file is not null) where.Add(file);
        if (row is not null) where.Add(string.Create(CultureInfo.InvariantCulture, $"row {row}"));
        // Without a file, a name "--x" is the command's option (--by with --se, --model trapezoid with --line), not a column.
        if (column is not null) where.Add(file is null && column.StartsWith("--", StringComparison.Ordinal) ? $"option '{column}'" : $"column '{column}'");
        return where.Count == 0 ? problem : string.Join(", ", where) + ": " + problem;
    }
}
