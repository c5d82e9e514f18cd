using System.CommandLine;
using System.Globalization;
using LppdMetrics.Poverty;

namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd poverty</c>: P0, P1, P2 and Watts of household microdata at a poverty line, optionally by subgroup, streaming
/// the file in constant memory through <see cref="FgtAccumulator"/> (one per group).
/// </summary>
public static class PovertyCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var input = new MicrodataInput();
        var line = NumberOption.Double("--line", "The poverty line z (garis kemiskinan), in the unit of --value; poor when value < z.", NumberRange.Positive, input.DecimalComma);
        line.Required = true;
        var wattsZeros = new Option<string>("--watts-zeros")
        {
            Description = "A poor household with zero consumption, where ln(z/0) is infinite: 'refuse' (the default: Watts unavailable, the rest printed) or 'exclude' (World Bank PIP: left out of the Watts sum, kept in the population).",
            DefaultValueFactory = _ => "refuse",
        };
        wattsZeros.AcceptOnlyFromAmong("refuse", "exclude");
        var by = new Option<string?>("--by") { Description = "A column to decompose by (kecamatan, urban/rural)." };
        var format = OutputFormat.Create(OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("poverty", "FGT poverty indices P0, P1, P2 (fractions) and the Watts index from microdata, optionally decomposed by a group column.");
        input.AddTo(command);
        command.Options.Add(line);
        command.Options.Add(by);
        command.Options.Add(wattsZeros);
        command.Options.Add(format);
        var precision = new PrecisionOptions(PrecisionOptions.Bootstrap, PrecisionOptions.Linearization);
        precision.AddTo(command);
        command.SetAction(parse =>
        {
            double z = parse.GetValue(line)!.Value;
            string? groupColumn = parse.GetValue(by);
            var zeros = parse.GetValue(wattsZeros) == "exclude" ? WattsZeroConsumption.Exclude : WattsZeroConsumption.Refuse;
            if (precision.Method(parse) is not null)
            {
                if (groupColumn is not null)
                    throw new InputException(null, null, "--by", "--se is not available with --by; run one subgroup file at a time.");
                (double[] values, double[] weights) = input.ReadColumns(parse);
                return StandardErrorReport.Poverty(context, precision, parse, input.File(parse), values, weights, z, parse.GetValue(format)!);
            }
            var total = new FgtAccumulator(z);
            var groups = new Dictionary<string, FgtAccumulator>(StringComparer.Ordinal);
            long firstZeroPoorRow = 0, row = 0;
            input.ForEachRow(parse, groupColumn, (y, w, g) =>
            {
                row++;
                FgtAccumulator acc = total;
                if (g is not null && !groups.TryGetValue(g, out acc!))
                    groups[g] = acc = new FgtAccumulator(z);
                acc.Add(y, w);
                if (y == 0 && firstZeroPoorRow == 0)
                    firstZeroPoorRow = row;
            });
            FgtDecomposition? decomposition = null;
            FgtResult result;
            double? watts;
            if (groupColumn is not null)
            {
                string path = input.File(parse);
                decomposition = ArgumentErrors.About(path, () => FgtDecomposition.Combine(groups.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList()));
                result = decomposition.Total;
                var all = new FgtAccumulator(z);
                foreach (FgtAccumulator g in groups.Values)
                    all.Merge(g);
                watts = all.Watts(zeros);
            }
            else
            {
                result = ArgumentErrors.About(input.File(parse), total.Result);
                watts = total.Watts(zeros);
            }
            string? wattsUnavailable = watts is null
                ? FormattableString.Invariant($"undefined: a poor household has zero consumption (first at row {firstZeroPoorRow}), and ln(z/0) is infinite.")
                : null;
            string file = input.File(parse);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    WriteJson(context, result, watts, wattsUnavailable, decomposition);
                    break;
                case OutputFormat.Csv:
                    WriteCsv(context, result, watts, decomposition);
                    break;
                default:
                    WriteText(context, file, result, watts, wattsUnavailable, decomposition);
                    break;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteJson(CliContext context, FgtResult r, double? watts, string? wattsUnavailable, FgtDecomposition? d) =>
        JsonOutput.Write(context.Out, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("population", r.Population);
            w.WriteNumber("poorPopulation", r.PoorPopulation);
            w.WriteNumber("p0", r.P0);
            w.WriteNumber("p1", r.P1);
            w.WriteNumber("p2", r.P2);
            if (watts is double value)
                w.WriteNumber("watts", value);
            else
            {
                w.WriteNull("watts");
                w.WriteString("wattsUnavailable", wattsUnavailable);
            }
            if (d is not null)
            {
                w.WriteStartArray("groups");
                foreach (FgtGroup g in d.Groups)
                {
                    w.WriteStartObject();
                    w.WriteString("group", g.Group);
                    w.WriteNumber("population", g.Result.Population);
                    w.WriteNumber("populationShare", g.PopulationShare);
                    w.WriteNumber("p0", g.Result.P0);
                    w.WriteNumber("p1", g.Result.P1);
                    w.WriteNumber("p2", g.Result.P2);
                    w.WriteNumber("contributionP0", g.ContributionP0);
                    w.WriteNumber("contributionP1", g.ContributionP1);
                    w.WriteNumber("contributionP2", g.ContributionP2);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        });

    private static void WriteCsv(CliContext context, FgtResult r, double? watts, FgtDecomposition? d)
    {
        TextWriter o = context.Out;
        if (d is null)
        {
            o.WriteLine("population,poorPopulation,p0,p1,p2,watts");
            o.WriteLine(string.Join(",", R(r.Population), R(r.PoorPopulation), R(r.P0), R(r.P1), R(r.P2), watts is null ? "" : R(watts.Value)));
            return;
        }
        o.WriteLine("group,population,populationShare,p0,p1,p2,contributionP0,contributionP1,contributionP2");
        foreach (FgtGroup g in d.Groups)
            o.WriteLine(string.Join(",", Quote(g.Group), R(g.Result.Population), R(g.PopulationShare), R(g.Result.P0), R(g.Result.P1), R(g.Result.P2),
                R(g.ContributionP0), R(g.ContributionP1), R(g.ContributionP2)));
        o.WriteLine(string.Join(",", "(total)", R(r.Population), "1", R(r.P0), R(r.P1), R(r.P2), "1", "1", "1"));
    }

    private static void WriteText(CliContext context, string file, FgtResult r, double? watts, string? wattsUnavailable, FgtDecomposition? d)
    {
        TextWriter o = context.Out;
        o.WriteLine(FormattableString.Invariant($"Poverty in {file} at the line z = {r.PovertyLine:R} (poor when consumption < z)"));
        o.WriteLine(FormattableString.Invariant($"  population (weighted)   {r.Population,18:N2}"));
        o.WriteLine(FormattableString.Invariant($"  poor (weighted)         {r.PoorPopulation,18:N2}"));
        o.WriteLine(FormattableString.Invariant($"  P0 headcount ratio      {r.P0,18:0.000000}   ({r.P0 * 100:0.00} %)"));
        o.WriteLine(FormattableString.Invariant($"  P1 poverty gap          {r.P1,18:0.000000}   (×100: {r.P1 * 100:0.00})"));
        o.WriteLine(FormattableString.Invariant($"  P2 severity             {r.P2,18:0.000000}   (×100: {r.P2 * 100:0.00})"));
        o.WriteLine(watts is double value
            ? FormattableString.Invariant($"  Watts                   {value,18:0.000000}")
            : "  Watts                   unavailable: " + wattsUnavailable);
        if (d is null)
            return;
        o.WriteLine();
        o.WriteLine("  group                 population   share        P0        P1        P2   contrib P0  contrib P1  contrib P2");
        foreach (FgtGroup g in d.Groups)
            o.WriteLine(FormattableString.Invariant(
                $"  {g.Group,-18} {g.Result.Population,14:N0} {g.PopulationShare,7:0.0000} {g.Result.P0,9:0.000000} {g.Result.P1,9:0.000000} {g.Result.P2,9:0.000000}   {g.ContributionP0,9:0.0000}   {g.ContributionP1,9:0.0000}   {g.ContributionP2,9:0.0000}"));
    }

    internal static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
