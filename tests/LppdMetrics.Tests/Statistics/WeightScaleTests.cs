using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;
using LppdMetrics.Poverty;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Statistics;

/// <summary>
/// Every weighted statistic depends on the weights only through their ratios, so multiplying all of them by 2^k (exact
/// for the small whole numbers generated here, from subnormal 2^-1064 to 2^1010) must leave it unchanged — not
/// overflow (weights near 1.8e308), not lose digits to subnormals (weights near 5e-324), not refuse. The reference is
/// the same statistic at k = 0, which ordinary tests check against hand-worked and peer values.
/// </summary>
public class WeightScaleTests
{
    private static readonly (string Name, Func<double[], double[], double> Statistic)[] Statistics =
    [
        ("Gini", (y, w) => Gini.Compute(y, w)),
        ("Theil", (y, w) => GeneralizedEntropy.Theil(y, w)),
        ("MLD", (y, w) => GeneralizedEntropy.MeanLogDeviation(y, w)),
        ("GE(2)", (y, w) => GeneralizedEntropy.Compute(y, w, 2)),
        ("Atkinson(1)", (y, w) => Atkinson.Compute(y, w, 1)),
        ("Atkinson(2)", (y, w) => Atkinson.Compute(y, w, 2)),
        ("P0", (y, w) => Fgt.Compute(y, w, 300).P0),
        ("P1", (y, w) => Fgt.Compute(y, w, 300).P1),
        ("P2", (y, w) => Fgt.Compute(y, w, 300).P2),
        ("Watts", (y, w) => Watts.Compute(y, w, 300)),
        ("L(0.5)", (y, w) => Lorenz.AtShares(y, w, 2)[1].IncomeShare),
        ("share of the top 20 %", (y, w) => IncomeShares.Share(y, w, 0.8, 1)),
        ("mean", (y, w) => InequalityProfile.Compute(y, w).Mean),
        ("Palma", (y, w) => InequalityProfile.Compute(y, w)["palma"].Value ?? -1),
        ("Theil decomposition, total", (y, w) => TheilDecomposition.Compute(y, w, Alternate(y.Length)).Total),
        ("Theil decomposition, between", (y, w) => TheilDecomposition.Compute(y, w, Alternate(y.Length)).Between),
        ("FGT(3) by Fgt.Index", (y, w) => Fgt.Index(y, w, 300, 3)),
        ("SE of P1, linearised", (y, w) => y.Length < 2 ? 0 : FgtPrecision.Linearization(y, w, 300, 1, LppdMetrics.Statistics.SurveyDesign.SimpleRandomSample(y.Length)).StandardError),
        ("SE of P2, bootstrap", (y, w) => y.Length < 2 ? 0 : FgtPrecision.Bootstrap(y, w, 300, 2, LppdMetrics.Statistics.SurveyDesign.SimpleRandomSample(y.Length),
            new LppdMetrics.Statistics.BootstrapOptions { Replicates = 20, Seed = 3 }).StandardError),
    ];

    private static int[] Alternate(int n) => Enumerable.Range(0, n).Select(i => i % 2).ToArray();

    private static readonly int[] Exponents = [0, -1064, -1000, -700, -600, -300, 300, 600, 1000, 1010];

    // 1–8 households: income 1–600 (some below the line 300), weight 1–1000; shrinking to fewer, smaller ones.
    private static Arbitrary<(int Income, int Weight)[]> Households()
    {
        Gen<(int, int)> household = Gen.Choose(1, 600).SelectMany(y => Gen.Choose(1, 1000).Select(m => (y, m)));
        return Arb.From(
            Gen.Choose(1, 8).SelectMany(n => household.ArrayOf(n)),
            rows => Shrinkers.Array(rows, r => Shrinkers.Pair(r, y => Shrinkers.Int(y, 1), m => Shrinkers.Int(m, 1)), minLength: 1));
    }

    [Property(MaxTest = 200)]
    public Property EveryWeightedStatisticIsUnchangedWhenAllWeightsAreScaledByAPowerOfTwo() =>
        Prop.ForAll(Households(), Shrinkers.Elements(Exponents), (rows, k) =>
        {
            double[] y = rows.Select(r => (double)r.Income).ToArray();
            double[] m = rows.Select(r => (double)r.Weight).ToArray();
            double[] w = m.Select(x => Math.ScaleB(x, k)).ToArray();
            foreach ((string name, Func<double[], double[], double> statistic) in Statistics)
            {
                double reference = statistic(y, m), scaled = statistic(y, w);
                double error = Math.Abs(scaled - reference) / Math.Max(Math.Abs(reference), 1e-300);
                Assert.True(error <= 1e-12, $"{name} with weights × 2^{k}: {scaled:R}, with the unscaled weights {reference:R}");
            }
        });

    /// <summary>The bootstrap SE of the Gini does not depend on the scale of the weights either: with weights m·2^1020
    /// (up to 1e308) a replicate weight w × (times drawn) overflowed, and the replicates were refused as not finite.</summary>
    [Fact]
    public void TheBootstrapStandardErrorOfTheGiniIsTheSameWithWeightsNearTheLargestDouble()
    {
        double[] y = [120, 340, 90, 560, 210, 75, 430, 300];
        double[] m = [3, 1, 4, 1, 5, 9, 2, 6];
        var design = LppdMetrics.Statistics.SurveyDesign.SimpleRandomSample(y.Length);
        var options = new LppdMetrics.Statistics.BootstrapOptions { Replicates = 50, Seed = 7 };
        double reference = GiniPrecision.Bootstrap(y, m, design, options).StandardError;
        double huge = GiniPrecision.Bootstrap(y, m.Select(x => Math.ScaleB(x, 1020)).ToArray(), design, options).StandardError;
        Assert.True(reference > 0);
        Assert.Equal(reference, huge, 12);
    }

    /// <summary>A poverty line below the smallest normal double made 1/z infinite and the gaps NaN; it is refused.</summary>
    [Fact]
    public void APovertyLineWhoseReciprocalOverflowsIsRefusedNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Fgt.Compute([5e-324, 1], 5e-324, PovertyLineRule.AtOrBelow));
        Assert.Equal("povertyLine", error.ParamName);
        Assert.Equal(0.5, Fgt.Compute([1e-308, 1], 2.5e-308, PovertyLineRule.AtOrBelow).P0);
    }

    /// <summary>By hand: two households of income 100 and 300 with equal weight hold ¼ and ¾ of the income, so
    /// L(0.5) = ¼, whatever the common weight.</summary>
    [Theory]
    [InlineData(1.0)]
    [InlineData(8e307)]
    [InlineData(5e-324)]
    public void TheLorenzOrdinateOfTwoEqualWeightsIsAQuarterAtAnyWeight(double weight)
    {
        Assert.Equal(0.25, Lorenz.AtShares([100, 300], [weight, weight], 2)[1].IncomeShare, 15);
        Assert.Equal(200.0, InequalityProfile.Compute([100, 300], [weight, weight]).Mean, 12);
    }
}
