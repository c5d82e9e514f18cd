using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;
using LppdMetrics.Statistics;

namespace LppdMetrics.Tests.Inequality;

public class InequalityMeasuresTests
{
    private static readonly double[] OneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    private static readonly double[] Ones10 = Enumerable.Repeat(1.0, 10).ToArray();

    [Fact]
    public void Lorenz_points_by_hand()
    {
        // 1, 2, 3, 4 (Σ 10): L(1/4) = 0.1, L(1/2) = 0.3, L(3/4) = 0.6; at p = 1/8 half of the poorest: 0.05.
        LorenzPoint[] p = Lorenz.AtShares([4, 2, 1, 3], [1, 1, 1, 1], 4);
        Assert.Equal([0, 0.25, 0.5, 0.75, 1], p.Select(q => q.PopulationShare));
        Assert.Equal(0.0, p[0].IncomeShare);
        Assert.Equal(0.1, p[1].IncomeShare, 15);
        Assert.Equal(0.3, p[2].IncomeShare, 15);
        Assert.Equal(0.6, p[3].IncomeShare, 15);
        Assert.Equal(1.0, p[4].IncomeShare);
        Assert.Equal(0.05, Lorenz.AtShares([4, 2, 1, 3], [1, 1, 1, 1], 8)[1].IncomeShare, 15);
        LorenzPoint[] all = Lorenz.AtObservations([4, 2, 1, 3], [1, 1, 1, 1]);
        Assert.Equal(5, all.Length);
        Assert.Equal(new LorenzPoint(0.5, 0.3), all[2]);
    }

    [Fact]
    public void Income_share_ratios_by_hand()
    {
        // 1..10 (Σ 55): bottom 20 % = 3, top 20 % = 19 → S80/S20 = 19/3; top 10 % = 10, bottom 40 % = 10 → Palma 1.
        Assert.Equal(19.0 / 3, IncomeShares.S80S20(OneToTen, Ones10), 13);
        Assert.Equal(1.0, IncomeShares.Palma(OneToTen, Ones10), 13);
        Assert.Equal(10.0 / 55, IncomeShares.Share(OneToTen, Ones10, 0, 0.4), 15);
        Assert.Contains("poorest 20", Assert.ThrowsAny<ArgumentException>(() => IncomeShares.S80S20([0, 0, 0, 0, 0, 5], [1, 1, 1, 1, 1, 1])).Message);
    }

    [Fact]
    public void Entropy_and_Atkinson_by_hand()
    {
        // 1 and 3, equal weights: μ = 2. Theil = ½(½ ln ½ + 3/2 ln 3/2); MLD = ½(ln 2 + ln 2/3) = ½ ln 4/3.
        // A(1) = 1 − √3/2 (geometric mean √3); A(2) = 1 − harmonic/μ = 1 − 1.5/2 = 0.25; A(0.5) = 1 − ((1 + √3)/2)²/2.
        double[] y = [1, 3], w = [5, 5];
        Assert.Equal(0.5 * (0.5 * Math.Log(0.5) + 1.5 * Math.Log(1.5)), GeneralizedEntropy.Theil(y, w), 15);
        Assert.Equal(0.5 * Math.Log(4.0 / 3), GeneralizedEntropy.MeanLogDeviation(y, w), 15);
        Assert.Equal(1 - Math.Sqrt(3) / 2, Atkinson.Compute(y, w, 1), 15);
        Assert.Equal(0.25, Atkinson.Compute(y, w, 2), 15);
        Assert.Equal(1 - Math.Pow((1 + Math.Sqrt(3)) / 2, 2) / 2, Atkinson.Compute(y, w, 0.5), 15);
        // GE(2) is half the squared coefficient of variation: variance 1, μ 2 → ½·¼ = 0.125.
        Assert.Equal(0.125, GeneralizedEntropy.Compute(y, w, 2), 15);
        Assert.Equal(0.0, Atkinson.Compute(y, w, 0));
    }

    // A(ε) for ε a hair from 1, of incomes 1…6 weighted 1, 1, 2, 1, 1, 2 (μ = 3.75), to 20 digits with mpmath at 50
    // digits from the definition 1 − [(1/W) Σ wᵢ (yᵢ/μ)^(1−ε)]^(1/(1−ε)). The powers (yᵢ/μ)^(1−ε) round to 1 ± a few ulp
    // there and the power mean lost every digit: A(1 − 2⁻⁵³) and A(1 + 2⁻⁵²) were 0, not A(1) = 0.129.
    [Theory]
    [InlineData(0.9999999999999999, 0.12894744803584110912)]
    [InlineData(1.0000000000000002, 0.12894744803584113867)]
    [InlineData(0.99, 0.12752326109633762016)]
    [InlineData(0.9375, 0.12008297783391191829)]
    [InlineData(1.05, 0.13610054726547271037)]
    public void Atkinson_of_an_aversion_near_1_keeps_its_digits(double epsilon, double expected)
    {
        double[] y = [1, 2, 3, 4, 5, 6], w = [1, 1, 2, 1, 1, 2];
        Assert.Equal(expected, Atkinson.Compute(y, w, epsilon), 1e-15);
        Assert.Equal(expected, InequalityProfile.Compute(y, w, [epsilon])[InequalityProfile.AtkinsonName(epsilon)].Value!.Value, 1e-15);
    }

