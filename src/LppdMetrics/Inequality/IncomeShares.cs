using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Statistics;

namespace LppdMetrics.Inequality;

/// <summary>Income shares of population slices and the ratios built from them: S80/S20 and the Palma ratio.</summary>
/// <remarks>
/// <para>Shares are read off the trapezoid Lorenz curve (<see cref="Lorenz"/>): the share of the slice between
/// population shares a and b is L(b) − L(a), with the observation straddling a boundary split pro rata of its weight.
/// S80/S20 = (1 − L(0.8)) / L(0.2), the income of the richest 20 % over that of the poorest 20 % (Eurostat's
/// income quintile share ratio, here with the boundary observation split instead of assigned whole). Palma =
/// (1 − L(0.9)) / L(0.4), the richest 10 % over the poorest 40 % (Palma 2011; Cobham and Sumner 2013). The World
/// Bank's bottom-40 % criterion, quoted by BPS, is <c>Share(…, 0, 0.4)</c>.</para>
/// <para><b>Edges.</b> Bad input as for <see cref="Gini"/>. When the poorest slice holds no income the ratio is
/// infinite: <see cref="ArgumentException"/> saying so (never ∞ or NaN).</para>
/// </remarks>
public static class IncomeShares
{
    /// <summary>The share of total income held by the population between shares <paramref name="lower"/> and <paramref name="upper"/>.</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="lower">The lower population share a, 0 ≤ a ≤ b.</param>
    /// <param name="upper">The upper population share b, a ≤ b ≤ 1.</param>
    /// <returns>L(b) − L(a), a fraction in [0, 1].</returns>
    /// <exception cref="ArgumentException">See the type's remarks; a or b outside [0, 1] or a &gt; b.</exception>
    public static double Share(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, double lower, double upper)
    {
        if (!(lower >= 0 && lower <= 1))
            Guard.ThrowOutOfRange(nameof(lower), lower, "a population share in [0, 1]");
        if (!(upper >= lower && upper <= 1))
            Guard.ThrowOutOfRange(nameof(upper), upper, "a population share in [lower, 1]");
        using var sample = SortedWeightedSample.Create(income, weights, nameof(income), nameof(weights));
        Lorenz.RequireIncome(sample, nameof(income));
        return Math.Max(0.0, sample.LorenzAt(upper) - sample.LorenzAt(lower));
    }

    /// <summary>S80/S20: the income share of the richest 20 % over that of the poorest 20 %.</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <returns>The ratio, ≥ 1.</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static double S80S20(ReadOnlySpan<double> income, ReadOnlySpan<double> weights)
    {
        using var sample = SortedWeightedSample.Create(income, weights, nameof(income), nameof(weights));
        return TopBottomRatio(sample, 0.8, 0.2, "S80/S20", nameof(income));
    }

    /// <summary>The Palma ratio: the income share of the richest 10 % over that of the poorest 40 %.</summary>
    /// <param name="income">Income yᵢ, finite, ≥ 0, not all 0.</param>
    /// <param name="weights">Weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <returns>The ratio, ≥ 0.25 (0.25 for equal incomes).</returns>
    /// <exception cref="ArgumentException">See the type's remarks.</exception>
    public static double Palma(ReadOnlySpan<double> income, ReadOnlySpan<double> weights)
    {
        using var sample = SortedWeightedSample.Create(income, weights, nameof(income), nameof(weights));
        return TopBottomRatio(sample, 0.9, 0.4, "Palma", nameof(income));
    }

    /// <summary>(1 − L(top)) / L(bottom) on a sorted sample.</summary>
    internal static double TopBottomRatio(SortedWeightedSample sample, double top, double bottom, string name, string incomeName)
    {
        Lorenz.RequireIncome(sample, incomeName);
        Span<double> ordinates = stackalloc double[2];
        sample.LorenzAt([bottom, top], ordinates);
        return RatioOf(ordinates[0], ordinates[1], bottom, name, incomeName);
    }

    /// <summary>The ordinates of S80/S20 (L(0.2), L(0.8)) and the Palma ratio (L(0.4), L(0.9)), ascending for one pass.</summary>
    internal static ReadOnlySpan<double> RatioShares => [0.2, 0.4, 0.8, 0.9];

    /// <summary>(1 − L(top)) / L(bottom) from the two ordinates; the share <paramref name="bottom"/> and the <paramref name="name"/> are for the error.</summary>
    internal static double RatioOf(double low, double topOrdinate, double bottom, string name, string incomeName)
    {
        if (!(low > 0))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The poorest {bottom * 100:0.#} % hold no income, so {name} is infinite (undefined)."), incomeName);
        double high = Math.Max(0.0, 1.0 - topOrdinate);
        double ratio = high / low;
        if (!double.IsFinite(ratio))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} overflows: the poorest {bottom * 100:0.#} % hold almost no income."), incomeName);
        return ratio;
    }
}
