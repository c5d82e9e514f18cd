using System.Globalization;
using LppdMetrics.Tracing;

namespace LppdMetrics.Poverty;

/// <summary>
/// The additive decomposition of the FGT indices by subgroup (Foster, Greer and Thorbecke 1984): each group's
/// index, population share and contribution to the total.
/// </summary>
/// <remarks>
/// Built from one exact <see cref="FgtAccumulator"/> per group; the total is their exact merge, so it equals the
/// one-pass result over all the data, and Σ_g (W_g/W)·Pα,g = Pα holds up to the rounding of the final divisions.
/// </remarks>
/// <param name="Total">The indices of the whole population.</param>
/// <param name="TotalWatts">The Watts index of the whole population, or null when a poor person has zero consumption.</param>
/// <param name="Groups">The groups, in the order given (or ascending code for <see cref="Compute"/>).</param>
public sealed record FgtDecomposition(FgtResult Total, double? TotalWatts, IReadOnlyList<FgtGroup> Groups) : ITraceable
{
    /// <summary>The calculation: rule id <c>poverty.fgt.decomposition</c>, one step per group, each group's FGT trace as a part.</summary>
    public CalculationTrace Trace
    {
        get
        {
            var b = new TraceBuilder("poverty.fgt.decomposition", "Pα = Σ_g (W_g/W)·Pα,g; contribution_g = W_g·Pα,g / (W·Pα)", "Foster, Greer & Thorbecke (1984)")
                .Input("W", Total.Population, "weighted population")
                .Input("z", Total.PovertyLine, "poverty line (garis kemiskinan)");
            foreach (FgtGroup g in Groups)
            {
                b.Step("share of P0 of " + g.Group, "W_g·P0_g / (W·P0)", g.ContributionP0);
                b.Part(g.Result.Trace);
            }
            return b.Note("Group sums are exact; the total is their exact merge, equal to one pass over all the data.")
                .Result(Numbers.ReportRounding.ToDecimal(Total.P0));
        }
    }

    /// <summary>Decomposes weighted microdata by an integer group code per observation.</summary>
    /// <param name="consumption">Consumption yᵢ, finite, ≥ 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="groups">The group code of each observation (e.g. a kecamatan code), same length.</param>
    /// <param name="povertyLine">The poverty line z, finite, ≥ 2^-1022 (the smallest normal double).</param>
    /// <param name="rule">Who counts as poor; strictly below (BPS) by default.</param>
    /// <returns>The decomposition; groups in ascending code, labelled with the code in invariant digits.</returns>
    /// <exception cref="ArgumentException">Bad input as for <see cref="Fgt"/>, or a length mismatch.</exception>
    public static FgtDecomposition Compute(ReadOnlySpan<double> consumption, ReadOnlySpan<double> weights, ReadOnlySpan<int> groups,
        double povertyLine, PovertyLineRule rule = PovertyLineRule.StrictlyBelow)
    {
        Fgt.CheckLine(povertyLine);
        Guard.NotEmpty(consumption);
        Guard.SameLength(consumption.Length, weights.Length, nameof(consumption), nameof(weights));
        Guard.SameLength(consumption.Length, groups.Length, nameof(consumption), nameof(groups));
        Fgt.CheckRule(rule);
        Guard.AllFiniteNonNegative(consumption);
        Guard.AllFiniteNonNegative(weights);
        var byCode = new SortedDictionary<int, FgtAccumulator>();
        for (int i = 0; i < consumption.Length; i++)
        {
            if (!byCode.TryGetValue(groups[i], out FgtAccumulator? acc))
                byCode[groups[i]] = acc = new FgtAccumulator(povertyLine, rule);
            acc.Add(consumption[i], weights[i]);
        }
        return Combine(byCode.Select(kv => new KeyValuePair<string, FgtAccumulator>(kv.Key.ToString(CultureInfo.InvariantCulture), kv.Value)).ToList());
    }

    /// <summary>Combines one accumulator per group (filled by the caller, e.g. while streaming a file).</summary>
    /// <param name="groups">Label and accumulator of each group, all at the same line and rule; at least one.</param>
    /// <returns>The decomposition, groups in the order given.</returns>
    /// <exception cref="ArgumentException">No groups, a null label or accumulator, accumulators at different lines, or a total population of 0 (each named by its index in <paramref name="groups"/>).</exception>
    public static FgtDecomposition Combine(IReadOnlyList<KeyValuePair<string, FgtAccumulator>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count == 0)
            throw new ArgumentException("groups is empty; at least one group is required.", nameof(groups));
        for (int i = 0; i < groups.Count; i++)
        {
            (string label, FgtAccumulator acc) = groups[i];
            if (label is null || acc is null)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"groups[{i}] has no {(label is null ? "label" : "accumulator")} (null)."), nameof(groups));
            FgtAccumulator first = groups[0].Value;
            if (acc.PovertyLine != first.PovertyLine || acc.Rule != first.Rule)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"groups[{i}] has poverty line {Guard.Show(acc.PovertyLine)} ({acc.Rule}) but groups[0] has {Guard.Show(first.PovertyLine)} ({first.Rule}); only accumulators at the same line combine."), nameof(groups));
        }
        var total = new FgtAccumulator(groups[0].Value.PovertyLine, groups[0].Value.Rule);
        foreach (var g in groups)
            total.Merge(g.Value);
        if (total.Population <= 0)
            throw new ArgumentException("The weights of all the groups sum to 0; at least one weight must be > 0.", nameof(groups));
        FgtResult t = total.Result();
        var list = new List<FgtGroup>(groups.Count);
        foreach (var (label, acc) in groups)
        {
            double w = acc.Population;
            if (w <= 0)
            {
                list.Add(new FgtGroup(label, new FgtResult(0, 0, 0, 0, 0, t.PovertyLine, t.Rule), 0, 0, 0, 0, null));
                continue;
            }
            FgtResult r = acc.Result();
            double share = w / t.Population;
            list.Add(new FgtGroup(label, r, share,
                Contribution(acc.PoorSum, total.PoorSum),
                Contribution(acc.GapSum, total.GapSum),
                Contribution(acc.SquaredSum, total.SquaredSum),
                acc.Watts()));
        }
        return new FgtDecomposition(t, total.Watts(), list);
    }

    // (W_g/W)·P_g / P = S_g / S: the group's exact index mass over the total's (the total is their exact sum).
    private static double Contribution(double groupSum, double totalSum) =>
        totalSum > 0 ? Math.Min(1.0, groupSum / totalSum) : 0.0;
}
