using LppdMetrics.Bands;
using System.CommandLine;
using System.Globalization;
using LppdMetrics.Accountability;

namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd capaian</c>: the capaian kinerja of a realisation against a target with the indicator's polarity, and its
/// Permendagri 86/2017 predicate.
/// </summary>
public static class CapaianCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var target = new Option<string>("--target") { Description = "The target T (a number; NIHIL, n/a or - when missing).", Required = true };
        var realization = new Option<string>("--realization") { Description = "The realisation R (a number; NIHIL, n/a or - when missing).", Required = true };
        var polarity = new Option<string>("--polarity")
        {
            Description = "positive: R / T × 100 (higher is better); negative: (2T − R) / T × 100 (lower is better: poverty, Gini, TPT, risk).",
            Required = true,
        };
        polarity.AcceptOnlyFromAmong("positive", "negative");
        var cap = NumberOption.Decimal("--cap", "Cap the capaian at this % (e.g. 100 or 120); none by default, as the report.", NumberRange.Any);
        var floor = NumberOption.Decimal("--floor", "Floor the capaian at this % (e.g. 0); none by default, as the report.", NumberRange.Any);
        var zeroTarget = new Option<string>("--zero-target")
        {
            Description = "A target of 0: 'undefined' (no capaian, the default) or 'reject' (an error).",
            DefaultValueFactory = _ => "undefined",
        };
        zeroTarget.AcceptOnlyFromAmong("undefined", "reject");
        var gapRule = new Option<string>("--gap-rule")
        {
            Description = "A capaian in a gap of the predicate table (90–91, 75–76, …): 'lower-band' (the default) or 'round-to-integer'.",
            DefaultValueFactory = _ => "lower-band",
        };
        gapRule.AcceptOnlyFromAmong("lower-band", "round-to-integer");
        var format = OutputFormat.Create(OutputFormat.Text, OutputFormat.Json, OutputFormat.Explain);

        var command = new Command("capaian", "Capaian kinerja (achievement against target, %) with polarity, and its predicate (Permendagri 86/2017).");
        foreach (Option option in new Option[] { target, realization, polarity, cap, floor, zeroTarget, gapRule, format })
            command.Options.Add(option);

        command.SetAction(parse =>
        {
            decimal? t = DecimalOption.ParseOrMissing(parse.GetValue(target)!, "--target");
            decimal? r = DecimalOption.ParseOrMissing(parse.GetValue(realization)!, "--realization");
            Polarity p = parse.GetValue(polarity) == "negative" ? Polarity.Negative : Polarity.Positive;
            var options = new CapaianOptions
            {
                Cap = parse.GetValue(cap),
                Floor = parse.GetValue(floor),
                ZeroTarget = parse.GetValue(zeroTarget) == "reject" ? ZeroTargetPolicy.Reject : ZeroTargetPolicy.Undefined,
            };
            CapaianResult result = Capaian.Compute(t, r, p, options);
            BandGapPolicy rule = parse.GetValue(gapRule) == "round-to-integer" ? BandGapPolicy.RoundToPrintedPrecision : BandGapPolicy.LowerBand;
            PredicateResult? predicate = result.Unrounded is { } u ? PerformancePredicates.Classify(u, gapPolicy: rule) : null;
            Write(context.Out, parse.GetValue(format)!, result, predicate);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, string format, CapaianResult result, PredicateResult? predicate)
    {
        var ci = CultureInfo.InvariantCulture;
        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.Write(output, w =>
                {
                    w.WriteStartObject();
                    JsonOutput.NumberOrNull(w, "capaian", result.Value);
                    if (predicate is null) w.WriteNull("predicate"); else w.WriteString("predicate", predicate.Label);
                    JsonOutput.NumberOrNull(w, "unrounded", result.Unrounded);
                    JsonOutput.NumberOrNull(w, "raw", result.Raw);
                    w.WriteString("polarity", result.Polarity == Polarity.Negative ? "negative" : "positive");
                    JsonOutput.NumberOrNull(w, "target", result.Target);
                    JsonOutput.NumberOrNull(w, "realization", result.Realization);
                    w.WriteBoolean("predicateInGap", predicate?.InPrintedGap ?? false);
                    if (result.MissingReason is null) w.WriteNull("missing"); else w.WriteString("missing", result.MissingReason);
                    w.WriteEndObject();
                });
                break;
            case OutputFormat.Explain:
                output.WriteLine(result.Trace.ToText());
                if (predicate is not null) output.WriteLine(predicate.Trace.ToText());
                break;
            default:
                if (result.Value is { } v)
                    output.WriteLine($"capaian {v.ToString(ci)} % ({predicate!.Label}); unrounded {result.Unrounded!.Value.ToString(ci)}"
                                     + (predicate.InPrintedGap ? "; the capaian lies in a gap of the predicate table" : ""));
                else
                    output.WriteLine("capaian undefined: " + result.MissingReason);
                break;
        }
    }
}
