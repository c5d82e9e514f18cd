using LppdMetrics.Numbers;
using LppdMetrics.Statistics;

namespace LppdMetrics.Inequality;

/// <summary>Standard errors and confidence intervals of every measure of an <see cref="InequalityProfile"/> under a survey design.</summary>
public static class InequalityPrecision
{
    /// <summary>
    /// Rao–Wu bootstrap SE of every measure of <see cref="InequalityProfile.Compute"/> that is available on the full
    /// sample, all on the same replicates (the draws of <see cref="GiniPrecision.Bootstrap"/> for the same design,
    /// seed and replicates, so the Gini's SE is the same bits as there). The data are sorted once; each replicate
    /// re-weights the sorted rows for the Gini, S80/S20 and Palma, and combines per-PSU totals for Theil, the mean log
    /// deviation and the Atkinson indices (see the remarks of the replicate kernel in the documentation of the methods).
    /// </summary>
    /// <param name="income">Income or consumption per capita yᵢ, finite, ≥ 0, not all 0.</param>
    /// <param name="weights">Survey weights wᵢ, finite, ≥ 0, same length, summing to &gt; 0.</param>
    /// <param name="design">The design, one entry per observation (<see cref="SurveyDesign.SimpleRandomSample"/> without strata and PSUs).</param>
    /// <param name="atkinsonEpsilons">The ε of the Atkinson indices, each finite and ≥ 0; <see cref="InequalityProfile.DefaultEpsilons"/> when null.</param>
    /// <param name="options">Replicates, seed, level; null for the defaults (200, 1, 0.95).</param>
    /// <returns>One entry per measure of the profile, in its order: the estimate with its SE and interval, or why there
    /// is none (the measure is undefined on the full sample, or on a replicate).</returns>
    /// <exception cref="ArgumentException">Bad income, weights or aversions (as for <see cref="InequalityProfile.Compute"/>), a length mismatch with the design, or bad options.</exception>
    public static IReadOnlyList<InequalityMeasurePrecision> Bootstrap(ReadOnlySpan<double> income, ReadOnlySpan<double> weights, SurveyDesign design,
        IReadOnlyList<double>? atkinsonEpsilons = null, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        Guard.SameLength(design.Count, income.Length, nameof(design), nameof(income));
        options ??= new BootstrapOptions();
        IReadOnlyList<double> epsilons = InequalityProfile.CheckEpsilons(atkinsonEpsilons);
        (double[] values, double[] sortedWeights, int[] psuOf) = GiniPrecision.SortWithDesign(income, weights, design);
        // The point estimates from the same sorted data (ties in order of weight, then PSU: the weights' sequence of
        // InequalityProfile.Compute's canonical order, so the same bits).
        InequalityProfile full;
        using (var sample = SortedWeightedSample.OverSorted(values, sortedWeights, values.Length, nameof(weights)))
            full = InequalityProfile.Of(sample, epsilons, InequalityProfile.PopulationOf(weights));
        if (design.IsSimple)
        {
            // As GiniPrecision labels them: without clusters every observation is its own, exchangeable PSU, labelled by rank.
            for (int i = 0; i < psuOf.Length; i++)
                psuOf[i] = i;
        }
        var kernel = new InequalityReplicates(values, sortedWeights, psuOf, design.PsuCount, full, epsilons);
        double[] estimates = kernel.Estimates;
        var tooWide = new string?[estimates.Length];
        PrecisionEstimate[] results = Statistics.Bootstrap.RunBlocks(estimates, design, kernel.Evaluate, options, Formula, tooWide);
        var byMeasure = new InequalityMeasurePrecision[full.Measures.Count];
        for (int k = 0, j = 0; k < byMeasure.Length; k++)
        {
            InequalityMeasure m = full.Measures[k];
            if (m.Value is null)
                byMeasure[k] = new InequalityMeasurePrecision(m.Name, null, m.Unavailable);
            else
            {
                string? failure = kernel.Failure(j) is string undefined ? "undefined on a bootstrap replicate: " + undefined : tooWide[j];
                byMeasure[k] = failure is null
                    ? new InequalityMeasurePrecision(m.Name, results[j], null)
                    : new InequalityMeasurePrecision(m.Name, null, failure);
                j++;
            }
        }
        return byMeasure;
    }

    private const string Formula = "every measure of the profile on the sorted data, re-weighted per replicate (moment measures from PSU totals)";
}
