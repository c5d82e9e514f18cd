using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;
using LppdMetrics.TestSupport;
using LppdMetrics.Tests.Numbers;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// GE(α) for α outside [0, 1] and the Atkinson index for ε &gt; 1 (and large ε) on valid data spanning the double range:
/// the right value wherever it is a finite double, checked against exact rational arithmetic on the doubles given
/// (<see cref="BigInteger"/>), and a refusal naming α only when the true GE itself passes 1.8e308.
/// </summary>
public class EntropyExtremeTests
{
    private static double P2(int k) => Math.ScaleB(1.0, k);

    /// <summary>By hand: y = (1, 2^-1040), w = (1, 2^-1000). W and μ are 1 to within 2^-1000, so
    /// GE(−1) = ½((1/W) Σ w (y/μ)^-1 − 1) = ½(1 + 2^-1000·2^1040 − 1) = 2^39. Before the fix y/μ = 2^-1040 was a subnormal
    /// whose power overflowed and GE(−1) was refused.</summary>
    [Fact]
    public void NegativeAlphaOfAnIncomeBelowTheNormalRangeIsComputed() =>
        Assert.Equal(P2(39), GeneralizedEntropy.Compute([1, P2(-1040)], [1, P2(-1000)], -1), 12);

    /// <summary>By hand: y = (1, 2^600), w = (1, 2^-600): T = 2, W = 1 (to 2^-600), μ = 2; Σ w y² = 1 + 2^600, so
    /// GE(2) = ½(Σ w y²/(W μ²) − 1) = ½((1 + 2^600)/4 − 1) = 2^597 (to 2^-600 relative). Before: (y/μ)² = 2^1198
    /// overflowed and GE(2) was refused, though it is 2^597 ≈ 5e179.</summary>
    [Fact]
    public void AlphaTwoWhosePowerAloneOverflowsIsComputed()
    {
        double ge = GeneralizedEntropy.Compute([1, P2(600)], [1, P2(-600)], 2);
        Assert.True(Math.Abs(ge / P2(597) - 1) < 1e-13, $"{ge:R}");
    }

    /// <summary>By hand: y = (1, 2^-1040), w = (1, 2^-1000): A(2) = 1 − H/μ with the harmonic mean H = W / Σ(w/y) =
    /// 1/(1 + 2^40) and μ = 1 (to 2^-1000): A(2) = 2^40/(1 + 2^40). Before the fix the power overflowed and 1 was returned.</summary>
    [Fact]
    public void AtkinsonTwoOfAnIncomeBelowTheNormalRangeIsNotOne()
    {
        double a = Atkinson.Compute([1, P2(-1040)], [1, P2(-1000)], 2);
        Assert.Equal(P2(40) / (1 + P2(40)), a, 15);
        Assert.True(a < 1);
    }

    /// <summary>By hand, ε = 10⁸ on y = (1, 1.0001) with equal weights: μ = 1.00005, r₁ = 1/1.00005, and
    /// (r₂/r₁)^(1−ε) = 1.0001^(−10⁸+1) ≈ e^(−10⁴) = 0 in a double, so A = 1 − r₁·(½)^(1/(1−ε)) = 1 − r₁·2^(1/(ε−1)):
    /// about 5.0e-5, near the Rawlsian 1 − min(y)/μ. Before: r₁^(1−ε) overflowed and 1 was returned.</summary>
    [Fact]
    public void AtkinsonOfALargeAversionTendsToOneMinusTheSmallestShare()
    {
        double epsilon = 1e8, r1 = 1 / 1.00005;
        Assert.Equal(1 - r1 * Math.Pow(2, 1 / (epsilon - 1)), Atkinson.Compute([1, 1.0001], [1, 1], epsilon), 12);
    }

    /// <summary>Where GE itself is beyond a double it is refused naming α: y = (1, 2^1000), w = (1, 2^-1000) give T = 2,
    /// W = 1 and μ = 2 (to 2^-1000), Σ w y³ = 1 + 2^2000, so GE(3) = (2^2000/8 − 1)/6 ≈ 2^1994.4, far beyond 1.8e308.</summary>
    [Fact]
    public void AGeneralisedEntropyBeyondTheDoubleRangeIsRefusedNamingAlpha()
    {
        var error = Assert.Throws<ArgumentException>(() => GeneralizedEntropy.Compute([1, P2(1000)], [1, P2(-1000)], 3));
        Assert.Equal("alpha", error.ParamName);
    }

    /// <summary>By hand: y = (2^-1000, 2^70), w = (2^100, 1.2·2^-970): the products are 2^-900 and 1.2·2^-900, so the
    /// income shares are 1/2.2 and 1.2/2.2, W = 2^100 (to 2^-1070) and μ = 2.2·2^-1000; r = (1/2.2, 2^1070/2.2) and
    /// T = Σ sᵢ ln rᵢ = −ln 2.2 + (1.2/2.2)·1070·ln 2 ≈ 403.77. Before the fix the second weight, scaled by 2^-100 to
    /// 1.2·2^-1070, kept 5 bits (1.1875), and so did the scaled mean (2.1875·2^-1070): the factor wy/μ was 0.5429
    /// instead of 0.5455, and T came out 401.8.</summary>
    [Fact]
    public void TheilOfAWeightBelowTheNormalRangeOnceScaledKeepsItsShare()
    {
        double expected = -Math.Log(2.2) + 1.2 / 2.2 * 1070 * Math.Log(2);
        double theil = GeneralizedEntropy.Theil([P2(-1000), P2(70)], [P2(100), 1.2 * P2(-970)]);
        Assert.True(Math.Abs(theil / expected - 1) < 1e-14, $"{theil:R}, by hand {expected:R}");
    }

