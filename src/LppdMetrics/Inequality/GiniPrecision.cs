using LppdMetrics.Numbers;

namespace LppdMetrics.Inequality;

/// <summary>Standard error and confidence interval of the weighted Gini ratio (<i>rasio Gini</i>) under a survey design.</summary>
public static class GiniPrecision
{
    /// <summary>
    /// Rao–Wu bootstrap SE of the Gini of <see cref="Gini.Compute(ReadOnlySpan{double}, ReadOnlySpan{double})"/>
    /// (Eurostat/BPS trapezoid rule, no correction): the data are sorted once, and each replicate re-weights the
    /// sorted data (w_i × the Rao–Wu multiplier of its PSU) and evaluates G = 1 − Σ w_i(S_{i−1} + S_i)/(W·T) in one
    /// pass — no re-sorting, O(n) per replicate. See <see cref="Numbers.Bootstrap"/> for the resampling. With
    /// <see cref="SurveyDesign.SimpleRandomSample"/> the observations are labelled by rank rather than input order
    /// (an equally valid draw, so replicate values differ from <see cref="Numbers.Bootstrap.Estimate"/>'s for the same seed).
    /// </summary>
    /// <param name="income">Income or consumption per capita, finite, ≥ 0, not all 0.</param>
    /// <param name="weights">Survey weights, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="design">The design, one entry per observation (<see cref="SurveyDesign.SimpleRandomSample"/> without strata and PSUs).</param>
    /// <param name="options">Replicates, seed, level; null for the defaults (200, 1, 0.95).</param>
    /// <returns>The Gini with its bootstrap SE and normal interval.</returns>
    /// <exception cref="ArgumentException">Bad income or weights (as for <see cref="Gini"/>), a length mismatch with the design, or bad options.</exception>
    public static PrecisionEstimate Bootstrap(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, SurveyDesign design, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        Guard.SameLength(design.Count, income.Length, nameof(design), nameof(income));
        using var sample = design.IsSimple
            ? SortedWeightedSample.Create(income, weights, nameof(income), nameof(weights))
            : SortedWeightedSample.CreateWithOrder(income, weights, nameof(income), nameof(weights));
        Gini.OfSample(sample, nameof(income));
        // Without clusters every observation is its own, exchangeable PSU: label the PSUs by rank, so that the
        // replicate weights are built by a sequential pass (same distribution of replicates as labelling by input order).
        int[]? psuOfSorted = null;
        if (!design.IsSimple)
        {
            ReadOnlySpan<int> order = sample.Order;
            psuOfSorted = new int[order.Length];
            for (int k = 0; k < order.Length; k++)
                psuOfSorted[k] = design.PsuOf[order[k]];
        }
        return Numbers.Bootstrap.Run(sample.Weights.ToArray(), psuOfSorted, design, w => Gini.OfSorted(sample.Values, w),
            options ?? new BootstrapOptions(), "G = 1 − Σ w_i(S_{i−1} + S_i)/(W·T) on the sorted data, re-weighted per replicate");
    }
}
