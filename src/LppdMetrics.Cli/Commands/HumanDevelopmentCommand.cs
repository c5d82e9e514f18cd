namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd ipm</c>: the human development index (IPM) from its four components, or with <c>--female</c> and
/// <c>--male</c> the gender development index (IPG).
/// </summary>
public static class HumanDevelopmentCommand
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>The printed decimals of the IPG (as BPS prints it).</summary>
    private const int IpgDecimals = 2;

    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var life = NumberOption.Double("--life-expectancy", "UHH, life expectancy at birth, years (e.g. 75.32 or 75,32; BPS range 20–85).", NumberRange.NonNegative);
        var expected = NumberOption.Double("--expected-schooling", "HLS, expected years of schooling, years (0–18).", NumberRange.NonNegative);
        var mean = NumberOption.Double("--mean-schooling", "RLS, mean years of schooling (age 25+), years (0–15).", NumberRange.NonNegative);
        var expenditure = NumberOption.Double("--expenditure",
            "Adjusted per-capita expenditure: BPS in thousand rupiah a year at 2012 prices (12020, not 12020000; range 1007.436–26572.352); UNDP GNI per capita in 2017 PPP $.",
            NumberRange.Positive);
        var method = EnumOption.Create("--method", "Goalposts: bps (BPS metode baru) or undp (UNDP HDI).", Goalposts.Bps, Goalposts.Undp);
        var aboveMaximum = EnumOption.Create("--above-maximum",
            "A component above its maximum goalpost (UHH 85, HLS 18, RLS 15, expenditure 26572.352): refuse (usually a unit or separator error) or cap (use the maximum, as UNDP does, and say so in the trace).",
            AboveMaximum.Refuse, AboveMaximum.Cap);
        var female = NumberOption.Decimal("--female", "IPM of women: with --male, compute the IPG instead (female / male × 100).", new NumberRange(0, 100, MinimumExcluded: true, Hint: "an IPM is an index from 0 to 100"));
        var male = NumberOption.Decimal("--male", "IPM of men: with --female, compute the IPG.", new NumberRange(0, 100, MinimumExcluded: true, Hint: "an IPM is an index from 0 to 100"));
        var format = OutputFormatOption.Create(OutputFormat.Json);

        var command = new Command("ipm", "Human development index (IPM) from UHH, HLS, RLS and expenditure, with its component indices and category; or the gender development index (IPG) from --female and --male.");
        foreach (Option option in new Option[] { life, expected, mean, expenditure, method, aboveMaximum, female, male, format })
            command.Options.Add(option);

        command.SetAction(parse =>
        {
            OutputFormat fmt = parse.GetValue(format);
            decimal? f = parse.GetValue(female), m = parse.GetValue(male);
            double?[] components = [parse.GetValue(life), parse.GetValue(expected), parse.GetValue(mean), parse.GetValue(expenditure)];
            if (f is not null || m is not null)
            {
                if (f is null || m is null)
                    throw new InputException(null, null, null, "the IPG needs both --female and --male.");
                if (components.Any(c => c is not null))
                    throw new InputException(null, null, null, "give either the four IPM components or --female and --male, not both.");
                GenderDevelopmentResult ipg;
                try
                {
                    ipg = GenderDevelopmentIndex.Compute(f.Value, m.Value, IpgDecimals);
                }
                catch (ArgumentOutOfRangeException)
                {
                    throw new InputException(null, null, null, string.Create(Ci,
                        $"--female {f.Value} / --male {m.Value} × 100 exceeds the range of a decimal (±7.9e28); check --male."));
                }
                GenderDevelopmentRenderer.Instance.Write(context.Out, fmt, ipg);
                return ExitCodes.Success;
            }
            string[] names = ["--life-expectancy", "--expected-schooling", "--mean-schooling", "--expenditure"];
            var missing = names.Where((_, i) => components[i] is null).ToArray();
            if (missing.Length > 0)
                throw new InputException(null, null, null, "missing " + string.Join(", ", missing) + " (or give --female and --male for the IPG).");
            var chosen = parse.GetValue(method) == Goalposts.Undp ? HumanDevelopmentMethod.Undp2020 : HumanDevelopmentMethod.Bps2010;
            bool cap = parse.GetValue(aboveMaximum) == AboveMaximum.Cap;
            CheckGoalposts(names, components, chosen, cap);
            chosen = chosen with { AboveMaximum = cap ? AboveMaximumPolicy.Cap : AboveMaximumPolicy.Reject };
            var result = HumanDevelopmentIndex.Compute(components[0]!.Value, components[1]!.Value, components[2]!.Value, components[3]!.Value, chosen);
            HumanDevelopmentRenderer.Instance.Write(context.Out, fmt, result);
            return ExitCodes.Success;
        });
        return command;
    }

    // Each component within its goalposts (BPS: UHH 20–85, HLS 0–18, RLS 0–15, x 1007,436–26572,352), or above the
    // maximum only with --above-maximum cap; a value below a minimum has no index and is always refused.
    private static void CheckGoalposts(string[] names, double?[] components, HumanDevelopmentMethod m, bool cap)
    {
        (double Min, double Max, string Unit)[] goalposts =
        [
            (m.LifeExpectancyMin, m.LifeExpectancyMax, "years"),
            (0, m.ExpectedSchoolingMax, "years"),
            (0, m.MeanSchoolingMax, "years"),
            (m.ExpenditureMin, m.ExpenditureMax, m.ExpenditureUnit),
        ];
        for (int i = 0; i < names.Length; i++)
        {
            double v = components[i]!.Value;
            (double min, double max, string unit) = goalposts[i];
            if (v < min || (v > max && !cap))
                throw new InputException(null, null, null, string.Create(Ci,
                    $"{names[i]} {v} is outside the {m.Name} range {min}–{max} ({unit}){(v > max ? "; check the unit and the decimal separator, or pass --above-maximum cap to use the maximum" : "")}."));
        }
    }
}

/// <summary>The <c>--method</c> values of <c>lppd ipm</c>.</summary>
internal enum Goalposts
{
    /// <summary>bps: <see cref="HumanDevelopmentMethod.Bps2010"/> (BPS metode baru).</summary>
    Bps,

    /// <summary>undp: <see cref="HumanDevelopmentMethod.Undp2020"/> (UNDP HDI).</summary>
    Undp,
}

/// <summary>The <c>--above-maximum</c> values of <c>lppd ipm</c>.</summary>
internal enum AboveMaximum
{
    /// <summary>refuse: a component above its maximum goalpost is an input error (usually a unit or separator error).</summary>
    Refuse,

    /// <summary>cap: use the maximum (<see cref="AboveMaximumPolicy.Cap"/>), as UNDP does.</summary>
    Cap,
}