    [Property(MaxTest = 300)]
    public Property TheilMatchesExactSharesAndLogarithms() =>
        Prop.ForAll(Households(), rows =>
        {
            (double[] y, double[] w) = Data(rows);
            // T = (1/W) Σ wᵢ rᵢ ln rᵢ = Σ sᵢ ln rᵢ with sᵢ = wᵢyᵢ/Σ wy and rᵢ = yᵢ W/Σ wy, both exact rationals.
            Rational total = Rational.Sum(y.Zip(w, (yi, wi) => Rational.Of(wi) * Rational.Of(yi)));
            Rational weight = Rational.Sum(w.Select(Rational.Of));
            double expected = y.Zip(w, (yi, wi) => yi == 0 ? 0.0 : (Rational.Of(wi) * Rational.Of(yi) / total).ToDouble()
                * (Rational.Of(yi) * weight / total).Log()).Sum();
            double got = GeneralizedEntropy.Theil(y, w);
            // 1e-14 relative and 5e-16 absolute: the logarithm of a ratio near 1 in a double is only that close.
            Assert.True(Math.Abs(got - expected) <= 1e-14 * expected + 5e-16, $"T = {got:R}, exactly {expected:R}");
        });

    /// <summary>Equal incomes have no inequality: every measure is 0 exactly, for any weights. The mean T/W was an ulp
    /// off 3.7 and the mean log deviation came out 1.1e-16.</summary>
    [Fact]
    public void EqualIncomesHaveZeroInequalityWhateverTheWeights()
    {
        double[] y = [3.7, 3.7, 3.7, 3.7, 3.7], w = [0.3, 1.7, 2.9, 0.1, 7.3];
        Assert.Equal(0.0, GeneralizedEntropy.MeanLogDeviation(y, w));
        Assert.Equal(0.0, GeneralizedEntropy.Theil(y, w));
        Assert.Equal(0.0, Atkinson.Compute(y, w, 1));
    }

    // n households: income m·2^a, weight v·2^b, mantissas 1–1000, exponents across the double range; shrinking to
    // fewer households, mantissas toward 1 and exponents toward 0.
    private static Arbitrary<((int, int), (int, int))[]> Households()
    {
        Gen<((int, int), (int, int))> row =
            from ym in Gen.Choose(1, 1000)
            from ya in Gen.Choose(-1060, 1000)
            from wm in Gen.Choose(1, 1000)
            from wb in Gen.Choose(-1070, 1000)
            select ((ym, ya), (wm, wb));
        return Arb.From(Gen.Choose(1, 5).SelectMany(n => row.ArrayOf(n)),
            rows => Shrinkers.Array(rows, r => Shrinkers.Pair(r,
                y => Shrinkers.Pair(y, m => Shrinkers.Int(m, 1), a => Shrinkers.Int(a, 0)),
                w => Shrinkers.Pair(w, m => Shrinkers.Int(m, 1), b => Shrinkers.Int(b, 0))), minLength: 1));
    }

    [Property(MaxTest = 300)]
    public Property GeneralisedEntropyMatchesExactArithmeticOrIsRefusedOnlyBeyondTheDoubleRange() =>
        Prop.ForAll(Households(), Shrinkers.Elements(2, -1, 3, -2), (rows, alpha) =>
        {
            (double[] y, double[] w) = Data(rows);
            // M = (1/W) Σ w (y/μ)^α = Σ w y^α · W^(α−1) / T^α; GE = (M − 1)/(α(α − 1)).
            Rational m = Rational.Sum(y.Zip(w, (yi, wi) => Rational.Of(wi) * Rational.Pow(Rational.Of(yi), alpha)))
                * Rational.Pow(Rational.Sum(w.Select(Rational.Of)), alpha - 1) / Rational.Pow(Rational.Sum(y.Zip(w, (yi, wi) => Rational.Of(wi) * Rational.Of(yi))), alpha);
            Rational exact = (m - Rational.One) / Rational.OfInt(alpha * (alpha - 1));
            double expected = exact.ToDouble();
            if (double.IsInfinity(expected))
            {
                Assert.Equal("alpha", Assert.Throws<ArgumentException>(() => GeneralizedEntropy.Compute(y, w, alpha)).ParamName);
                return;
            }
            double got = GeneralizedEntropy.Compute(y, w, alpha);
            Assert.True(Math.Abs(got - expected) <= 1e-12 * (Math.Abs(expected) + 1), $"GE({alpha}) = {got:R}, exactly {expected:R}");
        });

    [Property(MaxTest = 300)]
    public Property AtkinsonOfAversionTwoMatchesExactArithmetic() =>
        Prop.ForAll(Households(), rows =>
        {
            (double[] y, double[] w) = Data(rows);
            // A(2) = 1 − H/μ = 1 − W² / (Σ w/y · T).
            Rational h = Rational.Pow(Rational.Sum(w.Select(Rational.Of)), 2)
                / (Rational.Sum(y.Zip(w, (yi, wi) => Rational.Of(wi) / Rational.Of(yi))) * Rational.Sum(y.Zip(w, (yi, wi) => Rational.Of(wi) * Rational.Of(yi))));
            double expected = (Rational.One - h).ToDouble();
            double got = Atkinson.Compute(y, w, 2);
            Assert.True(Math.Abs(got - expected) <= 1e-12, $"A(2) = {got:R}, exactly {expected:R}");
        });

    private static (double[] Y, double[] W) Data(((int, int), (int, int))[] rows) =>
        (rows.Select(r => Math.ScaleB((double)r.Item1.Item1, r.Item1.Item2)).ToArray(),
         rows.Select(r => Math.ScaleB((double)r.Item2.Item1, r.Item2.Item2)).ToArray());
}
