using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;
using LppdMetrics.TestSupport;
using LppdMetrics.Tests.Numbers;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// The small-sample corrections of the Gini where one weight holds most of the total, or rows carry weight 0: the
/// corrected value against exact rational arithmetic (G = Σᵢⱼ wᵢwⱼ|yᵢ − yⱼ| / (2W·T), 1 − Σfᵢ² = (W² − Σwᵢ²)/W²).
/// </summary>
public class GiniCorrectionEdgeTests
{
    /// <summary>By hand: y = (1, 2), w = (1, ε): G = 2·ε·1/(2(1 + ε)(1 + 2ε)) and 1 − Σf² = 2ε/(1 + ε)², so the corrected
    /// Gini is (1 + ε)/(2(1 + 2ε)), ½ as ε → 0. With ε = 10⁻²⁰⁰ the fraction f₂² underflowed, 1 − Σf² came out 0 and the
    /// correction was refused ("all the weight is on one observation"); with ε = 10⁻¹⁰ it lost 6 digits to cancellation
    /// (0.49999999995 to within 5·10⁻⁷).</summary>
    [Theory]
    [InlineData(1e-200)]
    [InlineData(1e-10)]
    [InlineData(1e-5)]
    public void EffectiveSampleSizeWithOneDominantWeight(double epsilon)
    {
        double expected = (1 + epsilon) / (2 * (1 + 2 * epsilon));
        double got = Gini.Compute([1, 2], [1, epsilon], GiniCorrection.EffectiveSampleSize);
        Assert.True(Math.Abs(got / expected - 1) < 1e-14, $"{got:R}, by hand {expected:R}");
    }

    /// <summary>By hand: y = (1, 2, 3), w = (1, 1, 0) is the sample {1, 2}: G = 1·1·1·2/(2·2·3) = 1/6 and n = 2, so
    /// G·n/(n − 1) = 1/3. The zero-weight row was counted (n = 3) and gave 1/4.</summary>
    [Fact]
    public void SampleSizeCountsOnlyRowsWithAPositiveWeight()
    {
        Assert.Equal(1.0 / 3, Gini.Compute([1, 2, 3], [1, 1, 0], GiniCorrection.SampleSize), 15);
        Assert.Equal("correction", Assert.Throws<ArgumentException>(() => Gini.Compute([1, 2], [1, 0], GiniCorrection.SampleSize)).ParamName);
    }

    // 2–5 rows: income 1–20, weight m·2^e (e −700…0, or 0 = a zero weight); shrinks toward fewer rows and small values.
    private static Arbitrary<((int, int), int)[]> Rows() =>
        Arb.From(Gen.Choose(2, 5).SelectMany(n =>
                (from y in Gen.Choose(1, 20) from m in Gen.Choose(0, 1000) from e in Gen.Choose(-700, 0) select ((y, m), e)).ArrayOf(n)),
            rows => Shrinkers.Array(rows, r => Shrinkers.Pair(r,
                p => Shrinkers.Pair(p, y => Shrinkers.Int(y, 1), m => Shrinkers.Int(m, 1)), e => Shrinkers.Int(e, 0)), minLength: 2));

    [Property(MaxTest = 300)]
    public Property CorrectedGinisMatchExactArithmetic() =>
        Prop.ForAll(Rows(), rows =>
        {
            double[] y = rows.Select(r => (double)r.Item1.Item1).ToArray();
            double[] w = rows.Select(r => Math.ScaleB((double)r.Item1.Item2, r.Item2)).ToArray();
            int n = w.Count(v => v > 0);
            if (n < 2 || y.Zip(w).All(p => p.Second == 0 || p.First == y[Array.FindIndex(w, v => v > 0)]))
                return; // fewer than two weighted rows, or equal weighted incomes (G = 0): other tests
            Rational weight = Rational.Sum(w.Select(Rational.Of)), total = Rational.Sum(y.Zip(w, (a, b) => Rational.Of(a) * Rational.Of(b)));
            Rational pairs = Rational.Sum(Enumerable.Range(0, y.Length).SelectMany(i => Enumerable.Range(0, y.Length).Select(j =>
                Rational.Of(w[i]) * Rational.Of(w[j]) * Rational.Of(Math.Abs(y[i] - y[j])))));
            Rational g = pairs / (Rational.OfInt(2) * weight * total);
            Rational squares = Rational.Sum(w.Select(v => Rational.Of(v) * Rational.Of(v)));
            double effective = (g * weight * weight / (weight * weight - squares)).ToDouble();
            double sampleSize = (g * Rational.OfInt(n) / Rational.OfInt(n - 1)).ToDouble();
            double gotEffective = Gini.Compute(y, w, GiniCorrection.EffectiveSampleSize);
            double gotSampleSize = Gini.Compute(y, w, GiniCorrection.SampleSize);
            Assert.True(Math.Abs(gotEffective / effective - 1) < 1e-12, $"effective: {gotEffective:R}, exactly {effective:R}");
            Assert.True(Math.Abs(gotSampleSize / sampleSize - 1) < 1e-12, $"n/(n − 1): {gotSampleSize:R}, exactly {sampleSize:R}");
        });
}
