namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd grouped</c>: Gini and, with <c>--mean</c> and <c>--line</c>, P0/P1/P2 of grouped data (one row per group,
/// population share and income/expenditure share, ascending income) by the trapezoid rule or a parametric Lorenz
/// curve (Datt 1998; PIP).
/// </summary>
public static class GroupedCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var input = new InputFileArgument("CSV or Parquet file, one row per group in ascending order of income.");
        var population = new Option<string>("--population") { Description = "Column with each group's population share (0–1).", Required = true };
        var share = new Option<string>("--share") { Description = "Column with each group's income/expenditure share (0–1).", Required = true };
        var decimalComma = new Option<bool>("--decimal-comma") { Description = "Numbers (in the file and in --mean and --line) are written 1.234,56." };
        var mean = NumberOption.Double("--mean", "Mean income/expenditure (needed with --line for P0, P1, P2).", NumberRange.Positive, decimalComma);
        var line = NumberOption.Double("--line", "Poverty line, same unit as --mean.", NumberRange.Positive, decimalComma);
        var model = EnumOption.Create("--model",
            "auto (PIP's choice between gq and beta), gq (General Quadratic), beta (Beta Lorenz) or trapezoid (BPS, Gini only).",
            GroupedModel.Auto, GroupedModel.Gq, GroupedModel.Beta, GroupedModel.Trapezoid);
        var format = OutputFormatOption.Create(OutputFormat.Json);

        var command = new Command("grouped", "Gini and poverty (P0, P1, P2) of grouped data: trapezoid rule (BPS) or parametric Lorenz curves (General Quadratic, Beta; Datt 1998, World Bank PIP).");
        input.AddTo(command);
        foreach (Option option in new Option[] { population, share, mean, line, model, decimalComma, format })
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            string file = input.Required(parse);
            double? mu = parse.GetValue(mean), z = parse.GetValue(line);
            GroupedModel chosen = parse.GetValue(model);
            if (mu.HasValue != z.HasValue)
                throw new InputException(null, null, mu.HasValue ? "--line" : "--mean", "--mean and --line go together: the poverty measures need both.");
            if (chosen == GroupedModel.Trapezoid && z.HasValue)
                throw new InputException(null, null, "--model", "the trapezoid rule gives the Gini only; P0, P1, P2 need a parametric model (auto, gq or beta).");
            GroupedShares shares = Read(file, parse.GetValue(population)!, parse.GetValue(share)!, parse.GetValue(decimalComma));
            GroupedOutput output;
            if (chosen == GroupedModel.Trapezoid)
                output = new(shares.Count, EnumOption.Name(chosen), GroupedGini.Trapezoid(shares).Value, null, null, [], []);
            else
            {
                LorenzModelSelection selection = chosen switch
                {
                    GroupedModel.Gq => LorenzModelSelection.GeneralQuadratic,
                    GroupedModel.Beta => LorenzModelSelection.Beta,
                    _ => LorenzModelSelection.Auto,
                };
                GroupedEstimate estimate = ArgumentErrors.About(file, () => ParametricLorenz.Estimate(shares, selection, mu, z));
                output = new(shares.Count, Name(estimate.GiniModel), estimate.Gini, z.HasValue ? Name(estimate.PovertyModel) : null,
                    estimate.Poverty, [.. estimate.Checks], estimate.Notes);
            }
            GroupedRenderer.Instance.Write(context.Out, parse.GetValue(format), output);
            bool missing = output.Gini is null || (z.HasValue && output.Poverty is null);
            if (missing)
                context.Error.WriteLine("lppd: " + string.Join(" ", output.Notes));
            return missing ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    private static GroupedShares Read(string file, string populationColumn, string shareColumn, bool decimalComma)
    {
        if (File.Exists(file) && ParquetInput.IsParquet(file))
        {
            double[][] columns = ParquetInput.ReadNumberColumns(file, [populationColumn, shareColumn], [ShareProblem, ShareProblem], decimalComma);
            return ArgumentErrors.About(file, () => GroupedShares.FromShares(columns[0], columns[1]));
        }
        var population = new List<double>();
        var welfare = new List<double>();
        using (CsvInput csv = CsvInput.Open(file, decimalComma))
        {
            int p = csv.Column(populationColumn), s = csv.Column(shareColumn);
            while (csv.MoveNext())
            {
                population.Add(Share(csv, p));
                welfare.Add(Share(csv, s));
            }
        }
        return ArgumentErrors.About(file, () => GroupedShares.FromShares(population.ToArray(), welfare.ToArray()));
    }

    private static double Share(CsvInput csv, int column)
    {
        double value = csv.Number(column);
        if (ShareProblem(value) is string problem)
            throw csv.CellError(column, problem);
        return value;
    }

    private static string? ShareProblem(double value) =>
        value < 0 ? Invariant($"{value} is negative; shares must be ≥ 0.")
        : value == 0 ? "0: every group needs a share > 0, so that the cumulative shares are strictly increasing."
        : null;

    private static string Name(LorenzModel? model) => model switch
    {
        LorenzModel.GeneralQuadratic => "gq",
        LorenzModel.Beta => "beta",
        _ => "none",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The <c>--model</c> values of <c>lppd grouped</c> (their kebab-case names are the command-line words).</summary>
internal enum GroupedModel
{
    /// <summary>auto: World Bank PIP's choice between the General Quadratic and the Beta Lorenz curve.</summary>
    Auto,

    /// <summary>gq: the General Quadratic Lorenz curve (Villaseñor and Arnold 1989).</summary>
    Gq,

    /// <summary>beta: the Beta Lorenz curve (Kakwani 1980).</summary>
    Beta,

    /// <summary>trapezoid: the trapezoid rule of BPS (Gini only).</summary>
    Trapezoid,
}
