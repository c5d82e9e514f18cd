using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Numbers;
using LppdMetrics.Poverty;
using LppdMetrics.Statistics;

namespace LppdMetrics.Tests.Poverty;

public class FgtPrecisionTests
{
    private static readonly double[] Ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    [Fact]
    public void Linearized_se_of_a_headcount_is_the_binomial_se_under_simple_random_sampling()
    {
        // y = 1..10, z = 4 (strictly below): P0 = 0.3; with n/(n − 1) the SE is √(p(1 − p)/(n − 1)) = √(0.21/9).
        PrecisionEstimate e = FgtPrecision.Linearization(Ten, Enumerable.Repeat(1.0, 10).ToArray(), 4, 0, SurveyDesign.SimpleRandomSample(10));
        Assert.Equal(0.3, e.Estimate, 1e-12);
        Assert.Equal(Math.Sqrt(0.21 / 9), e.StandardError, 1e-12);
        Assert.Equal(0.3 - 1.959963984540054 * e.StandardError, e.Lower, 1e-9);
        Assert.Equal(0.3 + 1.959963984540054 * e.StandardError, e.Upper, 1e-9);
        Assert.Equal(PrecisionMethod.Linearization, e.Method);
        Assert.Equal(0, e.Replicates);
    }

    [Fact]
    public void Linearized_se_with_strata_and_psus_matches_a_hand_computation()
    {
        // Stratum A: PSU 1 y = (1, 10), PSU 2 y = (1, 1); stratum B: PSU 3 y = (10, 10), PSU 4 y = (1, 10); z = 5.
        // g = (1,0 | 1,1 | 0,0 | 1,0), P0 = 0.5, Σw = 8. PSU totals of (g − 0.5)/8: 0, 0.125, −0.125, 0.
        // Each stratum: 2/1 · (0.0625² + 0.0625²) = 0.015625; Var = 0.03125; SE = 0.1767767.
        double[] y = [1, 10, 1, 1, 10, 10, 1, 10];
        int[] strata = [1, 1, 1, 1, 2, 2, 2, 2];
        int[] psu = [1, 1, 2, 2, 1, 1, 2, 2];
        PrecisionEstimate e = FgtPrecision.Linearization(y, Enumerable.Repeat(1.0, 8).ToArray(), 5, 0, SurveyDesign.Create(strata, psu));
        Assert.Equal(0.5, e.Estimate, 1e-12);
        Assert.Equal(Math.Sqrt(0.03125), e.StandardError, 1e-12);
    }

    [Fact]
    public void A_stratum_with_a_single_psu_is_rejected_by_name()
    {
        var ex = Assert.Throws<ArgumentException>(() => SurveyDesign.Create([1, 1, 2, 2], [5, 6, 7, 7]));
        Assert.Contains("stratum 2 has a single PSU (7, first at index 2)", ex.Message);
        var stratifiedUnits = SurveyDesign.Create<string>(["a", "a", "b", "b", "b"], []);
        Assert.Equal(5, stratifiedUnits.PsuCount);
        Assert.Contains("stratum b has a single PSU", Assert.Throws<ArgumentException>(() => SurveyDesign.Create<string>(["a", "a", "b"], [])).Message);
    }

    [Fact]
    public void Text_psu_codes_without_strata_make_one_stratum_and_a_single_psu_is_named()
    {
        // PSUs a, a, b in no strata: one stratum of two PSUs (a text code's default, null, is no stratum of its own).
        var design = SurveyDesign.Create<string>([], ["a", "a", "b"]);
        Assert.Equal((1, 2), (design.StrataCount, design.PsuCount));
        // One PSU in all: no variance; the message names the PSU, not a stratum the data does not have.
        var single = Assert.Throws<ArgumentException>(() => SurveyDesign.Create<string>([], ["a", "a", "a"]));
        Assert.StartsWith("the sample has a single PSU (a, first at index 0) and no strata", single.Message);
        Assert.StartsWith("the sample has a single PSU (7, first at index 0)", Assert.Throws<ArgumentException>(() => SurveyDesign.Create<int>([], [7, 7])).Message);
    }

