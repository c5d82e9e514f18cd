using LppdMetrics.Inequality;
using LppdMetrics.Statistics;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// The replicate kernel of <see cref="InequalityPrecision.Bootstrap"/> scales each replicate's moment totals by a power
/// of two from that replicate's own largest weight (its PSUs' totals each kept near 1 by their own power of two):
/// ordinary samples give the same bits as before that change, and a replicate drawing only PSUs of weight 1e-280 beside
/// one of 1e300 has a Theil, MLD and Atkinson.
/// </summary>
public class InequalityReplicateScalingTests
{
    // Three strata of four PSUs, n rows: income 1–1000 with two decimals (every seventh 5: ties), weight 50–500.
    private static (double[] Y, double[] W, SurveyDesign Design) Ordinary(int seed, int n)
    {
        var random = new Random(seed);
        double[] y = new double[n], w = new double[n];
        int[] strata = new int[n], psu = new int[n];
        for (int i = 0; i < n; i++)
        {
            y[i] = i % 7 == 0 ? 5 : Math.Round(Math.Exp(random.NextDouble() * 6.9), 2);
            w[i] = random.Next(50, 501);
            strata[i] = i % 3;
            psu[i] = strata[i] * 10 + (i / 3) % 4;
        }
        return (y, w, seed == 4 ? SurveyDesign.SimpleRandomSample(n) : SurveyDesign.Create<int>(strata, psu));
    }

    /// <summary>
    /// The standard errors (gini, theil, meanLogDeviation, atkinson 0.5, 1, 2, 3, 40, s80s20, palma) printed by the
    /// kernel before the change (commit a49a7ab, which scaled every replicate by the full sample's largest weight): the
    /// same bits now, on one core and on two. Independently, each is that of the bootstrap by its definition (every
    /// replicate's profile recomputed row by row) to the rounding of the terms (with strata and PSUs: the simple
    /// sample's replicates are drawn over rows ranked by income, the definition's over rows in input order).
    /// </summary>
    [Theory]
    [InlineData(1, 24, new[] { 0.03160930655541658, 0.09357309615205504, 0.1887909917980619, 0.03368970307048657, 0.038488486658925264, 0.022124335191056475, 0.01648703872803689, 0.008360387516233254, 89.15718290398509, 13.67799523336626 })]
    [InlineData(2, 60, new[] { 0.03306875813876082, 0.11865720900908606, 0.1856519190057716, 0.03003236133031715, 0.03376653892254785, 0.01894425315535048, 0.011852536838672852, 0.003913101684468364, 111.06515367453287, 11.000343325015198 })]
    [InlineData(3, 300, new[] { 0.00899899875432257, 0.03526631191690273, 0.06011946436216342, 0.01164941053538299, 0.012123983455456663, 0.005558836447580174, 0.0037071546605477682, 0.001056572569396485, 17.43477586819082, 3.479013191617441 })]
    [InlineData(4, 40, new[] { 0.03073099980391017, 0.1448360339978582, 0.1730340931230754, 0.04005932908984457, 0.0376956676579265, 0.02010307107686334, 0.013413450341874, 0.005043298786847994, 51.394111928930776, 10.015172604473452 })]
    public void Ordinary_samples_give_the_bits_of_the_kernel_before_the_change(int seed, int n, double[] before)
    {
        (double[] y, double[] w, SurveyDesign design) = Ordinary(seed, n);
        var options = new BootstrapOptions { Replicates = 40, Seed = 9 };
        foreach (int cores in new[] { 1, 2 })
        {
            IReadOnlyList<InequalityMeasurePrecision> now = InequalityPrecision.Bootstrap(y, w, design, InequalityPrecisionTests.Epsilons, options with { MaxDegreeOfParallelism = cores });
            Assert.Equal(before, now.Select(m => m.Estimate!.StandardError));
        }
        if (design.IsSimple)
            return; // the kernel labels a simple sample's PSUs by rank, the definition by input order: other replicates
        var reference = InequalityPrecisionTests.ByDefinition(y, w, design, options, out _);
        for (int k = 0; k < before.Length; k++)
            Assert.Equal(reference[k].Estimate!.StandardError, before[k], 1e-12 * before[k]);
    }

    /// <summary>
    /// One stratum of eight PSUs of one household each: PSU 0 weighs 1e300 (income 1), the others 1e-280 (incomes 2–8).
    /// Scaled by the full sample's largest weight, the small PSUs' totals underflowed to 0, so a replicate that did not
    /// draw PSU 0 (about (7/8)^8 ≈ 34 % of them) had no weight for the moment measures: Theil, MLD and Atkinson came out
    /// "undefined on a bootstrap replicate". Exactly, such a replicate is the sample of the drawn households alone (the
    /// weights' common factor 1e-280 cancels), and one that drew PSU 0 is that household alone to within 1e-580
    /// (every measure 0): the reference recomputes each replicate's profile from its weights row by row.
    /// </summary>
    [Fact]
    public void A_replicate_of_tiny_weights_beside_a_huge_one_has_every_measure()
    {
        double[] y = [1, 2, 3, 4, 5, 6, 7, 8];
        double[] w = [1e300, 1e-280, 1e-280, 1e-280, 1e-280, 1e-280, 1e-280, 1e-280];
        SurveyDesign design = SurveyDesign.Create<int>(new int[8], [0, 1, 2, 3, 4, 5, 6, 7]);
        var options = new BootstrapOptions { Replicates = 40, Seed = 5 };
        var reference = InequalityPrecisionTests.ByDefinition(y, w, design, options, out InequalityProfile full);
        IReadOnlyList<InequalityMeasurePrecision> one = InequalityPrecision.Bootstrap(y, w, design, InequalityPrecisionTests.Epsilons, options with { MaxDegreeOfParallelism = 1 });
        IReadOnlyList<InequalityMeasurePrecision> two = InequalityPrecision.Bootstrap(y, w, design, InequalityPrecisionTests.Epsilons, options with { MaxDegreeOfParallelism = 2 });
        for (int k = 0; k < full.Measures.Count; k++)
        {
            string name = full.Measures[k].Name;
            Assert.False(reference[k].Undefined, name);
            PrecisionEstimate got = one[k].Estimate ?? throw new Xunit.Sdk.XunitException($"{name}: {one[k].Unavailable}");
            Assert.True(got.StandardError > 0, name);
            Assert.Equal(reference[k].Estimate!.StandardError, got.StandardError, 1e-12 * got.StandardError + 1e-15);
            Assert.Equal(got.StandardError, two[k].Estimate!.StandardError);
        }
    }
}
