using LppdMetrics.Numbers;

namespace LppdMetrics.Poverty;

/// <summary>The Watts poverty index: a distribution-sensitive measure, the mean log shortfall of the poor.</summary>
/// <remarks>
/// Watts = (1/W) Σ_{yᵢ &lt; z} wᵢ ln(z/yᵢ), W = Σ wᵢ over everyone (poor and non-poor), as the World Bank PIP
/// (wbpip <c>md_compute_poverty_stats</c>) divides. A poor observation with y = 0 has no finite ln(z/y): refused by
/// default, or skipped in the sum and kept in W with <see cref="WattsZeroConsumption.Exclude"/>, PIP's convention. Sums are exact and rounded once; the logarithm is
/// <see cref="Math.Log(double)"/>, correct to about 1 ulp (its last bit may differ between C runtimes).
/// </remarks>
public static class Watts
{
    /// <summary>The weighted Watts index at <paramref name="povertyLine"/>.</summary>
    /// <param name="consumption">Consumption yᵢ, finite, ≥ 0; a poor observation (positive weight) must have y &gt; 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="povertyLine">The poverty line z, finite, &gt; 0.</param>
    /// <param name="rule">Who counts as poor; strictly below (BPS) by default. An observation at the line adds ln 1 = 0 either way.</param>
    /// <returns>The Watts index, ≥ 0 (0 when nobody is poor).</returns>
    /// <exception cref="ArgumentException">Bad input as for <see cref="Fgt"/>, or a poor observation with zero consumption (named by index).</exception>
    public static double Compute(ReadOnlySpan<double> consumption, ReadOnlySpan<double> weights, double povertyLine,
        PovertyLineRule rule = PovertyLineRule.StrictlyBelow) =>
        Compute(consumption, weights, povertyLine, rule, WattsZeroConsumption.Refuse);

    /// <summary>The weighted Watts index with an explicit convention for zero consumption among the poor.</summary>
    /// <param name="consumption">Consumption yᵢ, finite, ≥ 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="povertyLine">The poverty line z, finite, &gt; 0.</param>
    /// <param name="rule">Who counts as poor; strictly below (BPS, PIP) by default.</param>
    /// <param name="zeros"><see cref="WattsZeroConsumption.Refuse"/>: a poor y = 0 is an error naming its index;
    /// <see cref="WattsZeroConsumption.Exclude"/> (World Bank PIP, wbpip <c>md_compute_watts</c>): it adds nothing to
    /// the sum and still counts in W.</param>
    /// <returns>The Watts index, ≥ 0 and finite (ln(z/y) is taken without overflow for any finite y &gt; 0).</returns>
    /// <exception cref="ArgumentException">Bad input as for <see cref="Fgt"/>, an undefined <paramref name="zeros"/>,
    /// or with <see cref="WattsZeroConsumption.Refuse"/> a poor observation with zero consumption.</exception>
    public static double Compute(ReadOnlySpan<double> consumption, ReadOnlySpan<double> weights, double povertyLine,
        PovertyLineRule rule, WattsZeroConsumption zeros)
    {
        Guard.Defined(zeros);
        Guard.NotEmpty(consumption);
        // The accumulator checks the line, the rule and every value under the same names, and sums exactly, with tiny
        // and huge weights kept in range (see FgtAccumulator).
        var accumulator = new FgtAccumulator(povertyLine, rule);
        accumulator.Add(consumption, weights);
        if (accumulator.Population == 0)
            Guard.ThrowZeroTotal(nameof(weights));
        if (accumulator.Watts(zeros) is { } watts)
            return watts;
        for (int i = 0; i < consumption.Length; i++)
        {
            if (consumption[i] == 0 && weights[i] > 0)
                Guard.ThrowElement(nameof(consumption), i, consumption[i], "a number > 0 for a poor person (ln(z/y) is undefined at 0)");
        }
        throw new InvalidOperationException("Watts is undefined, yet no poor observation has zero consumption.");
    }

    /// <summary>The unweighted Watts index (every weight 1).</summary>
    /// <param name="consumption">Consumption yᵢ, finite, ≥ 0; every poor y must be &gt; 0.</param>
    /// <param name="povertyLine">The poverty line z, finite, &gt; 0.</param>
    /// <returns>The Watts index, ≥ 0.</returns>
    /// <exception cref="ArgumentException">As the weighted overload.</exception>
    public static double Compute(ReadOnlySpan<double> consumption, double povertyLine)
    {
        Guard.NotEmpty(consumption);
        double[] ones = new double[consumption.Length];
        Array.Fill(ones, 1.0);
        return Compute(consumption, ones, povertyLine);
    }
}
