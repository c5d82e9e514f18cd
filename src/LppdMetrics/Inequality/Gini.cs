using LppdMetrics.Numbers;

namespace LppdMetrics.Inequality;

/// <summary>The Gini ratio (rasio Gini, indeks Gini) of income or consumption microdata, exact and weighted.</summary>
/// <remarks>
/// <para>Sort by y ascending, pᵢ = wᵢ/W, Lᵢ = Sᵢ/T the cumulative value share (Sᵢ = Σ_{j≤i} wⱼyⱼ, T = S_n). The Gini
/// of the Lorenz trapezoid rule is G = 1 − Σ pᵢ (Lᵢ + Lᵢ₋₁) — BPS's class formula applied to one weighted
/// observation per class, algebraically identical to Eurostat's (laeken <c>gini</c>/100, vardpoor, wbpip, reldist,
/// microdf, Stata <c>ineqdecgini</c>). It is consistent with frequency weights (integer weights give the Gini of the
/// expanded data), independent of the order of ties, and has no n/(n−1) correction unless one is asked for with
/// <see cref="GiniCorrection"/>. convey's Osier formula (higher by about 1/n) is not this one.</para>
/// <para><b>Edges.</b> A fraction in [0, 1); 0 for one observation or equal incomes. Empty input, a length mismatch,
/// NaN/±∞, negative income, negative weights, weights summing to 0, or income summing to 0 (the Lorenz curve is
/// undefined): <see cref="ArgumentException"/> naming the parameter, index and value. Inputs are never mutated.</para>
/// <para><b>Speed.</b> An O(n) LSD radix sort of the IEEE bits with the weights as payload (scratch from the array
/// pool), then one cumulative pass: several times faster than <c>Array.Sort(keys, items)</c>. Sums are taken left to
/// right in sorted order, so results are the same bits on every machine.</para>
/// <para><b>Over partitions.</b> Ginis of parts do not combine into the Gini of the whole. For data split across files
/// or nodes, either gather the (y, w) pairs and call this once, or sort globally by y and pass each partition the
/// running totals at its start (cumulative weight and cumulative Σwy in sorted order): the area term
/// Σ wᵢ(Sᵢ₋₁ + Sᵢ) is then a sum of per-partition terms, and G = 1 − area/(W·T) is exact.</para>
/// </remarks>
public static class Gini
{
    /// <summary>The weighted Gini (Eurostat/BPS trapezoid rule, no correction).</summary>
    /// <param name="income">Income or consumption per capita yᵢ, finite, ≥ 0, not all 0.</param>
    /// <param name="weights">Weights wᵢ (people represented), finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <returns>G in [0, 1).</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static double Compute(ReadOnlySpan<double> income, ReadOnlySpan<double> weights) =>
        Compute(income, weights, GiniCorrection.None);

    /// <summary>The weighted Gini with an explicit small-sample correction.</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="correction">The correction; <see cref="GiniCorrection.None"/> is the BPS/Eurostat convention.</param>
    /// <returns>G (corrected as asked), ≥ 0.</returns>
    /// <exception cref="ArgumentException">See the type's remarks; a correction needs at least 2 observations.</exception>
    public static double Compute(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, GiniCorrection correction)
    {
        CheckCorrection(correction);
        using var sample = SortedWeightedSample.Create(income, weights, nameof(income), nameof(weights));
        return Corrected(OfSample(sample, nameof(income)), sample, correction);
    }

    /// <summary>The unweighted Gini (every weight 1): G = 2 Σ i·y₍ᵢ₎ / (n Σ y) − (n + 1)/n.</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0, at least one.</param>
    /// <returns>G in [0, 1).</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static double Compute(ReadOnlySpan<double> income) => Compute(income, GiniCorrection.None);

    /// <summary>The unweighted Gini with an explicit correction (both corrections are n/(n − 1) here).</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0.</param>
    /// <param name="correction">The correction.</param>
    /// <returns>G (corrected as asked), ≥ 0.</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static double Compute(ReadOnlySpan<double> income, GiniCorrection correction)
    {
        CheckCorrection(correction);
        using var sample = SortedWeightedSample.CreateUnweighted(income, nameof(income));
        return Corrected(OfSample(sample, nameof(income)), sample, correction);
    }

    /// <summary>The uncorrected Gini of a sorted sample.</summary>
    internal static double OfSample(SortedWeightedSample sample, string incomeName)
    {
        if (!(sample.TotalValue > 0))
            throw new ArgumentException(incomeName + " sums to 0 (weighted); the Lorenz curve and the Gini are undefined.", incomeName);
        return OfSorted(sample.Values, sample.Weights);
    }

    /// <summary>
    /// The kernel: the uncorrected Gini of values already sorted ascending, with weights in the same order — for
    /// callers that sort once and re-weight (bootstrap replicates, subgroup masks as zero weights). No validation
    /// beyond a positive total weight and value; the caller guarantees finite, non-negative, sorted input.
    /// </summary>
    /// <param name="sortedValues">Values ascending.</param>
    /// <param name="weights">Weights, same order and length.</param>
    /// <returns>G = 1 − Σ wᵢ(Sᵢ₋₁ + Sᵢ)/(W·T), clamped to [0, 1].</returns>
    internal static double OfSorted(ReadOnlySpan<double> sortedValues, ReadOnlySpan<double> weights)
    {
        double total = 0, running = 0, area = 0;
        for (int i = 0; i < sortedValues.Length; i++)
        {
            double w = weights[i];
            double next = running + w * sortedValues[i];
            area += w * (running + next);
            running = next;
            total += w;
        }
        if (!(total > 0) || !(running > 0))
            throw new ArgumentException("The total weight or the total value is 0; the Gini is undefined.", nameof(weights));
        double g = 1.0 - area / total / running;
        return Math.Clamp(g, 0.0, 1.0);
    }

    private static double Corrected(double g, SortedWeightedSample sample, GiniCorrection correction)
    {
        if (correction == GiniCorrection.None)
            return g;
        int n = sample.Count;
        if (n < 2)
            throw new ArgumentException("A small-sample correction needs at least 2 observations.", nameof(correction));
        if (correction == GiniCorrection.SampleSize)
            return g * n / (n - 1);
        double w = sample.TotalWeight, sumSquares = 0;
        foreach (double wi in sample.Weights)
        {
            double f = wi / w;
            sumSquares += f * f;
        }
        double denominator = 1.0 - sumSquares;
        if (!(denominator > 0))
            throw new ArgumentException("All the weight is on one observation; 1 − Σf² is 0 and the correction is undefined.", nameof(correction));
        return g / denominator;
    }

    private static void CheckCorrection(GiniCorrection correction)
    {
        if (correction is not (GiniCorrection.None or GiniCorrection.SampleSize or GiniCorrection.EffectiveSampleSize))
            throw new ArgumentOutOfRangeException(nameof(correction), correction, FormattableString.Invariant($"correction is {correction}; expected None, SampleSize or EffectiveSampleSize."));
    }
}
