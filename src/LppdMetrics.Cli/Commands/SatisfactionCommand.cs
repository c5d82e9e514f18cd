namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd ikm</c>: the public satisfaction index (IKM, PermenPANRB 14/2017) from survey answers in a CSV file, one
/// respondent a row with columns U1…U9 (answers 1–4, empty = unanswered), optionally per service unit.
/// </summary>
public static class SatisfactionCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var input = new InputFileArgument("CSV or Parquet file: one respondent a row, columns U1…U9 (1–4, empty = unanswered); other columns are ignored.");
        var unit = new Option<string?>("--unit") { Description = "Column naming the service unit: also report each unit, and the mean of the unit indices." };
        var printedWeight = new Option<bool>("--printed-weight") { Description = "Weight each NRR by 0,111 as the regulation's text prints it, instead of the exact 1/9." };
        var format = OutputFormatOption.Create(OutputFormat.Json);
        var command = new Command("ikm", "Public satisfaction index (IKM, PermenPANRB 14/2017): NRR per element U1…U9, IKM, converted IKM (×25), quality letter and performance.");
        input.AddTo(command);
        command.AddOptions(unit, printedWeight, format);
        command.SetAction(parse =>
        {
            string file = input.Required(parse);
            string? unitColumn = parse.GetValue(unit);
            var options = new SatisfactionOptions { Weighting = parse.GetValue(printedWeight) ? SatisfactionWeighting.PrintedThreeDecimals : SatisfactionWeighting.ExactNinth };
            (SatisfactionTally pooledTally, List<(string Name, SatisfactionTally Tally)> units) = Read(file, unitColumn);
            SatisfactionResult pooled = ArgumentErrors.About(file, () => SatisfactionIndex.Compute(pooledTally, options));
            var unitResults = units.Select(u => (u.Name, Result: ArgumentErrors.About(file, () => ComputeUnit(u.Name, u.Tally, options)))).ToList();
            SatisfactionMeanOfUnitsResult? mean = unitColumn is null ? null
                : SatisfactionIndex.MeanOfUnitIndices(unitResults.Select(u => u.Result).ToArray(), options);
            SatisfactionRenderer.Instance.Write(context.Out, parse.GetValue(format), new SatisfactionOutput(file, pooled, unitResults, mean));
            return ExitCodes.Success;
        });
        return command;
    }

    private static SatisfactionResult ComputeUnit(string name, SatisfactionTally tally, SatisfactionOptions options)
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

    private static (SatisfactionTally Pooled, List<(string Name, SatisfactionTally Tally)> Units) Read(string file, string? unitColumn)
    {
        if (File.Exists(file) && ParquetInput.IsParquet(file))
            return ReadParquet(file, unitColumn);
        using CsvInput csv = CsvInput.Open(file);
        var columns = new int[SatisfactionTally.ElementCount];
        for (int u = 0; u < columns.Length; u++)
            columns[u] = csv.Column("U" + (u + 1).ToString(CultureInfo.InvariantCulture));
        int unitIndex = unitColumn is null ? -1 : csv.Column(unitColumn);
        var pooled = new SatisfactionTally();
        var units = new List<(string Name, SatisfactionTally Tally)>();
        var byName = new Dictionary<string, SatisfactionTally>(StringComparer.Ordinal);
        Span<byte> row = stackalloc byte[SatisfactionTally.ElementCount];
        while (csv.MoveNext())
        {
            for (int u = 0; u < columns.Length; u++)
                row[u] = Answer(csv, columns[u]);
            pooled.Add(row);
            if (unitIndex < 0) continue;
            string name = csv.Text(unitIndex);
            if (name.Length == 0)
                throw csv.CellError(unitIndex, "empty unit name.");
            Unit(name, byName, units).Add(row);
        }
        return Result(file, pooled, units);
    }

    private static SatisfactionTally Unit(string name, Dictionary<string, SatisfactionTally> byName, List<(string Name, SatisfactionTally Tally)> units)
    {
        name = DesignCodes.Canonical(name); // as a group code: NFC and NFD spellings of one unit are one unit
        if (!byName.TryGetValue(name, out SatisfactionTally? tally))
        {
            tally = new SatisfactionTally();
            byName.Add(name, tally);
            units.Add((name, tally));
        }
        return tally;
    }

    private static (SatisfactionTally Pooled, List<(string Name, SatisfactionTally Tally)> Units) Result(string file, SatisfactionTally pooled, List<(string Name, SatisfactionTally Tally)> units) =>
        pooled.Respondents == 0
            ? throw new InputException(file, null, null, "no data rows; at least one respondent is required.")
            : (pooled, units);

    private static byte Answer(CsvInput csv, int column)
    {
        string text = csv.Text(column);
        return TryAnswer(text, out byte answer) ? answer : throw csv.CellError(column, NotAnAnswer(text));
    }

    private static bool TryAnswer(string text, out byte answer)
    {
        answer = text.Length == 1 && text[0] is >= '1' and <= '4' ? (byte)(text[0] - '0') : (byte)0;
        return text.Length == 0 || answer != 0;
    }

    private static string NotAnAnswer(string text) => $"'{text}' is not an answer; expected an integer 1–4, or an empty cell for unanswered.";

    // The same reading from a Parquet file: answer columns of integers or text, a null cell unanswered.
    private static (SatisfactionTally Pooled, List<(string Name, SatisfactionTally Tally)> Units) ReadParquet(string file, string? unitColumn)
    {
        var names = Enumerable.Range(1, SatisfactionTally.ElementCount).Select(u => "U" + u.ToString(CultureInfo.InvariantCulture)).ToList();
        if (unitColumn is not null)
            names.Add(unitColumn);
        string?[][] cells = ParquetInput.ReadTexts(file, names);
        var pooled = new SatisfactionTally();
        var units = new List<(string Name, SatisfactionTally Tally)>();
        var byName = new Dictionary<string, SatisfactionTally>(StringComparer.Ordinal);
        var row = new byte[SatisfactionTally.ElementCount];
        for (int i = 0; i < cells[0].Length; i++)
        {
            for (int u = 0; u < row.Length; u++)
            {
                string text = cells[u][i] ?? "";
                if (!TryAnswer(text, out row[u]))
                    throw InputException.InCsv(file, i + 1, null, names[u], NotAnAnswer(text));
            }
            pooled.Add(row);
            if (unitColumn is null) continue;
            string name = cells[^1][i] ?? "";
            if (name.Length == 0)
                throw InputException.InCsv(file, i + 1, null, unitColumn, "empty unit name.");
            if (name.Contains(CsvInput.Replacement, StringComparison.Ordinal))
                throw InputException.InCsv(file, i + 1, null, unitColumn, CsvInput.NotUtf8);
            Unit(name, byName, units).Add(row);
        }
        return Result(file, pooled, units);
    }
}
