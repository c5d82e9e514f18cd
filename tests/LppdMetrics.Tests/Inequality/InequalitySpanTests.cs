using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// The profile and the Lorenz curve accept every sample the Gini accepts: weights and incomes whose products span more
/// than a double (the weighted income total 1.1e-599 of y = (0, 1e-300, 5e-300), w = (1e300, 1e-300, 2e-300)), and
/// every measure is unchanged by y → 2^k·y and w → 2^j·w.
/// </summary>
public class InequalitySpanTests
{
    private static readonly double[] Y = [0, 1e-300, 5e-300], W = [1e300, 1e-300, 2e-300];

    /// <summary>
    /// By hand: T = 1e-600 + 1e-599 = 1.1e-599, W = 1e300 (to 3e-600 relative), μ = 1.1e-899 (below a double: 0).
    /// Income shares s = (0, 1/11, 10/11), so Theil = Σ sᵢ ln(yᵢ/μ) = (1/11) ln(1e599/1.1) + (10/11) ln(5e599/1.1)
    /// = 599 ln 10 − ln 1.1 + (10/11) ln 5 = 1380.61628589856913… (Python decimal, 50 digits). The population share of
    /// the two earners is 3e-600: L(p) = 0 below p = 1, so S80/S20 and Palma are undefined (the poorest hold nothing),
    /// as are the MLD and A(1), A(2) (a zero income); A(0.5) = 1 − (Σ fᵢ√(yᵢ/μ))² = 1 − 2.7e-600 = 1. Before: "income
    /// sums to 0".
    /// </summary>
    [Fact]
    public void ProductsBelowTheDoubleRangeGiveTheProfile()
    {
        InequalityProfile p = InequalityProfile.Compute(Y, W);
        Assert.Equal(1.0, p["gini"].Value);
        Assert.Equal(1380.6162858985691311, p["theil"].Value!.Value, 1e-10);
        Assert.Equal(1.0, p["atkinson(0.5)"].Value);
        foreach (string undefined in new[] { "meanLogDeviation", "atkinson(1)", "atkinson(2)", "s80s20", "palma" })
            Assert.Null(p[undefined].Value);
        Assert.Contains("hold no income", p["s80s20"].Unavailable);
        Assert.Equal(0.0, p.Mean); // 1.1e-899, below the least double
        InequalityProfile inPlace = InequalityProfile.ComputeInPlace((double[])Y.Clone(), (double[])W.Clone());
        Assert.Equal(p.Measures, inPlace.Measures);
    }

    /// <summary>By hand: y = (0, 2^-1070), w = (3, 6): f = (1/3, 2/3), μ = (2/3)·2^-1070 (a subnormal), y/μ = (0, 3/2), so
    /// Theil = (2/3)(3/2) ln(3/2) = ln 1.5 and A(0.5) = 1 − ((2/3)√1.5)² = 1/3. Before, the subnormal mean kept two bits:
    /// Theil 0.3633.</summary>
    [Fact]
    public void ASubnormalMeanGivesTheMeasuresOfItsScaledIncomes()
    {
        double[] y = [0, Math.ScaleB(1.0, -1070)], w = [3, 6];
        Assert.Equal(Math.Log(1.5), GeneralizedEntropy.Theil(y, w), 1e-15);
        Assert.Equal(1.0 / 3, Atkinson.Compute(y, w, 0.5), 1e-15);
        Assert.Equal(Math.Log(1.5), InequalityProfile.Compute(y, w)["theil"].Value!.Value, 1e-15);
    }

    /// <summary>By hand: L(k/10) = 0 for k &lt; 10 (the earners are the last 3e-600 of the population), L(1) = 1; at the
    /// observations (1, 0), (1, 1/11), (1, 1) after (0, 0).</summary>
    [Fact]
    public void ProductsBelowTheDoubleRangeGiveTheLorenzCurve()
    {
        LorenzPoint[] deciles = Lorenz.AtShares(Y, W, 10);
        Assert.All(deciles[..10], point => Assert.Equal(0.0, point.IncomeShare));
        Assert.Equal(1.0, deciles[10].IncomeShare);
        LorenzPoint[] points = Lorenz.AtObservations(Y, W);
        Assert.Equal([0.0, 0.0, 1.0 / 11, 1.0], points.Select(p => p.IncomeShare).ToArray(), new DoubleTolerance(1e-15));
        Assert.Equal(1.0, points[1].PopulationShare);
        Assert.Equal(Lorenz.AtShares(Y, W, 10), Lorenz.AtSharesInPlace((double[])Y.Clone(), (double[])W.Clone(), 10));
    }

