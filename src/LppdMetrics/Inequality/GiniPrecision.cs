using LppdMetrics.Numbers;
using LppdMetrics.Statistics;

namespace LppdMetrics.Inequality;

/// <summary>Standard error and confidence interval of the weighted Gini ratio (<i>rasio Gini</i>) under a survey design.</summary>
public static class GiniPrecision
{
    /// <summary>
    /// Rao–Wu bootstrap SE of the Gini of <see cref="Gini.Compute(ReadOnlySpan{double}, ReadOnlySpan{double})"/>
    /// (Eurostat/BPS trapezoid rule, no correction): the data are sorted once, and each replicate re-weights the
    /// sorted data (w_i × the Rao–Wu multiplier of its PSU) and evaluates G = 1 − Σ w_i(S_{i−1} + S_i)/(W·T) in one
    /// pass — no re-sorting, O(n) per replicate. With strata or PSUs, eight replicates share each pass over the sorted
    /// data (one per vector lane, the same bits as one at a time), and replicates run on all cores
    /// (<see cref="BootstrapOptions.MaxDegreeOfParallelism"/>) with the same result on any number of them. The rows of a
    /// tie (equal incomes) are summed left to right in a canonical order (weight, then PSU), so the result is also the
    /// same bits under any order of the input rows that numbers the strata and PSUs the same way (the design numbers
    /// them by first appearance, and the draws follow those numbers). See <see cref="Statistics.Bootstrap"/> for the resampling. With
    /// <see cref="SurveyDesign.SimpleRandomSample"/> the observations are labelled by rank rather than input order
    /// (an equally valid draw, so replicate values differ from <see cref="Statistics.Bootstrap.Estimate"/>'s for the same seed).
    /// </summary>
    /// <param name="income">Income or consumption per capita, finite, ≥ 0, not all 0.</param>
    /// <param name="weights">Survey weights, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="design">The design, one entry per observation (<see cref="SurveyDesign.SimpleRandomSample"/> without strata and PSUs).</param>
    /// <param name="options">Replicates, seed, level; null for the defaults (200, 1, 0.95).</param>
    /// <returns>The Gini with its bootstrap SE and normal interval.</returns>
    /// <exception cref="ArgumentException">Bad income or weights (as for <see cref="Gini"/>), a length mismatch with the design, or bad
    /// options; a design under which a replicate draws only PSUs with no income (naming <paramref name="design"/>).</exception>
    public static PrecisionEstimate Bootstrap(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, SurveyDesign design, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        Guard.SameLength(design.Count, income.Length, nameof(design), nameof(income));
        options ??= new BootstrapOptions();
        if (design.IsSimple)
        {
            using var sample = SortedWeightedSample.Create(income, weights, nameof(income), nameof(weights));
            Gini.OfSample(sample, nameof(income));
            // Without clusters every observation is its own, exchangeable PSU: label the PSUs by rank, so that the
            // replicate weights are built by a sequential pass (same distribution of replicates as labelling by input order).
            // The weights are first brought by a power of two to a largest in [1, 2) (exact where the smallest stays
            // normal; the Gini does not depend on their scale), so that no w·m overflows nor rounds among the
            // subnormals: the replicate weights are then the exact products, rounded once. Where the weights span more
            // than that (2^1022), each replicate receives its multipliers and forms its products at its own scale.
            double[] normalized = sample.Weights.ToArray();
            if (Normalize(normalized))
                return Statistics.Bootstrap.Run(normalized, null, design, w => OfReplicate(sample.Values, w), options, Formula);
            double[] full = sample.Weights.ToArray(), ones = new double[full.Length];
            Array.Fill(ones, 1.0);
            return Statistics.Bootstrap.Run(ones, null, design, m => OfReplicate(sample.Values, full, m), options, Formula);
        }
        (double[] values, double[] sortedWeights, int[] psuOf) = SortWithDesign(income, weights, design);
        double estimate = Gini.OfSorted(values, sortedWeights, nameof(income));
        var kernel = new GiniReplicates(values, sortedWeights, psuOf, design.PsuCount, nameof(income));
        return Statistics.Bootstrap.RunBlocks([estimate], design, (m, v) =>
        {
            try
            {
                kernel.Evaluate(m, v);
            }
            catch (ArgumentException ex)
            {
                throw UndefinedOnReplicate(ex);
            }
        }, options, Formula)[0];
    }

