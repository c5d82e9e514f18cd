using System.CommandLine;
using System.Globalization;
using LppdMetrics.Satisfaction;

namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd ikm</c>: the public satisfaction index (IKM, PermenPANRB 14/2017) from survey answers in a CSV file, one
/// respondent a row with columns U1…U9 (answers 1–4, empty = unanswered), optionally per service unit.
/// </summary>
public static class IkmCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var input = new InputFileArgument("CSV file: one respondent a row, columns U1…U9 (1–4, empty = unanswered); other columns are ignored.");
        var unit = new Option<string?>("--unit") { Description = "Column naming the service unit: also report each unit, and the mean of the unit indices." };
        var printedWeight = new Option<bool>("--printed-weight") { Description = "Weight each NRR by 0,111 as the regulation's text prints it, instead of the exact 1/9." };
        var format = OutputFormatOption.Create(OutputFormat.Json);
        var command = new Command("ikm", "Public satisfaction index (IKM, PermenPANRB 14/2017): NRR per element U1…U9, IKM, converted IKM (×25), quality letter and performance.");
        input.AddTo(command);
        command.Options.Add(unit);
        command.Options.Add(printedWeight);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            string file = input.Required(parse);
            string? unitColumn = parse.GetValue(unit);
            var options = new IkmOptions { Weighting = parse.GetValue(printedWeight) ? IkmWeighting.PrintedThreeDecimals : IkmWeighting.ExactNinth };
            (IkmTally pooledTally, List<(string Name, IkmTally Tally)> units) = Read(file, unitColumn);
            IkmResult pooled = ArgumentErrors.About(file, () => SatisfactionIndex.Compute(pooledTally, options));
            var unitResults = units.Select(u => (u.Name, Result: ArgumentErrors.About(file, () => ComputeUnit(u.Name, u.Tally, options)))).ToList();
            IkmMeanOfUnitsResult? mean = unitColumn is null ? null
                : SatisfactionIndex.MeanOfUnitIndices(unitResults.Select(u => u.Result).ToArray(), options);
            SatisfactionRenderer.Instance.Write(context.Out, parse.GetValue(format), new SatisfactionOutput(file, pooled, unitResults, mean));
            return ExitCodes.Success;
        });
        return command;
    }

    private static IkmResult ComputeUnit(string name, IkmTally tally, IkmOptions options)
    {
        try
        {
            return SatisfactionIndex.Compute(tally, options);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"unit '{name}': {ex.Message}", ex);
        }
    }

    private static (IkmTally Pooled, List<(string Name, IkmTally Tally)> Units) Read(string file, string? unitColumn)
    {
        using CsvInput csv = CsvInput.Open(file);
        var columns = new int[IkmTally.ElementCount];
        for (int u = 0; u < columns.Length; u++)
            columns[u] = csv.Column("U" + (u + 1).ToString(CultureInfo.InvariantCulture));
        int unitIndex = unitColumn is null ? -1 : csv.Column(unitColumn);
        var pooled = new IkmTally();
        var units = new List<(string Name, IkmTally Tally)>();
        var byName = new Dictionary<string, IkmTally>(StringComparer.Ordinal);
        Span<byte> row = stackalloc byte[IkmTally.ElementCount];
        while (csv.MoveNext())
        {
            for (int u = 0; u < columns.Length; u++)
                row[u] = Answer(csv, columns[u]);
            pooled.Add(row);
            if (unitIndex < 0) continue;
            string name = csv.Text(unitIndex);
            if (name.Length == 0)
                throw csv.CellError(unitIndex, "empty unit name.");
            if (!byName.TryGetValue(name, out IkmTally? tally))
            {
                tally = new IkmTally();
                byName.Add(name, tally);
                units.Add((name, tally));
            }
            tally.Add(row);
        }
        if (pooled.Respondents == 0)
            throw new InputException(file, null, null, "no data rows; at least one respondent is required.");
        return (pooled, units);
    }

    private static byte Answer(CsvInput csv, int column)
    {
        string text = csv.Text(column);
        if (text.Length == 0)
            return 0;
        if (text.Length == 1 && text[0] is >= '1' and <= '4')
            return (byte)(text[0] - '0');
        throw csv.CellError(column, $"'{text}' is not an answer; expected an integer 1–4, or an empty cell for unanswered.");
    }
}
