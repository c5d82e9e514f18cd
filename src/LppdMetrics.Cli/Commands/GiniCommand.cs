using System.CommandLine;
using LppdMetrics.Inequality;

namespace LppdMetrics.Cli;

/// <summary><c>lppd gini</c>: the exact weighted Gini ratio of a microdata file (Eurostat/BPS trapezoid rule).</summary>
public static class GiniCommand
{
    /// <summary>The accepted <c>--correction</c> values, the first the default.</summary>
    internal static readonly string[] Corrections = ["none", "n-over-n-minus-1", "effective-n"];

    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var input = new MicrodataInput();
        var correction = new Option<string>("--correction")
        {
            Description = "Small-sample correction: none (BPS, Eurostat, laeken, PIP), n-over-n-minus-1 (ineq corr=TRUE, DescTools), effective-n (G/(1−Σf²)).",
            DefaultValueFactory = _ => Corrections[0],
        };
        correction.AcceptOnlyFromAmong(Corrections);
        var format = OutputFormat.Create(OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("gini", "The weighted Gini ratio of microdata (Lorenz trapezoid rule, equal to laeken::gini/100), exact.");
        input.AddTo(command);
        command.Options.Add(correction);
        command.Options.Add(format);
        var precision = new PrecisionOptions(PrecisionOptions.Bootstrap);
        precision.AddTo(command);
        command.SetAction(parse =>
        {
            (double[] y, double[] w) = input.ReadColumns(parse);
            string file = input.File(parse);
            if (precision.Method(parse) is not null)
                return parse.GetValue(correction) == Corrections[0]
                    ? StandardErrorReport.Gini(context, precision, parse, file, y, w, parse.GetValue(format)!)
                    : throw new InputException(null, null, "--correction", "--se gives the standard error of the uncorrected Gini; use --correction none.");
            GiniCorrection c = Parse(parse.GetValue(correction)!);
            double gini = ArgumentErrors.About(file, () => Gini.Compute(y, w, c));
            double population = ArgumentErrors.About(file, () => LppdMetrics.Numbers.ExactTotal.Of(w));
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    JsonOutput.Write(context.Out, j =>
                    {
                        j.WriteStartObject();
                        j.WriteNumber("gini", gini);
                        j.WriteNumber("population", population);
                        j.WriteNumber("n", y.Length);
                        j.WriteEndObject();
                    });
                    break;
                case OutputFormat.Csv:
                    context.Out.WriteLine("gini,population,n");
                    context.Out.WriteLine(string.Join(",", PovertyCommand.R(gini), PovertyCommand.R(population), y.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                default:
                    context.Out.WriteLine(FormattableString.Invariant($"Gini ratio of {file}: {gini:0.000000}  (n = {y.Length}, weighted population {population:N2}; correction: {parse.GetValue(correction)})"));
                    break;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static GiniCorrection Parse(string text) => text switch
    {
        "n-over-n-minus-1" => GiniCorrection.SampleSize,
        "effective-n" => GiniCorrection.EffectiveSampleSize,
        _ => GiniCorrection.None,
    };
}