    private static double OfReplicate(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        try
        {
            return Gini.OfSorted(values, weights);
        }
        catch (ArgumentException ex)
        {
            throw UndefinedOnReplicate(ex);
        }
    }

    // A replicate whose drawn PSUs hold no income: the data are valid, but this design leaves the Gini's spread undefined.
    private static ArgumentException UndefinedOnReplicate(ArgumentException inner) => new(
        "A bootstrap replicate drew only PSUs with no income, so its Gini is undefined and the standard error cannot be "
        + "estimated; merge strata or PSUs so that every stratum has several PSUs with income.", "design", inner);

    private static double OfReplicate(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, ReadOnlySpan<double> multipliers)
    {
        try
        {
            return Gini.OfReplicate(values, weights, default, multipliers);
        }
        catch (ArgumentException ex)
        {
            throw UndefinedOnReplicate(ex);
        }
    }

    // Multiplies the weights (finite, ≥ 0) by the power of two that brings the largest into [1, 2), when that keeps
    // every positive weight a normal double (exact); false, leaving them as they are, when it would not.
    private static bool Normalize(double[] weights)
    {
        double largest = Numbers.Scaling.Max(weights), least = Numbers.Scaling.MinPositive(weights);
        if (!(largest > 0))
            return true;
        double scale = Numbers.Scaling.PowerOfTwo(largest);
        if (!double.IsNormal(least * scale) || !double.IsNormal(scale))
            return false;
        for (int i = 0; i < weights.Length; i++)
            weights[i] *= scale;
        return true;
    }

    private const string Formula = "G = 1 − Σ w_i(S_{i−1} + S_i)/(W·T) on the sorted data, re-weighted per replicate";

    /// <summary>
    /// Validates like <see cref="SortedWeightedSample.Create"/> and sorts the values (radix sort, −0 as +0, in place
    /// above 2²⁰ rows), carrying the 4-byte input index, then gathers the weights and PSUs into sorted order (the PSUs
    /// over the index) and puts each tie in the canonical order (weight, then PSU index; <see cref="TieOrder"/>; rows
    /// equal in all three are interchangeable, so the sort's own tie order leaves no trace): 20 bytes per observation
    /// kept, and no scratch beyond two cache-sized buffers per thread (below 2²⁰ rows, 12 bytes per observation of
    /// pooled scratch while the sort runs).
    /// </summary>
    internal static (double[] Values, double[] Weights, int[] PsuOf) SortWithDesign(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, SurveyDesign design)
    {
        Guard.NotEmpty(income, nameof(income));
        Guard.SameLength(income.Length, weights.Length, nameof(income), nameof(weights));
        Guard.AllFiniteNonNegative(income, nameof(income));
        Guard.AllFiniteNonNegative(weights, nameof(weights));
        int n = income.Length;
        double[] keys = new double[n];
        int[] psuOf = new int[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = income[i] + 0.0; // −0 as +0
            psuOf[i] = i;
        }
        RadixSort.SortInPlace(keys, psuOf, n); // the input index rides along; no scratch above 2^20 rows
        double[] sortedWeights = new double[n];
        int[] inputPsu = design.PsuOf;
        double total = 0;
        for (int k = 0; k < n; k++)
        {
            int from = psuOf[k];
            sortedWeights[k] = weights[from];
            psuOf[k] = inputPsu[from];
            total += sortedWeights[k];
        }
        if (!(total > 0))
            Guard.ThrowZeroTotal(nameof(weights));
        TieOrder.Canonicalize(keys, sortedWeights, psuOf);
        return (keys, sortedWeights, psuOf);
    }
}