    /// <summary>
    /// By hand: y = (x₁, 1) with x₁ = 6.25·2^-1022 (1.39e-307), w = (2^-1074, 2^-1074) (subnormal), W = 2u. L(0.2) =
    /// 0.4x₁/(1 + x₁) (the first row holds half the weight), L(0.8) = (x₁ + 0.6)/(1 + x₁), so S80/S20 = 0.4/(0.4x₁) = 1/x₁;
    /// L(0.4) = 0.8x₁/(1 + x₁), L(0.9) = (x₁ + 0.8)/(1 + x₁), so Palma = 0.2/(0.8x₁) = 0.25/x₁. The same data times
    /// 2^600 give them too. Before, the ordinate L(0.2) was a subnormal of 2–3 units of 2^-1074: S80/S20 5.99e306 instead of 7.19e306, 17 % low.
    /// </summary>
    [Fact]
    public void RatiosOfIncomesNearTheLeastNormalOnSubnormalWeightsAreExact()
    {
        double x1 = 6.25 * Math.ScaleB(1.0, -1022), u = double.Epsilon;
        double[] y = [x1, 1], w = [u, u];
        double[] y600 = [Math.ScaleB(x1, 600), Math.ScaleB(1.0, 600)], w600 = [Math.ScaleB(u, 600), Math.ScaleB(u, 600)];
        Assert.True(CloseUlps(1 / x1, IncomeShares.S80S20(y, w)), $"{IncomeShares.S80S20(y, w):R}");
        Assert.True(CloseUlps(0.25 / x1, IncomeShares.Palma(y, w)), $"{IncomeShares.Palma(y, w):R}");
        Assert.True(CloseUlps(IncomeShares.S80S20(y600, w600), IncomeShares.S80S20(y, w)));
        Assert.True(CloseUlps(IncomeShares.Palma(y600, w600), IncomeShares.Palma(y, w)));
        InequalityProfile p = InequalityProfile.Compute(y, w);
        Assert.True(CloseUlps(1 / x1, p["s80s20"].Value!.Value));
        Assert.True(CloseUlps(0.25 / x1, p["palma"].Value!.Value));
    }

    // 2–12 rows: incomes in cents of 0–10⁶ (a tenth of them 0), weights 0,1–1000; k and j in ±900.
    private static readonly Gen<(double[] Y, double[] W, int K, int J)> Samples =
        from n in Gen.Choose(2, 12)
        from y in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(1, 100_000_000))), n)
        from w in Gen.ArrayOf(Gen.Choose(1, 10_000), n)
        from k in Gen.Choose(-900, 900)
        from j in Gen.Choose(-900, 900)
        select (y.Select(v => v / 100.0).ToArray(), w.Select(v => v / 10.0).ToArray(), k, j);

    private static IEnumerable<(double[] Y, double[] W, int K, int J)> Shrink((double[] Y, double[] W, int K, int J) c) =>
        Shrinkers.Int(c.K, 0).Select(k => c with { K = k })
            .Concat(Shrinkers.Int(c.J, 0).Select(j => c with { J = j }))
            .Concat(Enumerable.Range(0, c.Y.Length).Where(_ => c.Y.Length > 2)
                .Select(i => c with { Y = [.. c.Y[..i], .. c.Y[(i + 1)..]], W = [.. c.W[..i], .. c.W[(i + 1)..]] }));

    [Property(MaxTest = 200)]
    public Property EveryMeasureIsFreeOfTheScalesOfIncomeAndWeight() =>
        Prop.ForAll(Arb.From(Samples, Shrink), c =>
        {
            if (c.Y.All(v => v == 0))
                return;
            double[] y = c.Y.Select(v => Math.ScaleB(v, c.K)).ToArray(), w = c.W.Select(v => Math.ScaleB(v, c.J)).ToArray();
            InequalityProfile plain = InequalityProfile.Compute(c.Y, c.W), scaled = InequalityProfile.Compute(y, w);
            for (int m = 0; m < plain.Measures.Count; m++)
            {
                Assert.Equal(plain.Measures[m].Name, scaled.Measures[m].Name);
                Assert.Equal(plain.Measures[m].Value is null, scaled.Measures[m].Value is null);
                if (plain.Measures[m].Value is double a)
                    Assert.True(CloseUlps(a, scaled.Measures[m].Value!.Value), $"{plain.Measures[m].Name}: {a:R} unscaled, {scaled.Measures[m].Value:R} scaled");
            }
            LorenzPoint[] before = Lorenz.AtShares(c.Y, c.W, 10), after = Lorenz.AtShares(y, w, 10);
            for (int i = 0; i < before.Length; i++)
                Assert.True(CloseUlps(before[i].IncomeShare, after[i].IncomeShare), $"L({before[i].PopulationShare}): {before[i].IncomeShare:R} against {after[i].IncomeShare:R}");
        });

    // Within 4 units in the last place of the larger (an ordinate of 0 matches only 0 or a value below 1e-300).
    private static bool CloseUlps(double a, double b) =>
        Math.Abs(a - b) <= 4 * Math.Max(Math.BitIncrement(Math.Max(Math.Abs(a), Math.Abs(b))) - Math.Max(Math.Abs(a), Math.Abs(b)), 1e-300);

    private sealed class DoubleTolerance(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;
        public int GetHashCode(double obj) => 0;
    }
}
