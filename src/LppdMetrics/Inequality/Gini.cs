using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Statistics;

namespace LppdMetrics.Inequality;

/// <summary>The Gini ratio (rasio Gini, indeks Gini) of income or consumption microdata, exact and weighted.</summary>
/// <remarks>
/// <para>Sort by y ascending, pᵢ = wᵢ/W, Lᵢ = Sᵢ/T the cumulative value share (Sᵢ = Σ_{j≤i} wⱼyⱼ, T = S_n). The Gini
/// of the Lorenz trapezoid rule is G = 1 − Σ pᵢ (Lᵢ + Lᵢ₋₁) — BPS's class formula applied to one weighted
/// observation per class, algebraically identical to Eurostat's (laeken <c>gini</c>/100, vardpoor, wbpip, reldist,
/// microdf, Stata <c>ineqdecgini</c>). It is consistent with frequency weights (integer weights give the Gini of the
/// expanded data), independent of the order of ties, and has no n/(n−1) correction unless one is asked for with
/// <see cref="GiniCorrection"/>. convey's Osier formula (higher by about 1/n) is not this one.</para>
/// <para><b>Edges.</b> A fraction in [0, 1); 0 for one observation or equal incomes; the same bits under any
/// order of the rows, ties included; any scale of weights and values gives the same G, and any finite positive weights
/// and values together (w = [1e300, 1e-300] on y = [1e-300, 1e300] gives ½): data whose products would underflow
/// are computed with a wider exponent (see <c>OfSorted</c>). Empty input, a length mismatch,
/// NaN/±∞, negative income, negative weights, weights summing to 0, or income summing to 0 (the Lorenz curve is
/// undefined): <see cref="ArgumentException"/> naming the parameter, index and value. Inputs are never mutated, except by
/// <see cref="ComputeInPlace"/>, which sorts them to save memory.</para>
/// <para><b>Speed.</b> An O(n) LSD radix sort of the IEEE bits with the weights as payload (scratch from the array
/// pool), then one cumulative pass in the mean-difference form (see <c>OfSorted</c>): several times faster than
/// <c>Array.Sort(keys, items)</c>. Sums are taken left to right in sorted order, the rows of a tie ordered by weight
/// and merged into one point, so results are the same bits on every machine and under any row order.</para>
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

    /// <summary>
    /// The weighted Gini computed in the caller's arrays, sorting them in place instead of a sorted copy: the same
    /// figure as <see cref="Compute(ReadOnlySpan{double}, ReadOnlySpan{double}, GiniCorrection)"/>, bit for bit, with
    /// 32 bytes per observation less memory (no sorted copy, and above 2²⁰ rows no sort scratch either: for files of
    /// millions of rows).
    /// </summary>
    /// <remarks>On success <paramref name="income"/> is left sorted ascending (−0 as +0) and
    /// <paramref name="weights"/> permuted along: any statistic that does not depend on the order of the rows (a
    /// total, another Gini) can still be computed from them. A missing, negative or non-finite element is refused before
    /// anything is changed; after the other errors (weights or income summing to 0) the arrays are left sorted.</remarks>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0; sorted in place.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0; permuted in place.</param>
    /// <param name="correction">The correction; <see cref="GiniCorrection.None"/> is the BPS/Eurostat convention.</param>
    /// <returns>G (corrected as asked), ≥ 0.</returns>
    /// <exception cref="ArgumentException">See the type's remarks; a correction needs at least 2 observations.</exception>
    public static double ComputeInPlace(double[] income, double[] weights, GiniCorrection correction = GiniCorrection.None)
    {
        ArgumentNullException.ThrowIfNull(income);
        ArgumentNullException.ThrowIfNull(weights);
        CheckCorrection(correction);
        // The kernel reads the weights only through each tie's sum; the effective-n correction also sums squares.
        using var sample = SortedWeightedSample.CreateInPlace(income, weights, nameof(income), nameof(weights),
            weightSumsOnly: correction != GiniCorrection.EffectiveSampleSize);
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
    internal static double OfSample(SortedWeightedSample sample, string incomeName) =>
        OfSorted(sample.Values, sample.Weights, incomeName);

    /// <summary>
    /// The kernel: the uncorrected Gini of values already sorted ascending, with weights in the same order — for
    /// callers that sort once and re-weight (bootstrap replicates, subgroup masks as zero weights). The caller
    /// guarantees finite, non-negative, sorted input.
    /// </summary>
    /// <remarks>
    /// <para>G = Σᵢ wᵢ Dᵢ / (W·T) with Dᵢ = Σ_{j&lt;i} wⱼ (yᵢ − yⱼ), the mean-difference form of the trapezoid rule
    /// (Σᵢⱼ wᵢwⱼ|yᵢ − yⱼ| / (2W²μ)), computed by Dᵢ = Dᵢ₋₁ + Cᵢ₋₁·(yᵢ − yᵢ₋₁). Every term is ≥ 0, so there is no
    /// cancellation and G is never below 0. Above ½, G is taken as 1 − Σ wᵢ(Sᵢ₋₁ + Sᵢ)/(W·T) (the trapezoid form,
    /// also a sum of non-negative terms), which is never above 1 — no clamp is needed or applied.</para>
    /// <para><b>Scale.</b> The weights and the values are first multiplied by powers of two (exact) that bring the
    /// largest of each near 1, so weights of 1e300 or 5e-324 and values from 1e-300 to 1e300 do not overflow; G is
    /// scale-free, so this changes nothing else. When the smallest positive scaled weight 2^ew and value 2^ey could
    /// make a term underflow (2ew + ey &lt; −900, checked from the smallest positive weight — the one extra pass, fused
    /// with the maximum — and the first positive value), the same sums in the same order are taken with
    /// <see cref="WideDouble"/> (double mantissa, 64-bit exponent) instead, so no row is lost; ordinary data never
    /// take that path.</para>
    /// <para><b>Determinism.</b> Equal values (ties) are merged into one point whose weight is the left-to-right sum of
    /// the tie's scaled weights in the order given. Callers give ties in a canonical order (<see cref="TieOrder"/>:
    /// <see cref="SortedWeightedSample"/> by weight, the bootstrap by weight then PSU; the in-place sample leaves ties
    /// in input order when the weights are whole numbers below 2⁵³ in total, whose every partial sum is exact), in which
    /// rows that could be swapped are equal in every term, so the result is the same to the last bit under any order of the input rows;
    /// a tie's weight is then within (k − 1) units in the last place of its exact sum (k rows). The wide path sums a
    /// tie exactly (<see cref="ExactSum"/>), which is order-free by itself.</para>
    /// </remarks>
    /// <param name="sortedValues">Values ascending.</param>
    /// <param name="weights">Weights, same order and length, each tie in a canonical order (see the remarks).</param>
    /// <param name="incomeName">The caller's parameter name for the values, for the error.</param>
    /// <returns>G in [0, 1).</returns>
    /// <exception cref="ArgumentException">No positive weight on a positive value: the Lorenz curve is undefined.</exception>
    internal static double OfSorted(ReadOnlySpan<double> sortedValues, ReadOnlySpan<double> weights, string incomeName = "income")
    {
        int n = sortedValues.Length;
        double maxWeight = 0, minWeight = double.MaxValue;
        foreach (double w in weights)
        {
            maxWeight = Math.Max(maxWeight, w);
            if (w > 0)
                minWeight = Math.Min(minWeight, w);
        }
        if (n == 0 || !(maxWeight > 0) || !(sortedValues[n - 1] > 0))
            throw new ArgumentException(incomeName + " sums to 0 (weighted); the Lorenz curve and the Gini are undefined.", incomeName);
        int firstPositive = 0;
        while (!(sortedValues[firstPositive] > 0))
            firstPositive++;
        // After scaling, every weight is ≥ 2^ew and every positive value ≥ 2^ey (ew, ey ≤ 0). Each term of the sums
        // below is at least 2^(2ew + ey − 53) (w·C·Δy, w·S with Δy ≥ one ulp of y), so above 2^-900 none is subnormal.
        int ew = Math.ILogB(minWeight) - Math.ILogB(maxWeight), ey = Math.ILogB(sortedValues[firstPositive]) - Math.ILogB(sortedValues[n - 1]);
        if (2L * ew + ey < -900)
            return OfSortedWide(sortedValues, weights, default, incomeName);
        double valueScale = Scaling.PowerOfTwo(sortedValues[n - 1]);
        double weightScale = Scaling.PowerOfTwo(maxWeight);

        double cumulative = 0, deficit = 0, numerator = 0, total = 0, area = 0, previous = 0;
        int i = 0;
        while (i < n)
        {
            double x = sortedValues[i];
            // A tie's weight: its rows' scaled weights summed left to right, in the caller's canonical tie order.
            double w = weights[i] * weightScale;
            int end = i + 1;
            while (end < n && sortedValues[end] == x)
                w += weights[end++] * weightScale;
            double y = x * valueScale;
            deficit += cumulative * (y - previous);
            numerator += w * deficit;
            cumulative += w;
            double next = total + w * y;
            area += w * (total + next);
            total = next;
            previous = y;
            i = end;
        }
        if (!(total > 0))
            throw new ArgumentException(incomeName + " sums to 0 (weighted); the Lorenz curve and the Gini are undefined.", incomeName);
        // Both forms are sums of non-negative terms: G = N/(W·T) ≥ 0 is accurate near 0, and G = 1 − A/(W·T), with A
        // the Lorenz trapezoid area term, is ≤ 1 and accurate near 1. Each is used where it is the accurate one.
        double g = numerator / cumulative / total;
        return g < 0.5 ? g : 1.0 - area / cumulative / total;
    }

    /// <summary>
    /// The uncorrected Gini of sorted values re-weighted by <paramref name="multiplierOfPsu"/> (a bootstrap replicate: row i
    /// weighs wᵢ·fᵢ, fᵢ the multiplier of its PSU), for any finite weights and multipliers ≥ 0: the products are taken
    /// exactly scaled by the power of two of the replicate's own largest (<see cref="ReplicateWeights.Scale"/>), so
    /// that neither a product above the double range (weights of 1e308 drawn twice) nor a subnormal one (5e-324 × 1.5,
    /// which rounds to a whole multiple of 5e-324) changes the result. Where every positive scaled product is a normal
    /// double this is <see cref="OfSorted"/> of them — the same bits as <c>OfSorted(values, w·f)</c> wherever those
    /// products are normal doubles, and under any power-of-two scaling of the weights; otherwise (a replicate whose
    /// weights span more than 2^2022) the same sums in <see cref="WideDouble"/>, each product rounded once.
    /// </summary>
    /// <param name="sortedValues">Values ascending.</param>
    /// <param name="weights">The full-sample weights in that order, ties canonical (see <see cref="OfSorted"/>).</param>
    /// <param name="psuOf">Each row's PSU, or empty when row i is PSU i.</param>
    /// <param name="multiplierOfPsu">The replicate's multiplier of each PSU (finite, ≥ 0).</param>
    /// <param name="incomeName">The caller's parameter name for the values, for the error.</param>
    internal static double OfReplicate(ReadOnlySpan<double> sortedValues, ReadOnlySpan<double> weights, ReadOnlySpan<int> psuOf,
        ReadOnlySpan<double> multiplierOfPsu, string incomeName = "income")
    {
        double[] scaled = System.Buffers.ArrayPool<double>.Shared.Rent(weights.Length);
        try
        {
            Span<double> replicate = scaled.AsSpan(0, weights.Length);
            return ReplicateWeights.Scale(weights, psuOf, multiplierOfPsu, replicate)
                ? OfSorted(sortedValues, replicate, incomeName)
                : OfSortedWide(sortedValues, weights, new Factors(psuOf, multiplierOfPsu), incomeName);
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(scaled);
        }
    }

    /// <summary>
    /// <see cref="OfSorted"/> with every quantity a <see cref="WideDouble"/> (double mantissa, 64-bit exponent): the
    /// same formula, tie merging and summation order, taken only when a scaled term could fall below 2^-900. Row i
    /// weighs wᵢ·fᵢ (the product rounded once), fᵢ its PSU's multiplier (1 without <paramref name="factors"/>).
    /// </summary>
    private static double OfSortedWide(ReadOnlySpan<double> sortedValues, ReadOnlySpan<double> weights, Factors factors, string incomeName)
    {
        int n = sortedValues.Length;
        WideDouble cumulative = default, deficit = default, numerator = default, total = default, area = default;
        double previous = 0;
        int i = 0;
        while (i < n)
        {
            double x = sortedValues[i];
            int end = TieEnd(sortedValues, i);
            WideDouble w = end - i == 1 ? factors.Weight(weights, i) : WideTieWeight(weights, factors, i, end);
            WideDouble y = WideDouble.Of(x);
            deficit += cumulative * WideDouble.Of(x - previous); // x ≥ previous ≥ 0: no overflow, one rounding
            numerator += w * deficit;
            cumulative += w;
            WideDouble next = total + w * y;
            area += w * (total + next);
            total = next;
            previous = x;
            i = end;
        }
        if (total.IsZero || cumulative.IsZero)
            throw new ArgumentException(incomeName + " sums to 0 (weighted); the Lorenz curve and the Gini are undefined.", incomeName);
        double g = (numerator / cumulative / total).ToDouble();
        return g < 0.5 ? g : 1.0 - (area / cumulative / total).ToDouble();
    }

    // The rows' multipliers of a replicate (none: the full sample): row i's is byPsu[psuOf[i]], or byPsu[i] without psuOf.
    private readonly ref struct Factors(ReadOnlySpan<int> psuOf, ReadOnlySpan<double> byPsu)
    {
        private readonly ReadOnlySpan<int> _psuOf = psuOf;
        private readonly ReadOnlySpan<double> _byPsu = byPsu;

        // wᵢ·fᵢ rounded once (wᵢ alone without multipliers).
        public WideDouble Weight(ReadOnlySpan<double> weights, int i) =>
            _byPsu.IsEmpty ? WideDouble.Of(weights[i]) : WideDouble.Of(weights[i]) * WideDouble.Of(_byPsu[_psuOf.IsEmpty ? i : _psuOf[i]]);
    }

    // One past the last index holding the value at i (the values are sorted).
    private static int TieEnd(ReadOnlySpan<double> sortedValues, int i)
    {
        int end = i + 1;
        while (end < sortedValues.Length && sortedValues[end] == sortedValues[i])
            end++;
        return end;
    }

    // A tie's weight: its rows' weights (each wᵢ·fᵢ rounded once) summed exactly relative to the largest (exact,
    // order-free); weights below 2^-1074 of that largest one are below the rounding of the sum.
    private static WideDouble WideTieWeight(ReadOnlySpan<double> weights, Factors factors, int start, int end)
    {
        long top = long.MinValue;
        for (int i = start; i < end; i++)
        {
            WideDouble w = factors.Weight(weights, i);
            if (!w.IsZero)
                top = Math.Max(top, w.Exponent);
        }
        if (top == long.MinValue)
            return default;
        var sum = new ExactSum();
        for (int i = start; i < end; i++)
        {
            WideDouble w = factors.Weight(weights, i);
            if (!w.IsZero)
                sum.Add(Math.ScaleB(w.Mantissa, (int)Math.Max(w.Exponent - top, -2000)));
        }
        return WideDouble.Of(sum.ToDouble(), top);
    }

    private static double Corrected(double g, SortedWeightedSample sample, GiniCorrection correction)
    {
        if (correction == GiniCorrection.None)
            return g;
        // n counts the observations with a positive weight: a row of weight 0 changes neither G nor Σ fᵢ² (a subgroup
        // masked by zero weights has its own n), so it cannot change n/(n − 1) either.
        int n = 0;
        foreach (double wi in sample.Weights)
        {
            if (wi > 0)
                n++;
        }
        if (n < 2)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A small-sample correction needs at least 2 observations with a positive weight; there are {n}."), nameof(correction));
        if (correction == GiniCorrection.SampleSize)
            return g * n / (n - 1);
        // fᵢ = wᵢ/W from weights scaled by a power of two that brings the largest near 1 (exact), so that W cannot
        // overflow (weights of 1e308) and the fractions keep the bits of the unscaled ones on ordinary data.
        double scale = Numbers.Scaling.PowerOfTwo(Numbers.Scaling.Max(sample.Weights));
        double w = 0, sumSquares = 0;
        foreach (double wi in sample.Weights)
            w += wi * scale;
        foreach (double wi in sample.Weights)
        {
            double f = wi * scale / w;
            sumSquares += f * f;
        }
        // 1 − Σf² loses its digits to cancellation when one weight holds most of W (w = (1, 10⁻¹⁰): 2·10⁻¹⁰ to 5·10⁻⁷
        // relative; w = (1, 10⁻²⁰⁰): 0, refused as if all the weight were on one row). There it is taken as
        // Σ fᵢ·(W − wᵢ)/W, W − wᵢ the sum of the other weights (prefix + suffix): non-negative terms, no cancellation.
        double denominator = sumSquares > 0.5 ? OthersShare(sample.Weights, scale, w) : 1.0 - sumSquares;
        if (!double.IsNormal(denominator))
            throw new ArgumentException(denominator > 0
                ? string.Create(CultureInfo.InvariantCulture, $"1 − Σf² is {denominator:R}, below the range of a double (one weight holds all but 2⁻¹⁰²² of the total); the correction cannot be computed.")
                : "All the weight is on one observation; 1 − Σf² is 0 and the correction is undefined.", nameof(correction));
        return g / denominator;
    }

    // 1 − Σ fᵢ² = Σ fᵢ·(W − wᵢ)/W with W − wᵢ = Σ_{j≠i} wⱼ from prefix and suffix sums (scaled weights, W their sum).
    private static double OthersShare(ReadOnlySpan<double> weights, double scale, double w)
    {
        var suffix = new double[weights.Length + 1];
        for (int i = weights.Length - 1; i >= 0; i--)
            suffix[i] = suffix[i + 1] + weights[i] * scale;
        double prefix = 0, sum = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            double wi = weights[i] * scale;
            sum += wi / w * ((prefix + suffix[i + 1]) / w);
            prefix += wi;
        }
        return sum;
    }

    private static void CheckCorrection(GiniCorrection correction)
    {
        if (correction is not (GiniCorrection.None or GiniCorrection.SampleSize or GiniCorrection.EffectiveSampleSize))
            throw new ArgumentOutOfRangeException(nameof(correction), correction, string.Create(CultureInfo.InvariantCulture, $"correction is {correction}; expected None, SampleSize or EffectiveSampleSize."));
    }
}
