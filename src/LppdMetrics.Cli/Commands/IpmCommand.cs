using System.CommandLine;
using System.Globalization;
using LppdMetrics.HumanDevelopment;

namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd ipm</c>: the human development index (IPM) from its four components, or with <c>--female</c> and
/// <c>--male</c> the gender development index (IPG).
/// </summary>
public static class IpmCommand
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var life = new Option<double?>("--life-expectancy") { Description = "UHH, life expectancy at birth, years (e.g. 75.32)." };
        var expected = new Option<double?>("--expected-schooling") { Description = "HLS, expected years of schooling, years (capped at 18)." };
        var mean = new Option<double?>("--mean-schooling") { Description = "RLS, mean years of schooling (age 25+), years (capped at 15)." };
        var expenditure = new Option<double?>("--expenditure")
        {
            Description = "Adjusted per-capita expenditure: BPS in thousand rupiah a year at 2012 prices (12020, not 12020000); UNDP GNI per capita in 2017 PPP $.",
        };
        var method = new Option<string>("--method") { Description = "Goalposts: bps (BPS metode baru, default) or undp (UNDP HDI).", DefaultValueFactory = _ => "bps" };
        method.AcceptOnlyFromAmong("bps", "undp");
        var female = new Option<decimal?>("--female") { Description = "IPM of women: with --male, compute the IPG instead (female / male × 100)." };
        var male = new Option<decimal?>("--male") { Description = "IPM of men: with --female, compute the IPG." };
        var format = OutputFormat.Create(OutputFormat.Text, OutputFormat.Json, OutputFormat.Explain);

        var command = new Command("ipm", "Human development index (IPM) from UHH, HLS, RLS and expenditure, with its component indices and category; or the gender development index (IPG) from --female and --male.");
        foreach (Option option in new Option[] { life, expected, mean, expenditure, method, female, male, format })
            command.Options.Add(option);

        command.SetAction(parse =>
        {
            string fmt = parse.GetValue(format)!;
            decimal? f = parse.GetValue(female), m = parse.GetValue(male);
            double?[] components = [parse.GetValue(life), parse.GetValue(expected), parse.GetValue(mean), parse.GetValue(expenditure)];
            if (f is not null || m is not null)
            {
                if (f is null || m is null)
                    throw new InputException(null, null, null, "the IPG needs both --female and --male.");
                if (components.Any(c => c is not null))
                    throw new InputException(null, null, null, "give either the four IPM components or --female and --male, not both.");
                WriteIpg(context.Out, GenderDevelopmentIndex.Compute(f.Value, m.Value), fmt);
                return ExitCodes.Success;
            }
            string[] names = ["--life-expectancy", "--expected-schooling", "--mean-schooling", "--expenditure"];
            var missing = names.Where((_, i) => components[i] is null).ToArray();
            if (missing.Length > 0)
                throw new InputException(null, null, null, "missing " + string.Join(", ", missing) + " (or give --female and --male for the IPG).");
            var chosen = parse.GetValue(method) == "undp" ? HumanDevelopmentMethod.Undp2020 : HumanDevelopmentMethod.Bps2010;
            var result = HumanDevelopmentIndex.Compute(components[0]!.Value, components[1]!.Value, components[2]!.Value, components[3]!.Value, chosen);
            WriteIpm(context.Out, result, fmt);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteIpm(TextWriter output, HumanDevelopmentResult r, string format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.Write(output, w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("ipm", r.Ipm);
                    w.WriteNumber("healthIndex", r.HealthIndex);
                    w.WriteNumber("educationIndex", r.EducationIndex);
                    w.WriteNumber("expenditureIndex", r.ExpenditureIndex);
                    w.WriteString("category", r.Category.ToString());
                    w.WriteEndObject();
                });
                break;
            case OutputFormat.Explain:
                output.WriteLine(r.Trace.ToText());
                break;
            default:
                output.WriteLine(string.Create(Ci, $"IPM {r.Value} ({HumanDevelopmentIndex.IndonesianName(r.Category)}), {r.Method.Name}"));
                output.WriteLine(string.Create(Ci, $"  health index (I_kesehatan)         {r.HealthIndex:F4}"));
                output.WriteLine(string.Create(Ci, $"  education index (I_pendidikan)     {r.EducationIndex:F4}"));
                output.WriteLine(string.Create(Ci, $"  expenditure index (I_pengeluaran)  {r.ExpenditureIndex:F4}"));
                foreach (string note in r.Trace.Notes)
                    output.WriteLine("  note: " + note);
                break;
        }
    }

    private static void WriteIpg(TextWriter output, GenderDevelopmentResult r, string format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.Write(output, w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("ipg", r.Unrounded);
                    w.WriteNumber("femaleIpm", r.Trace.Inputs[0].Value);
                    w.WriteNumber("maleIpm", r.Trace.Inputs[1].Value);
                    w.WriteEndObject();
                });
                break;
            case OutputFormat.Explain:
                output.WriteLine(r.Trace.ToText());
                break;
            default:
                output.WriteLine(string.Create(Ci, $"IPG {r.Value}"));
                break;
        }
    }
}
