using LppdMetrics.Bands;

namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd capaian</c>: the capaian kinerja of a realisation against a target with the indicator's polarity, and its
/// Permendagri 86/2017 predicate.
/// </summary>
public static class AchievementCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var target = new Option<string>("--target") { Description = "The target T (a number; NIHIL, n/a or - when missing).", Required = true };
        var realization = new Option<string>("--realization") { Description = "The realisation R (a number; NIHIL, n/a or - when missing).", Required = true };
        var polarity = EnumOption.Optional("--polarity",
            "positive: R / T × 100 (higher is better); negative: (2T − R) / T × 100 (lower is better: poverty, Gini, TPT, risk).",
            Polarity.Positive, Polarity.Negative);
        polarity.Required = true;
        var cap = NumberOption.Decimal("--cap", "Cap the capaian at this % (e.g. 100 or 120); none by default, as the report.", NumberRange.Any);
        var floor = NumberOption.Decimal("--floor", "Floor the capaian at this % (e.g. 0); none by default, as the report.", NumberRange.Any);
        var zeroTarget = EnumOption.Create("--zero-target", "A target of 0: undefined (no capaian) or reject (an error).", ZeroTargetPolicy.Undefined, ZeroTargetPolicy.Reject);
        var gapRule = EnumOption.Create("--gap-rule",
            "A capaian in a gap of the predicate table (90–91, 75–76, …): lower-band or round-to-integer.",
            PredicateGapChoice.LowerBand, PredicateGapChoice.RoundToInteger);
        var format = OutputFormatOption.Create(OutputFormat.Json);

        var command = new Command("capaian", "Capaian kinerja (achievement against target, %) with polarity, and its predicate (Permendagri 86/2017).");
        foreach (Option option in new Option[] { target, realization, polarity, cap, floor, zeroTarget, gapRule, format })
            command.Options.Add(option);

        command.SetAction(parse =>
        {
            decimal? t = DecimalOption.ParseOrMissing(parse.GetValue(target)!, "--target");
            decimal? r = DecimalOption.ParseOrMissing(parse.GetValue(realization)!, "--realization");
            Polarity p = parse.GetValue(polarity)!.Value;
            var options = new AchievementOptions
            {
                Cap = parse.GetValue(cap),
                Floor = parse.GetValue(floor),
                ZeroTarget = parse.GetValue(zeroTarget),
            };
            AchievementResult result = Achievement.Compute(t, r, p, options);
            BandGapPolicy rule = parse.GetValue(gapRule) == PredicateGapChoice.RoundToInteger ? BandGapPolicy.RoundToPrintedPrecision : BandGapPolicy.LowerBand;
            PredicateResult? predicate = result.Unrounded is { } u ? PerformancePredicates.Classify(u, gapPolicy: rule) : null;
            AchievementRenderer.Instance.Write(context.Out, parse.GetValue(format), new AchievementOutput(result, predicate));
            return ExitCodes.Success;
        });
        return command;
    }
}

/// <summary>The <c>--gap-rule</c> values of <c>lppd capaian</c> (their kebab-case names are the command-line words).</summary>
internal enum PredicateGapChoice
{
    /// <summary>lower-band: a capaian in a printed gap takes the lower band (<see cref="BandGapPolicy.LowerBand"/>, the report's reading).</summary>
    LowerBand,

    /// <summary>round-to-integer: the capaian is rounded to the printed precision (integer %) first (<see cref="BandGapPolicy.RoundToPrintedPrecision"/>).</summary>
    RoundToInteger,
}