    [Fact]
    public void Bootstrap_is_reproducible_for_a_seed_and_changes_with_it()
    {
        (double[] y, double[] w) = Sample(1, 500);
        var design = SurveyDesign.SimpleRandomSample(500);
        PrecisionEstimate a = FgtPrecision.Bootstrap(y, w, 1, 1, design, new BootstrapOptions { Seed = 7, Replicates = 50 });
        PrecisionEstimate b = FgtPrecision.Bootstrap(y, w, 1, 1, design, new BootstrapOptions { Seed = 7, Replicates = 50 });
        PrecisionEstimate c = FgtPrecision.Bootstrap(y, w, 1, 1, design, new BootstrapOptions { Seed = 8, Replicates = 50 });
        Assert.Equal(a.StandardError, b.StandardError);
        Assert.NotEqual(a.StandardError, c.StandardError);
        Assert.Equal(50, a.Replicates);
        Assert.Equal(PrecisionMethod.Bootstrap, a.Method);
    }

    [Fact]
    public void Several_alphas_on_the_same_replicates_equal_one_alpha_at_a_time()
    {
        (double[] y, double[] w) = Sample(4, 800);
        var design = SurveyDesign.Create(Enumerable.Range(0, 800).Select(i => i % 4).ToArray(), Enumerable.Range(0, 800).Select(i => i / 4 % 10).ToArray());
        var options = new BootstrapOptions { Replicates = 30, Seed = 12 };
        IReadOnlyList<PrecisionEstimate> all = FgtPrecision.Bootstrap(y, w, 1, [0.0, 1.0, 2.0], design, options);
        for (int a = 0; a < 3; a++)
        {
            PrecisionEstimate one = FgtPrecision.Bootstrap(y, w, 1, a, design, options);
            Assert.Equal(one.Estimate, all[a].Estimate);
            Assert.Equal(one.StandardError, all[a].StandardError);
            Assert.Equal(LppdMetrics.Poverty.Fgt.Index(y, w, 1, a), one.Estimate, 1e-15);
        }
    }

    [Fact]
    public void Bootstrap_and_linearization_agree_on_a_clustered_sample()
    {
        (double[] y, double[] w) = Sample(3, 4000);
        int[] strata = Enumerable.Range(0, 4000).Select(i => i % 8).ToArray();
        int[] psu = Enumerable.Range(0, 4000).Select(i => i / 8 % 25).ToArray();
        var design = SurveyDesign.Create(strata, psu);
        double lin = FgtPrecision.Linearization(y, w, 1, 0, design).StandardError;
        double boot = FgtPrecision.Bootstrap(y, w, 1, 0, design, new BootstrapOptions { Replicates = 400, Seed = 3 }).StandardError;
        Assert.InRange(boot / lin, 0.85, 1.15);
    }

    // A statistical check must not depend on a random seed drawn at run time (a property over random seeds fails
    // now and then by chance: seed 30184 did). Fixed seeds: every ratio within a wide band, their mean close to 2.
    [Fact]
    public void Bootstrap_se_shrinks_like_one_over_root_n()
    {
        var ratios = new List<double>();
        foreach (ulong seed in new ulong[] { 1, 2, 3, 4, 5, 6, 7, 8 })
        {
            (double[] y, double[] w) = Sample(seed, 8000);
            var options = new BootstrapOptions { Replicates = 200, Seed = seed };
            double small = FgtPrecision.Bootstrap(y.AsSpan(0, 2000), w.AsSpan(0, 2000), 1, 0, SurveyDesign.SimpleRandomSample(2000), options).StandardError;
            double large = FgtPrecision.Bootstrap(y, w, 1, 0, SurveyDesign.SimpleRandomSample(8000), options).StandardError;
            ratios.Add(small / large); // 4× the sample: a standard error about 2× smaller
        }
        Assert.All(ratios, r => Assert.InRange(r, 1.5, 2.7));
        Assert.InRange(ratios.Average(), 1.8, 2.25);
    }

    /// <summary>Lognormal welfare (median 1.3) with weights 50–449.</summary>
    internal static (double[] Welfare, double[] Weights) Sample(ulong seed, int n)
    {
        var random = new DeterministicRandom(seed);
        double[] y = new double[n], w = new double[n];
        for (int i = 0; i < n; i++)
        {
            y[i] = Math.Exp(0.25 + 0.6 * random.NextGaussian());
            w[i] = 50 + random.NextInt(400);
        }
        return (y, w);
    }
}
