using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// Extreme but valid samples whose exact answer is known without the library: every household with a positive weight
/// has the same income y, so the Lorenz curve is the diagonal, L(p) = p, and every measure is that of perfect
/// equality (Gini, Theil, MLD, Atkinson 0; the share of the slice [a, b] is b − a; S80/S20 1; Palma 0.25), whatever the
/// weights (5e-324 to 1.8e308, one non-zero weight, many equal) and y (subnormal to 1.8e308). Households of weight 0
/// may have any income.
/// </summary>
public class EqualIncomeExtremeTests
{
    private static readonly double[] Magnitudes = [1, 3, double.Epsilon, 2.2250738585072014e-308, 1e-300, 1e-100, 1e100, 1e300, double.MaxValue];

    // 1–6 households: a magnitude index per weight (−1: weight 0) and an income index per zero-weight household; the
    // common income's index. Shrinks to fewer households, to weight 1 and to income 1.
    private static Arbitrary<(int[] Weights, int[] Others, int Income)> Samples()
    {
        Gen<int> magnitude = Gen.Choose(0, Magnitudes.Length - 1);
        return Arb.From(
            from n in Gen.Choose(1, 6)
            from w in Gen.Frequency((1, Gen.Constant(-1)), (4, magnitude)).ArrayOf(n)
            from o in magnitude.ArrayOf(n)
            from y in Gen.Choose(0, Magnitudes.Length - 1)
            select (Weights: w, Others: o, Income: y),
            s => Shrinkers.Array(s.Weights, v => Shrinkers.Int(v, 0), minLength: 1).Select(w => (w, s.Others.Take(w.Length).ToArray(), s.Income))
                .Concat(Shrinkers.Int(s.Income, 0).Select(y => (s.Weights, s.Others, y))));
    }

    private static (double[] Y, double[] W) Data((int[] Weights, int[] Others, int Income) s)
    {
        double[] w = s.Weights.Select(k => k < 0 ? 0.0 : Magnitudes[k]).ToArray();
        double[] y = w.Select((v, i) => v > 0 ? Magnitudes[s.Income] : Magnitudes[s.Others[i]]).ToArray();
        return (y, w);
    }

    [Property(MaxTest = 300)]
    public Property Equal_incomes_give_perfect_equality_whatever_the_weights() =>
        Prop.ForAll(Samples(), s =>
        {
            (double[] y, double[] w) = Data(s);
            if (!w.Any(v => v > 0))
                return true.Label("no weight: refused (checked elsewhere)");
            string at = $"y = [{string.Join(", ", y.Select(v => v.ToString("R")))}], w = [{string.Join(", ", w.Select(v => v.ToString("R")))}]";
            Assert.True(Math.Abs(IncomeShares.Share(y, w, 0.1, 0.3) - 0.2) < 1e-12, $"Share(0.1, 0.3) {IncomeShares.Share(y, w, 0.1, 0.3):R} at {at}");
            Assert.True(Math.Abs(IncomeShares.Share(y, w, 0, 0.4) - 0.4) < 1e-12, $"Share(0, 0.4) at {at}");
            foreach (var point in Lorenz.AtShares(y, w, 10))
                Assert.True(Math.Abs(point.IncomeShare - point.PopulationShare) < 1e-12, $"L({point.PopulationShare}) = {point.IncomeShare:R} at {at}");
            // Weights summing beyond a double are accepted, as by the Gini: the population W = Σ w is then null.
            InequalityProfile profile = InequalityProfile.Compute(y, w, [0.5, 1, 2, 40]);
            Assert.Equal(double.IsInfinity(w.Sum()), profile.Population is null);
            foreach (InequalityMeasure m in profile.Measures)
            {
                double expected = m.Name switch { "s80s20" => 1, "palma" => 0.25, _ => 0 };
                Assert.True(m.Value is double v && Math.Abs(v - expected) < 1e-12, $"{m.Name} = {m.Value:R} ({m.Unavailable}) at {at}");
            }
            return true.ToProperty();
        });

    /// <summary>
    /// The case the property found: y = (3, 3, 3), w = (1, 1.8e308, 1). The sample's totals, taken first, had switched
    /// to products summed from their exponents; the running sums built after them kept the weights unscaled, so the
    /// ordinate L(0.1) read the weight 0.1·1.8e308 against products near 1 and came out 1 (Share(0.1, 0.3) = 0).
    /// Equal incomes: L(p) = p, so the share of [0.1, 0.3] is 0.2.
    /// </summary>
    [Fact]
    public void The_share_of_a_slice_does_not_depend_on_which_sums_were_taken_first()
    {
        double[] y = [3, 3, 3], w = [1, double.MaxValue, 1];
        Assert.Equal(0.2, IncomeShares.Share(y, w, 0.1, 0.3), 1e-15);
        Assert.Equal(0.2, IncomeShares.Share([1e300, 1e300], [1e300, 3], 0.1, 0.3), 1e-15);
    }
}
