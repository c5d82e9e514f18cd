using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Statistics;

namespace LppdMetrics.Inequality;

/// <summary>The Lorenz curve of income or consumption microdata (the curve whose trapezoid area gives <see cref="Gini"/>).</summary>
/// <remarks>
/// Sorted by y ascending, the curve joins (0, 0) and the points (Cᵢ/W, Sᵢ/T) with straight lines (Cᵢ cumulative
/// weight, Sᵢ cumulative weighted income, W and T their totals); between points it is interpolated linearly, that is,
/// the observation straddling p is split. Edges and validation as for <see cref="Gini"/>: empty, NaN/±∞, negative
/// values or weights, zero total weight or zero total income throw <see cref="ArgumentException"/>.
/// </remarks>
public static class Lorenz
{
    /// <summary>The curve at K + 1 equally spaced population shares p = 0, 1/K, …, 1.</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="intervals">K, 1 to <see cref="MaxIntervals"/>, the number of equal population intervals (10 gives deciles).</param>
    /// <returns>K + 1 points from (0, 0) to (1, 1).</returns>
    /// <exception cref="ArgumentException">See the type's remarks; K outside 1 to <see cref="MaxIntervals"/>.</exception>
    public static LorenzPoint[] AtShares(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, int intervals)
    {
        CheckIntervals(intervals);
        using var sample = SortedWeightedSample.Create(income, weights, nameof(income), nameof(weights));
        RequireIncome(sample, nameof(income));
        return AtShares(sample, intervals);
    }

    /// <summary>The curve at every observation: (0, 0) and (Cᵢ/W, Sᵢ/T) for each of the n sorted observations.</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <returns>n + 1 points, the last (1, 1).</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static LorenzPoint[] AtObservations(ReadOnlySpan<double> income, ReadOnlySpan<double> weights)
    {
        using var sample = SortedWeightedSample.Create(income, weights, nameof(income), nameof(weights));
        RequireIncome(sample, nameof(income));
        return AtObservations(sample);
    }

    /// <summary>
    /// <see cref="AtShares(ReadOnlySpan{double}, ReadOnlySpan{double}, int)"/> in the caller's arrays, sorting them in
    /// place instead of a sorted copy: the same points, bit for bit, with 32 bytes per observation less memory. On success
    /// <paramref name="income"/> is left sorted ascending (−0 as +0) and <paramref name="weights"/> permuted along, ties by
    /// weight, so that another statistic of the same arrays (<see cref="Gini.ComputeInPlace"/>, another curve) does not
    /// sort them again; a bad element is refused before anything is changed.
    /// </summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0; sorted in place.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0; permuted in place.</param>
    /// <param name="intervals">K, the number of equal population intervals, 1 to <see cref="MaxIntervals"/>.</param>
    /// <returns>K + 1 points from (0, 0) to (1, 1).</returns>
    /// <exception cref="ArgumentException">See the type's remarks; K outside 1 to <see cref="MaxIntervals"/>.</exception>
    public static LorenzPoint[] AtSharesInPlace(double[] income, double[] weights, int intervals)
    {
        ArgumentNullException.ThrowIfNull(income);
        ArgumentNullException.ThrowIfNull(weights);
        CheckIntervals(intervals);
        using var sample = SortedWeightedSample.CreateInPlace(income, weights, nameof(income), nameof(weights));
        RequireIncome(sample, nameof(income));
        return AtShares(sample, intervals);
    }

    /// <summary>
    /// <see cref="AtObservations(ReadOnlySpan{double}, ReadOnlySpan{double})"/> in the caller's arrays, sorting them in
    /// place as <see cref="AtSharesInPlace"/> does: the same points, bit for bit.
    /// </summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0; sorted in place.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0; permuted in place.</param>
    /// <returns>n + 1 points, the last (1, 1).</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static LorenzPoint[] AtObservationsInPlace(double[] income, double[] weights)
    {
        ArgumentNullException.ThrowIfNull(income);
        ArgumentNullException.ThrowIfNull(weights);
        using var sample = SortedWeightedSample.CreateInPlace(income, weights, nameof(income), nameof(weights));
        RequireIncome(sample, nameof(income));
        return AtObservations(sample);
    }

    // All the ordinates in one pass of the running sums (SortedWeightedSample.LorenzAt over ascending shares).
    internal static LorenzPoint[] AtShares(SortedWeightedSample sample, int intervals)
    {
        var shares = new double[intervals + 1];
        for (int k = 0; k <= intervals; k++)
            shares[k] = k == intervals ? 1.0 : (double)k / intervals;
        var ordinates = new double[intervals + 1];
        sample.LorenzAt(shares, ordinates);
        var points = new LorenzPoint[intervals + 1];
        for (int k = 0; k <= intervals; k++)
            points[k] = new LorenzPoint(shares[k], k == 0 ? 0.0 : ordinates[k]);
        return points;
    }

    internal static LorenzPoint[] AtObservations(SortedWeightedSample sample)
    {
        ReadOnlySpan<double> c = sample.CumulativeWeights;
        ReadOnlySpan<double> s = sample.CumulativeValues;
        var points = new LorenzPoint[sample.Count + 1];
        double w = c[^1], t = s[^1]; // the scaled totals (see SortedWeightedSample.CumulativeWeights)
        for (int i = 0; i < sample.Count; i++)
            points[i + 1] = new LorenzPoint(Math.Min(1.0, c[i] / w), Math.Min(1.0, s[i] / t));
        return points;
    }

    internal static void RequireIncome(SortedWeightedSample sample, string incomeName)
    {
        if (!(sample.ScaledTotals.Value > 0))
            throw new ArgumentException(incomeName + " sums to 0 (weighted); the Lorenz curve is undefined.", incomeName);
    }

    /// <summary>The most intervals <see cref="AtShares(ReadOnlySpan{double}, ReadOnlySpan{double}, int)"/> takes: 10⁷
    /// (K + 1 points; a point at every observation is what <see cref="AtObservations(ReadOnlySpan{double}, ReadOnlySpan{double})"/> is for).</summary>
    public const int MaxIntervals = 10_000_000;

    private static void CheckIntervals(int intervals)
    {
        if (intervals is < 1 or > MaxIntervals)
            throw new ArgumentOutOfRangeException(nameof(intervals), intervals, string.Create(CultureInfo.InvariantCulture, $"intervals is {intervals}; expected 1 to {MaxIntervals}."));
    }
}