    // GE(α) for α a hair from 1 or 0, same incomes, to 20 digits with mpmath at 60 digits from
    // (1/W) Σ wᵢ expm1(α ln(yᵢ/μ)) / (α(α − 1)) (exact there). (yᵢ/μ)^α − 1 lost every digit and the division by α(α − 1)
    // blew the rounding up: GE(1 − 2⁻⁵³) of incomes 1 and 2 was 0.5 and GE(10⁻¹⁶) 0.
    [Theory]
    [InlineData(0.9999999999999999, 0.11395911770152299205)]
    [InlineData(1.0000000000000002, 0.11395911770152298694)]
    [InlineData(1e-16, 0.13805296874403623274)]
    [InlineData(-1e-16, 0.13805296874403623976)]
    [InlineData(1e-300, 0.13805296874403623625)]
    [InlineData(0.05, 0.13633189101997527296)]
    [InlineData(0.95, 0.11474349894387817357)]
    [InlineData(2, 0.10444444444444444444)]
    public void Generalized_entropy_of_a_sensitivity_near_0_or_1_keeps_its_digits(double alpha, double expected)
    {
        double[] y = [1, 2, 3, 4, 5, 6], w = [1, 1, 2, 1, 1, 2];
        Assert.Equal(expected, GeneralizedEntropy.Compute(y, w, alpha), 1e-15);
    }

    // Equal incomes: every share is its population share, whatever the scale of the weights: Share(0.1, 0.9) = 0.8,
    // S80/S20 = 0.2/0.2 = 1, Palma = 0.1/0.4 = 0.25, L(1/3) = 1/3. Subnormal weights (5e-324: one bit) on incomes of 1e308
    // were summed unscaled, and p·W kept no bit: Palma 0, Share 1, L(1/3) = 0.5.
    [Theory]
    [InlineData(5e-324, 1e308)]
    [InlineData(1e-320, 1e308)]
    [InlineData(1e-300, 1.7976931348623157e308)]
    [InlineData(5e-324, 1)]
    public void Income_shares_of_equal_incomes_do_not_depend_on_tiny_weights(double weight, double income)
    {
        double[] y = [income, income, income, income], w = [weight, weight, weight, weight];
        Assert.Equal(0.8, IncomeShares.Share(y, w, 0.1, 0.9), 1e-14);
        Assert.Equal(1.0, IncomeShares.S80S20(y, w), 1e-14);
        Assert.Equal(0.25, IncomeShares.Palma(y, w), 1e-14);
        LorenzPoint[] curve = Lorenz.AtShares(y, w, 3);
        Assert.Equal(1.0 / 3, curve[1].IncomeShare, 1e-14);
        Assert.Equal(2.0 / 3, curve[2].IncomeShare, 1e-14);
        InequalityProfile profile = InequalityProfile.Compute(y, w);
        Assert.Equal(0.25, profile["palma"].Value!.Value, 1e-14);
        Assert.Equal(1.0, profile["s80s20"].Value!.Value, 1e-14);
    }

    // The bootstrap's S80/S20 and Palma (eight replicates at a time over the sorted rows) take a lane whose weights are
    // all below 2^-960 to the scaled sample, as the full sample: weights 2^-1070 times 1, 2 or 3 (subnormal, exact) give the estimates and
    // standard errors of the weights 1, 2, 3 (every measure depends only on the ratios of the weights).
    [Fact]
    public void Income_share_ratios_bootstrap_does_not_depend_on_tiny_weights()
    {
        // Incomes 2^990 times 1…10, so that no product w·y is small: only the weights' own smallness calls for scaling.
        double[] y = [.. Enumerable.Range(1, 10).Select(i => Math.ScaleB(i, 990))], w = [1, 2, 3, 1, 2, 3, 1, 2, 3, 1];
        double[] tiny = w.Select(v => Math.ScaleB(v, -1070)).ToArray();
        var design = SurveyDesign.Create<int>([1, 1, 1, 1, 1, 2, 2, 2, 2, 2], [1, 1, 2, 2, 3, 4, 4, 5, 5, 6]);
        var options = new BootstrapOptions { Replicates = 40 };
        IReadOnlyList<InequalityMeasurePrecision> plain = InequalityPrecision.Bootstrap(y, w, design, null, options);
        IReadOnlyList<InequalityMeasurePrecision> scaled = InequalityPrecision.Bootstrap(y, tiny, design, null, options);
        foreach (string name in new[] { "s80s20", "palma" })
        {
            PrecisionEstimate a = plain.Single(m => m.Name == name).Estimate!, b = scaled.Single(m => m.Name == name).Estimate!;
            Assert.True(a.StandardError > 0);
            Assert.Equal(a.Estimate, b.Estimate, 1e-12);
            Assert.Equal(a.StandardError, b.StandardError, 1e-12);
        }
    }

