using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Numbers;
using LppdMetrics.Poverty;
using LppdMetrics.Statistics;

namespace LppdMetrics.Tests.Poverty;

/// <summary>
/// One definition of poverty: <c>Fgt.IsPoor</c> and <c>Fgt.Gap</c>. Every FGT path — the vectorised kernel of
/// <see cref="Fgt.Compute(ReadOnlySpan{double}, double, PovertyLineRule)"/>, the exact <see cref="Fgt.Index"/>, the
/// streaming <see cref="FgtAccumulator"/>, <see cref="Watts"/> and the precision of <see cref="FgtPrecision"/> — counts
/// the same people as poor, above all at the line (y = z) and one ulp either side of it.
/// </summary>
public class PovertyDefinitionTests
{
    [Theory]
    [InlineData(PovertyLineRule.StrictlyBelow, false)]
    [InlineData(PovertyLineRule.AtOrBelow, true)]
    public void At_the_line_the_rule_decides_and_just_below_is_always_poor(PovertyLineRule rule, bool atLineIsPoor)
    {
        // By the definition (BPS: strictly below; Convey: at or below), for z = 550 000 and z = 0.1 (not a binary fraction).
        foreach (double z in new[] { 550_000.0, 0.1 })
        {
            Assert.Equal(atLineIsPoor, Fgt.IsPoor(z, z, rule));
            Assert.True(Fgt.IsPoor(Math.BitDecrement(z), z, rule));
            Assert.False(Fgt.IsPoor(Math.BitIncrement(z), z, rule));
            Assert.True(Fgt.IsPoor(0, z, rule));
            Assert.Equal(0.0, Fgt.Gap(z, z));
            // z · (1/z) is 1 only to the last bit (0.1 · 10 = 0.99999999999999989): g is never above 1.
            Assert.InRange(Fgt.Gap(0, z), 1.0 - 1e-15, 1.0);
        }
    }

    [Theory]
    [InlineData(PovertyLineRule.StrictlyBelow)]
    [InlineData(PovertyLineRule.AtOrBelow)]
    public void The_vectorised_kernel_agrees_with_IsPoor_on_boundary_values(PovertyLineRule rule)
    {
        // Sixteen people, four lanes of four: at the line, one ulp below, one ulp above, 0, and well either side;
        // each value in every lane position. The head count must be the number IsPoor counts.
        double z = 0.1;
        double[] boundary = [z, Math.BitDecrement(z), Math.BitIncrement(z), 0.0];
        double[] y = new double[16];
        for (int i = 0; i < y.Length; i++) y[i] = boundary[(i + i / 4) % 4];
        int poor = y.Count(v => Fgt.IsPoor(v, z, rule));
        Assert.Equal(rule == PovertyLineRule.AtOrBelow ? 12 : 8, poor); // by hand: 4 at the line, 4 below, 4 at 0

        FgtResult simd = Fgt.Compute(y, z, rule);
        Assert.Equal(poor, simd.PoorPopulation);
        Assert.Equal(poor / 16.0, simd.P0, 15);
        Assert.Equal(poor / 16.0, Fgt.Index(y, Ones(16), z, 0, rule), 15);

        var acc = new FgtAccumulator(z, rule);
        foreach (double v in y) acc.Add(v, 1);
        Assert.Equal(poor, acc.Result().PoorPopulation);
    }

    [Property(MaxTest = 200)]
    public Property Every_path_counts_the_people_IsPoor_counts() =>
        // Consumption drawn around the line, half the draws exactly at it or one ulp away; lengths 1–40 cover the
        // vector lanes and the scalar tail.
        Prop.ForAll(People.ToArbitrary(), Gen.Elements(PovertyLineRule.StrictlyBelow, PovertyLineRule.AtOrBelow).ToArbitrary(), (y, rule) =>
        {
            const double z = 7.3;
            double expected = y.Count(v => Fgt.IsPoor(v, z, rule));
            var acc = new FgtAccumulator(z, rule);
            foreach (double v in y) acc.Add(v, 1);
            return Fgt.Compute(y, z, rule).PoorPopulation == expected
                && acc.Result().PoorPopulation == expected
                && Math.Abs(Fgt.Index(y, Ones(y.Length), z, 0, rule) - expected / y.Length) < 1e-15;
        });

    [Fact]
    public void FgtPrecision_counts_the_person_at_the_line_by_the_same_rule()
    {
        // y = (4, 1), z = 4, unit weights, simple random sample of 2. Strictly below: g⁰ = (0, 1), P0 = 0.5; influence
        // uᵢ = (gᵢ − P0)/W = (−0.25, 0.25); SE = √(n/(n−1) · Σ (uᵢ − ū)²) = √(2 · 0.125) = 0.5. At or below: both are
        // poor, P0 = 1 and SE = 0. At α = 1 the person at the line has gap 0 under either rule: P1 = 0.75/2 = 0.375.
        double[] y = [4, 1];
        double[] w = [1, 1];
        var design = SurveyDesign.SimpleRandomSample(2);
        PrecisionEstimate strict = FgtPrecision.Linearization(y, w, 4.0, 0, design);
        Assert.Equal(0.5, strict.Estimate, 15);
        Assert.Equal(0.5, strict.StandardError, 12);
        PrecisionEstimate inclusive = FgtPrecision.Linearization(y, w, 4.0, 0, design, rule: PovertyLineRule.AtOrBelow);
        Assert.Equal(1.0, inclusive.Estimate, 15);
        Assert.Equal(0.0, inclusive.StandardError, 12);
        Assert.Equal(0.375, FgtPrecision.Linearization(y, w, 4.0, 1, design, rule: PovertyLineRule.AtOrBelow).Estimate, 15);
    }

    private static readonly Gen<double[]> People =
        Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.OneOf(
            Gen.Elements(7.3, Math.BitDecrement(7.3), Math.BitIncrement(7.3), 0.0),
            Gen.Choose(0, 20_000).Select(k => k / 1000.0)), n));

    private static double[] Ones(int n)
    {
        double[] ones = new double[n];
        Array.Fill(ones, 1.0);
        return ones;
    }
}
