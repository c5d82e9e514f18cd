using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Poverty;

namespace LppdMetrics.Tests.Poverty;

/// <summary>
/// The FGT kernel sums in a fixed order whatever the hardware: its vector path (two 4-lane accumulators) and its
/// scalar path (eight scalar lanes) must give the same bits, on any data and any length (every tail length 0–7).
/// </summary>
public class FgtKernelTests
{
    /// <summary>Doubles of every kind: ordinary, near the line, zeros of both signs, huge, tiny, and about 1 in 8 NaN or ±∞.</summary>
    private static readonly Gen<double> Value =
        Gen.Frequency(
            (5, Gen.Choose(0, 20_000).Select(k => k / 8.0)),
            (2, Gen.Choose(-1074, 1023).SelectMany(e => Gen.Choose(1, 1 << 20).Select(m => Math.ScaleB(m / (double)(1 << 20), e)))),
            (1, Gen.Elements(0.0, -0.0, 1000.0, 999.9999999999999, double.MaxValue, double.Epsilon, -1.0)),
            (1, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity)));

    public sealed record Case(double[] Consumption, double[] Weights, double Line, bool AtOrBelow, double Scale)
    {
        public override string ToString() => $"n={Consumption.Length}, unit={Weights.Length == 0}, z={Line:R}, atOrBelow={AtOrBelow}, scale={Scale:R}";
    }

    private static readonly Arbitrary<Case> Cases =
        (from n in Gen.Choose(0, 70)
         from y in Gen.ArrayOf(Value, n)
         from unit in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
         from w in Gen.ArrayOf(Value, unit ? 0 : n)
         from z in Gen.Elements(1000.0, 0.5, 1e-300, 3e200)
         from rule in Gen.Elements(false, true)
         from scale in Gen.Elements(1.0, Math.ScaleB(1.0, 600), Math.ScaleB(1.0, -700))
         select new Case(y, w, z, rule, scale)).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Vector_and_scalar_paths_give_the_same_bits() =>
        Prop.ForAll(Cases, c =>
        {
            Fgt.Sums v = Fgt.VectorKernel(c.Consumption, c.Weights, c.Line, c.AtOrBelow, c.Scale);
            Fgt.Sums s = Fgt.ScalarKernel(c.Consumption, c.Weights, c.Line, c.AtOrBelow, c.Scale);
            return (Same(v.Weight, s.Weight) && Same(v.Poor, s.Poor) && Same(v.Gap, s.Gap) && Same(v.Squared, s.Squared) && v.Bad == s.Bad)
                .Label($"vector ({v.Weight:R}, {v.Poor:R}, {v.Gap:R}, {v.Squared:R}, {v.Bad}) scalar ({s.Weight:R}, {s.Poor:R}, {s.Gap:R}, {s.Squared:R}, {s.Bad})");
        });

    [Fact]
    public void The_lanes_are_combined_in_the_documented_order()
    {
        // Nobody poor (y above the line), so only W = Σw matters. 2^53 + 1 rounds back to 2^53 (ties to even), 2^53 + 2
        // is exact. With w = [2^53, 1, 0, 0, 0, 1, 0, 0] the documented order pairs lanes 1 and 5 first:
        // ((2^53 + 0) + (1 + 1)) + ((0 + 0) + (0 + 0)) = 2^53 + 2, where left to right would lose both 1s (2^53).
        double big = Math.ScaleB(1.0, 53);
        double[] y = Enumerable.Repeat(5.0, 8).ToArray();
        double[] w2 = [big, 1, 0, 0, 0, 1, 0, 0];
        Assert.Equal(big + 2, Fgt.VectorKernel(y, w2, 1.0, false, 1.0).Weight);
        Assert.Equal(big + 2, Fgt.ScalarKernel(y, w2, 1.0, false, 1.0).Weight);
    }

    private static bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);
}