    // The bootstrap's replicates take the same path: A(1 − 2⁻⁵³)'s standard error is A(1)'s (which the MLD gives) to
    // about 1e-15, where its power mean gave garbage.
    [Fact]
    public void Atkinson_bootstrap_of_an_aversion_near_1_is_that_of_1()
    {
        double[] y = [1, 2, 3, 4, 5, 6, 7, 8], w = [1, 1, 2, 1, 1, 2, 1, 3];
        var design = SurveyDesign.Create<int>([1, 1, 1, 1, 2, 2, 2, 2], [1, 1, 2, 2, 3, 3, 4, 4]);
        var options = new BootstrapOptions { Replicates = 50 };
        IReadOnlyList<InequalityMeasurePrecision> se = InequalityPrecision.Bootstrap(y, w, design, [0.9999999999999999, 1], options);
        PrecisionEstimate near = se.Single(m => m.Name == "atkinson(0.9999999999999999)").Estimate!;
        PrecisionEstimate one = se.Single(m => m.Name == "atkinson(1)").Estimate!;
        Assert.True(one.StandardError > 0.01);
        Assert.Equal(one.Estimate, near.Estimate, 1e-15);
        Assert.Equal(one.StandardError, near.StandardError, 1e-14);
    }

    [Fact]
    public void Zero_income_under_a_logarithm_is_an_error_and_the_profile_reports_it_unavailable()
    {
        double[] y = [0, 2, 4, 6], w = [1, 1, 1, 1];
        Assert.Contains("income[0]", Assert.ThrowsAny<ArgumentException>(() => GeneralizedEntropy.MeanLogDeviation(y, w)).Message);
        Assert.Contains("income[0]", Assert.ThrowsAny<ArgumentException>(() => Atkinson.Compute(y, w, 1)).Message);
        Assert.True(GeneralizedEntropy.Theil(y, w) > 0);
        InequalityProfile p = InequalityProfile.Compute(y, w);
        Assert.Null(p["meanLogDeviation"].Value);
        Assert.Contains("zero income", p["meanLogDeviation"].Unavailable);
        Assert.NotNull(p["theil"].Value);
        Assert.Equal(Gini.Compute(y, w), p["gini"].Value);
        Assert.Equal(4, p.Count);
        Assert.Equal(3.0, p.Mean);
        Assert.Equal("inequality.profile", p.Trace.Rule);
        Assert.Contains(p.Trace.Notes, n => n.StartsWith("meanLogDeviation unavailable", StringComparison.Ordinal));
    }

    [Fact]
    public void Theil_decomposition_by_hand()
    {
        // Group 1: 1, 3 (μ 2); group 2: 6, 6 (μ 6). μ = 4; income shares 4/16 and 12/16.
        // Within = ¼·T₁ + ¾·0; Between = ¼ ln(2/4) + ¾ ln(6/4).
        double t1 = 0.5 * (0.5 * Math.Log(0.5) + 1.5 * Math.Log(1.5));
        TheilDecomposition d = TheilDecomposition.Compute([1, 6, 3, 6], [1, 1, 1, 1], [1, 2, 1, 2]);
        Assert.Equal(0.25 * t1, d.Within, 15);
        Assert.Equal(0.25 * Math.Log(0.5) + 0.75 * Math.Log(1.5), d.Between, 15);
        Assert.Equal(GeneralizedEntropy.Theil([1, 6, 3, 6], [1, 1, 1, 1]), d.Total, 14);
        Assert.Equal(0.75, d.Groups[1].IncomeShare, 15);
    }

    [Property(MaxTest = 150)]
    public Property Theil_within_plus_between_is_the_total() =>
        Prop.ForAll(Microdata.Arbitrary, d =>
        {
            double[] y = d.Consumption.Select(v => v + 1).ToArray();
            TheilDecomposition dec = TheilDecomposition.Compute(y, d.Weights, d.Groups);
            return Microdata.Close(GeneralizedEntropy.Theil(y, d.Weights), dec.Total, 1e-11)
                && Math.Abs(dec.Groups.Sum(g => g.IncomeShare) - 1) < 1e-12;
        });

    [Property(MaxTest = 150)]
    public Property Measures_are_zero_for_equal_incomes_and_non_negative_otherwise() =>
        Prop.ForAll(Microdata.Arbitrary, d =>
        {
            double[] y = d.Consumption.Select(v => v + 1).ToArray();
            double[] equal = Enumerable.Repeat(42.0, d.Count).ToArray();
            InequalityProfile p = InequalityProfile.Compute(y, d.Weights);
            InequalityProfile q = InequalityProfile.Compute(equal, d.Weights);
            return p.Measures.All(m => m.Value >= 0)
                && q.Measures.Where(m => m.Name is not ("s80s20" or "palma")).All(m => Math.Abs(m.Value!.Value) < 1e-12)
                && Math.Abs(q["s80s20"].Value!.Value - 1) < 1e-9 && Math.Abs(q["palma"].Value!.Value - 0.25) < 1e-9;
        });
}
