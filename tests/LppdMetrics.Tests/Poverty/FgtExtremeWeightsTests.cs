using LppdMetrics.Poverty;
using LppdMetrics.Statistics;

namespace LppdMetrics.Tests.Poverty;

/// <summary>
/// FGT(α) by <see cref="Fgt.Index"/> and its standard errors (<see cref="FgtPrecision"/>) are ratios of weighted sums:
/// weights near the largest double or among the subnormals must give the same figures as ordinary ones. Before the
/// fix the raw weights were summed: 2 × 1e308 overflowed to ∞ (index 0, SE NaN or refused replicates) and 5e-324 × g
/// underflowed to 0.
/// </summary>
public class FgtExtremeWeightsTests
{
    /// <summary>By hand: one poor household at y = 0.75 under z = 1 has the gap 0.25 (exact in binary), so FGT(1) = 0.25
    /// and FGT(2) = 0.0625 whatever its weight. The code before gave 0 at a weight of 5e-324 (5e-324 × 0.25 underflows).</summary>
    [Theory]
    [InlineData(5e-324)]
    [InlineData(1e-320)]
    [InlineData(1.0)]
    [InlineData(1.7976931348623157e308)]
    public void TheIndexOfOnePoorHouseholdIsItsGapAtAnyWeight(double weight)
    {
        Assert.Equal(0.25, Fgt.Index([0.75], [weight], 1, 1));
        Assert.Equal(0.0625, Fgt.Index([0.75], [weight], 1, 2));
        Assert.Equal(1.0, Fgt.Index([0.75], [weight], 1, 0));
    }

    /// <summary>By hand: gaps 1 and ½ with equal weights: FGT(1) = (1 + ½)/2 = 0.75, FGT(3) = (1 + ⅛)/2 = 0.5625. The
    /// code before summed the weights 1e308 + 1e308 to ∞ and returned 0.</summary>
    [Fact]
    public void TheIndexWithWeightsWhoseSumOverflowsIsTheRatioOfTheWeightedSums()
    {
        Assert.Equal(0.75, Fgt.Index([0, 0.5], [1e308, 1e308], 1, 1));
        Assert.Equal(0.5625, Fgt.Index([0, 0.5], [1e308, 1e308], 1, 3));
    }

    /// <summary>By hand, a simple random sample of 3 (each its own PSU) with equal weights: gaps g = (1, ½, 0), P1 = ½;
    /// tⱼ = wⱼ(gⱼ − P1)/W = (⅙, 0, −⅙), t̄ = 0, Var = 3/2 · (1/36 + 1/36) = 1/12, SE = √(1/12) ≈ 0.288675. Before the fix
    /// the weights 1e308 gave P1 = 0 and SE 0, and the weights 5e-324 a NaN (1/Σw overflowed).</summary>
    [Theory]
    [InlineData(5e-324)]
    [InlineData(1.0)]
    [InlineData(1e308)]
    public void TheLinearisedStandardErrorWithEqualWeightsIsTheSameAtAnyWeight(double weight)
    {
        PrecisionEstimate e = FgtPrecision.Linearization([0, 0.5, 1], [weight, weight, weight], 1, 1, SurveyDesign.SimpleRandomSample(3),
            rule: PovertyLineRule.AtOrBelow);
        Assert.Equal(0.5, e.Estimate);
        Assert.Equal(Math.Sqrt(1.0 / 12), e.StandardError, 15);
    }

    /// <summary>A replicate is Σ mⱼAⱼ / Σ mⱼWⱼ of PSU totals: with the weights 1e308 the totals overflowed and every
    /// replicate with two households drawn was refused as not finite. With two PSUs of one household, gaps 1 and 0 and
    /// equal weights, a Rao–Wu replicate draws one PSU (n − 1 = 1 draw) twice (multipliers 2 and 0), so every replicate
    /// is 1 or 0: the replicate SD is that of a 0/1 variable, ≤ ½·√(B/(B − 1)), and the estimate is ½.</summary>
    [Fact]
    public void TheBootstrapWithWeightsWhoseSumOverflowsGivesFiniteReplicates()
    {
        var options = new BootstrapOptions { Replicates = 40, Seed = 11 };
        PrecisionEstimate e = FgtPrecision.Bootstrap([0, 2], [1e308, 1e308], 1, 1, SurveyDesign.SimpleRandomSample(2), options);
        Assert.Equal(0.5, e.Estimate);
        Assert.InRange(e.StandardError, 0.3, 0.5 * Math.Sqrt(40.0 / 39) + 1e-15);
    }

    /// <summary>Weights 2^-1000 and 2^1000 on two PSUs of gaps 1 and 0: a replicate that draws only the first PSU is
    /// (2·2^-1000·1)/(2·2^-1000) = 1 exactly, one that draws the second 0, so the replicates are 0/1 as above. Scaled
    /// together by a power of two the first weight underflows to 0 and that replicate was 0/0.</summary>
    [Fact]
    public void TheBootstrapWithWeightsSpanningTheDoubleRangeKeepsTheSmallestPsu()
    {
        var options = new BootstrapOptions { Replicates = 40, Seed = 11 };
        PrecisionEstimate e = FgtPrecision.Bootstrap([0, 2], [Math.ScaleB(1.0, -1000), Math.ScaleB(1.0, 1000)], 1, 1,
            SurveyDesign.SimpleRandomSample(2), options);
        Assert.Equal(0.0, e.Estimate); // 2^-2000, below the subnormals
        Assert.InRange(e.StandardError, 0.3, 0.5 * Math.Sqrt(40.0 / 39) + 1e-15);
    }
}
