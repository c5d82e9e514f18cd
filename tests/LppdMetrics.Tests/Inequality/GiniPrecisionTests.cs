using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;
using LppdMetrics.Numbers;
using LppdMetrics.Tests.Poverty;
using LppdMetrics.Statistics;

namespace LppdMetrics.Tests.Inequality;

public class GiniPrecisionTests
{
    [Fact]
    public void Reweighting_the_sorted_data_gives_the_same_replicates_as_re_sorting_each_one()
    {
        // The naive bootstrap recomputes Gini.Compute (which sorts) at every replicate's weights; the fast one
        // sorts once. Same design and seed → the same multipliers, so the SEs must agree to rounding.
        (double[] y, double[] w) = FgtPrecisionTests.Sample(11, 3000);
        int[] strata = Enumerable.Range(0, 3000).Select(i => i % 5).ToArray();
        int[] psu = Enumerable.Range(0, 3000).Select(i => i / 5 % 30).ToArray();
        var design = SurveyDesign.Create(strata, psu);
        var options = new BootstrapOptions { Replicates = 60, Seed = 5 };
        PrecisionEstimate fast = GiniPrecision.Bootstrap(y, w, design, options);
        PrecisionEstimate naive = Bootstrap.Estimate(w, design, rw => Gini.Compute(y, rw), options);
        Assert.Equal(Gini.Compute(y, w), fast.Estimate, 1e-15);
        Assert.Equal(naive.Estimate, fast.Estimate, 1e-15);
        Assert.Equal(naive.StandardError, fast.StandardError, 1e-12);
        Assert.True(fast.StandardError > 0);
        Assert.Equal(fast.Estimate - 1.959963984540054 * fast.StandardError, fast.Lower, 1e-12);
    }

    [Fact]
    public void Fixed_seed_gives_the_same_bits_and_a_different_seed_does_not()
    {
        (double[] y, double[] w) = FgtPrecisionTests.Sample(2, 2000);
        var design = SurveyDesign.SimpleRandomSample(2000);
        double a = GiniPrecision.Bootstrap(y, w, design, new BootstrapOptions { Seed = 99, Replicates = 40 }).StandardError;
        double b = GiniPrecision.Bootstrap(y, w, design, new BootstrapOptions { Seed = 99, Replicates = 40 }).StandardError;
        double c = GiniPrecision.Bootstrap(y, w, design, new BootstrapOptions { Seed = 100, Replicates = 40 }).StandardError;
        Assert.Equal(BitConverter.DoubleToInt64Bits(a), BitConverter.DoubleToInt64Bits(b));
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Bootstrap_se_of_a_lognormal_gini_is_near_its_asymptotic_value()
    {
        // Lognormal σ = 0.6, equal weights, n = 5000: the Monte Carlo SD of the sample Gini is about
        // 0.0038 (1000 independent samples drawn separately); the bootstrap SE must be within 20 %.
        var random = new DeterministicRandom(17);
        double[] y = new double[5000];
        for (int i = 0; i < y.Length; i++)
            y[i] = Math.Exp(0.6 * random.NextGaussian());
        double[] w = Enumerable.Repeat(1.0, y.Length).ToArray();
        double se = GiniPrecision.Bootstrap(y, w, SurveyDesign.SimpleRandomSample(y.Length), new BootstrapOptions { Replicates = 300 }).StandardError;
        double[] draws = new double[300];
        for (int s = 0; s < draws.Length; s++)
        {
            for (int i = 0; i < y.Length; i++)
                y[i] = Math.Exp(0.6 * random.NextGaussian());
            draws[s] = Gini.Compute(y);
        }
        double mean = draws.Average();
        double sd = Math.Sqrt(draws.Sum(d => (d - mean) * (d - mean)) / (draws.Length - 1));
        Assert.InRange(se / sd, 0.8, 1.25);
    }

    // A statistical check must not depend on a random seed drawn at run time (a property over random seeds fails
    // now and then by chance: seed 30184 did). Fixed seeds: every ratio within a wide band, their mean close to 2.
    [Fact]
    public void Bootstrap_se_shrinks_like_one_over_root_n()
    {
        var ratios = new List<double>();
        foreach (ulong seed in new ulong[] { 1, 2, 3, 4, 5, 6, 7, 8 })
        {
            (double[] y, double[] w) = FgtPrecisionTests.Sample(seed, 8000);
            var options = new BootstrapOptions { Replicates = 200, Seed = seed };
            double small = GiniPrecision.Bootstrap(y.AsSpan(0, 2000), w.AsSpan(0, 2000), SurveyDesign.SimpleRandomSample(2000), options).StandardError;
            double large = GiniPrecision.Bootstrap(y, w, SurveyDesign.SimpleRandomSample(8000), options).StandardError;
            ratios.Add(small / large); // 4× the sample: a standard error about 2× smaller
        }
        Assert.All(ratios, r => Assert.InRange(r, 1.5, 2.7));
        Assert.InRange(ratios.Average(), 1.8, 2.25);
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        var design = SurveyDesign.SimpleRandomSample(3);
        Assert.Throws<ArgumentException>(() => GiniPrecision.Bootstrap([1, 2], [1, 1], design));
        Assert.Throws<ArgumentException>(() => GiniPrecision.Bootstrap([1, -2, 3], [1, 1, 1], design));
        Assert.Throws<ArgumentOutOfRangeException>(() => GiniPrecision.Bootstrap([1, 2, 3], [1, 1, 1], design, new BootstrapOptions { Replicates = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => GiniPrecision.Bootstrap([1, 2, 3], [1, 1, 1], design, new BootstrapOptions { Level = 1 }));
    }

    /// <summary>
    /// One stratum of four PSUs, PSU 1 holding only zero incomes: a Rao–Wu replicate draws 3 of the 4 PSUs with
    /// replacement, so 1 replicate in 4³ = 64 draws PSU 1 three times and has no income. Its Gini is undefined: the
    /// error says so and names the design (it said "income sums to 0", which the data do not).
    /// </summary>
    [Fact]
    public void A_replicate_with_no_income_is_named_as_the_designs_problem()
    {
        double[] y = [0, 0, 0, 100, 200, 300, 400, 500];
        double[] w = [1, 1, 1, 1, 1, 1, 1, 1];
        var design = SurveyDesign.Create<int>([1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 2, 2, 3, 3, 4, 4]);
        var ex = Assert.Throws<ArgumentException>(() => GiniPrecision.Bootstrap(y, w, design, new BootstrapOptions { Replicates = 500 }));
        Assert.Equal("design", ex.ParamName);
        Assert.StartsWith("A bootstrap replicate drew only PSUs with no income", ex.Message, StringComparison.Ordinal);
    }
}
