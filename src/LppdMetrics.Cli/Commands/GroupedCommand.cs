using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LppdMetrics.Inequality;

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
        var input = new Option<string>("--input") { Description = "CSV or Parquet file, one row per group in ascending order of income.", Required = true };
        var population = new Option<string>("--population") { Description = "Column with each group's population share (0–1).", Required = true };
        var share = new Option<string>("--share") { Description = "Column with each group's income/expenditure share (0–1).", Required = true };
        var decimalComma = new Option<bool>("--decimal-comma") { Description = "Numbers (in the file and in --mean and --line) are written 1.234,56." };
        var mean = NumberOption.Double("--mean", "Mean income/expenditure (needed with --line for P0, P1, P2).", NumberRange.Positive, decimalComma);
        var line = NumberOption.Double("--line", "Poverty line, same unit as --mean.", NumberRange.Positive, decimalComma);
        var model = new Option<string>("--model")
        {
            Description = "auto (PIP's choice between gq and beta), gq (General Quadratic), beta (Beta Lorenz) or trapezoid (BPS, Gini only).",
            DefaultValueFactory = _ => "auto",
        };
        model.AcceptOnlyFromAmong("auto", "gq", "beta", "trapezoid");
        Option<string> format = OutputFormat.Create(OutputFormat.Text, OutputFormat.Json);

        var command = new Command("grouped", "Gini and poverty (P0, P1, P2) of grouped data: trapezoid rule (BPS) or parametric Lorenz curves (General Quadratic, Beta; Datt 1998, World Bank PIP).");
        foreach (Option option in new Option[] { input, population, share, mean, line, model, decimalComma, format })
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            string file = parse.GetValue(input)!;
            double? mu = parse.GetValue(mean), z = parse.GetValue(line);
            string chosen = parse.GetValue(model)!;
            if (mu.HasValue != z.HasValue)
                throw new InputException(null, null, mu.HasValue ? "--line" : "--mean", "--mean and --line go together: the poverty measures need both.");
            if (chosen == "trapezoid" && z.HasValue)
                throw new InputException(null, null, "--model", "the trapezoid rule gives the Gini only; P0, P1, P2 need a parametric model (auto, gq or beta).");
            GroupedShares shares = Read(file, parse.GetValue(population)!, parse.GetValue(share)!, parse.GetValue(decimalComma));
            bool json = parse.GetValue(format) == OutputFormat.Json;
            if (chosen == "trapezoid")
            {
                double gini = GroupedGini.Trapezoid(shares).Value;
                if (json)
                    JsonOutput.Write(context.Out, w =>
                    {
                        w.WriteStartObject();
                        w.WriteString("model", "trapezoid");
                        w.WriteNumber("gini", gini);
                        w.WriteStartArray("checks");
                        w.WriteEndArray();
                        w.WriteEndObject();
                    });
                else
                    context.Out.WriteLine(Invariant($"Model: trapezoid (BPS), {shares.Count} groups\nGini: {gini:F6}"));
                return ExitCodes.Success;
            }
            LorenzModelSelection selection = chosen switch
            {
                "gq" => LorenzModelSelection.GeneralQuadratic,
                "beta" => LorenzModelSelection.Beta,
                _ => LorenzModelSelection.Auto,
            };
            GroupedEstimate estimate = ArgumentErrors.About(file, () => ParametricLorenz.Estimate(shares, selection, mu, z));
            if (json)
                WriteJson(context.Out, estimate, z.HasValue);
            else
                WriteText(context.Out, estimate, shares.Count, z.HasValue);
            bool missing = estimate.Gini is null || (z.HasValue && estimate.Poverty is null);
            if (missing)
                context.Error.WriteLine("lppd: " + string.Join(" ", estimate.Notes));
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

    private static void WriteJson(TextWriter output, GroupedEstimate estimate, bool poverty) =>
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("model", Name(estimate.GiniModel));
            WriteNullable(w, "gini", estimate.Gini);
            if (poverty)
            {
                w.WriteString("povertyModel", Name(estimate.PovertyModel));
                WriteNullable(w, "headcount", estimate.Poverty?.Headcount);
                WriteNullable(w, "povertyGap", estimate.Poverty?.PovertyGap);
                WriteNullable(w, "squaredPovertyGap", estimate.Poverty?.SquaredPovertyGap);
            }
            w.WriteStartArray("checks");
            foreach (LorenzCheck check in estimate.Checks)
            {
                w.WriteStartObject();
                w.WriteString("name", check.Name);
                w.WriteBoolean("passed", check.Passed);
                w.WriteString("detail", check.Detail);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("notes");
            foreach (string note in estimate.Notes)
                w.WriteStringValue(note);
            w.WriteEndArray();
            w.WriteEndObject();
        });

    private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v)
            w.WriteNumber(name, v);
        else
            w.WriteNull(name);
    }

    private static void WriteText(TextWriter output, GroupedEstimate estimate, int groups, bool poverty)
    {
        output.WriteLine(Invariant($"Groups: {groups}"));
        output.WriteLine($"Gini: {Show(estimate.Gini)} (model: {Name(estimate.GiniModel)})");
        if (poverty)
        {
            output.WriteLine($"P0 (headcount): {Show(estimate.Poverty?.Headcount)} (model: {Name(estimate.PovertyModel)})");
            output.WriteLine($"P1 (poverty gap): {Show(estimate.Poverty?.PovertyGap)}");
            output.WriteLine($"P2 (squared poverty gap): {Show(estimate.Poverty?.SquaredPovertyGap)}");
        }
        output.WriteLine("Checks:");
        foreach (LorenzCheck check in estimate.Checks)
            output.WriteLine($"  {(check.Passed ? "ok  " : "FAIL")} {check.Name}: {check.Detail}");
        foreach (string note in estimate.Notes)
            output.WriteLine("Note: " + note);
    }

    private static string Show(double? value) => value is double v ? v.ToString("F6", CultureInfo.InvariantCulture) : "not computed";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
