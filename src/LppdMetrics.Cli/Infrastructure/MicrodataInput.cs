using System.CommandLine;
using System.Runtime.InteropServices;

namespace LppdMetrics.Cli;

/// <summary>
/// The options shared by the microdata commands (<c>poverty</c>, <c>gini</c>, <c>inequality</c>, <c>lorenz</c>) and
/// the reading of their value/weight/group columns through <see cref="CsvInput"/>.
/// </summary>
/// <remarks>
/// Values must be numbers ≥ 0; weights numbers &gt; 0 (a survey expansion factor); a bad cell is an
/// <see cref="InputException"/> naming the file, the data row and the column. A file with a header but no data row
/// is an input error too.
/// </remarks>
public sealed class MicrodataInput
{
    private readonly InputFileArgument _input = new("The CSV file (header row; comma, semicolon or tab).");
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
        command.Options.Add(_value);
        command.Options.Add(_weight);
        command.Options.Add(_decimalComma);
    }

    /// <summary>The input file named on the command line.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The path.</returns>
    public string File(ParseResult parse) => _input.Required(parse);

    /// <summary>Streams the rows: calls <paramref name="row"/> with value, weight (1 without <c>--weight</c>) and group text (null without <paramref name="groupColumn"/>).</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="groupColumn">The grouping column, or null.</param>
    /// <param name="row">Called once per data row, in file order.</param>
    /// <returns>The number of data rows.</returns>
    /// <exception cref="InputException">A missing column, a bad cell, or no data row.</exception>
    public long ForEachRow(ParseResult parse, string? groupColumn, Action<double, double, string?> row)
    {
        string path = File(parse);
        using CsvInput csv = CsvInput.Open(path, parse.GetValue(_decimalComma));
        int valueColumn = csv.Column(parse.GetValue(_value)!);
        string? weightName = parse.GetValue(_weight);
        int weightColumn = weightName is null ? -1 : csv.Column(weightName);
        int group = groupColumn is null ? -1 : csv.Column(groupColumn);
        while (csv.MoveNext())
        {
            double value = csv.Number(valueColumn);
            if (value < 0)
                throw csv.CellError(valueColumn, FormattableString.Invariant($"{value} is negative; consumption and income must be ≥ 0."));
            double weight = 1.0;
            if (weightColumn >= 0)
            {
                weight = csv.Number(weightColumn);
                if (weight <= 0)
                    throw csv.CellError(weightColumn, FormattableString.Invariant($"{weight} is not a positive weight; weights must be > 0."));
            }
            row(value, weight, group >= 0 ? csv.Text(group) : null);
        }
        if (csv.Row == 0)
            throw new InputException(path, null, null, "no data rows after the header.");
        return csv.Row;
    }

    /// <summary>Reads the value and weight columns into memory (16 bytes per row, plus growth slack).</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The values and weights, as long as the file has data rows.</returns>
    /// <exception cref="InputException">A missing column, a bad cell, or no data row.</exception>
    public (double[] Values, double[] Weights) ReadColumns(ParseResult parse)
    {
        var values = new List<double>(1 << 16);
        var weights = new List<double>(1 << 16);
        ForEachRow(parse, null, (v, w, _) =>
        {
            values.Add(v);
            weights.Add(w);
        });
        double[] x = CollectionsMarshal.AsSpan(values).ToArray();
        values = null!;
        double[] y = CollectionsMarshal.AsSpan(weights).ToArray();
        return (x, y);
    }
}
