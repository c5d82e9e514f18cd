using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Numbers;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Numbers;

/// <summary>
/// <see cref="ExactSum"/>: the span form (blocks summed in registers at a common scale) against an independent
/// reference, the exact sum in <see cref="BigInteger"/> units of 2⁻¹⁰⁷⁴, and against adding one value at a time.
/// </summary>
public class ExactSumTests
{
    // How the values of one array are drawn: whole numbers, decimals, a spread of 0–80 binades below one scale (across
    // the span form's 2⁶³ boundary between its registers and the one-at-a-time path), anything finite, subnormals and
    // the smallest normals, and a mixture of all with zeros and −0.
    private const int Kinds = 6;

    private static double[] Make(int length, int kind, int seed)
    {
        var rng = new Random(seed);
        int scale = rng.Next(64, 2030);
        var values = new double[length];
        for (int i = 0; i < length; i++)
            values[i] = Draw(kind == Kinds - 1 ? rng.Next(Kinds) : kind, scale, rng);
        return values;
    }

    private static double Draw(int kind, int scale, Random rng)
    {
        ulong mantissa = (ulong)rng.NextInt64(1L << 52);
        return kind switch
        {
            0 => rng.Next(0, 1_000_000),
            1 => rng.Next(1, 10_000_000) / 100.0,
            2 => Bits(scale - rng.Next(0, 81), mantissa),
            3 => Bits(rng.Next(0, 2036), mantissa),
            4 => Bits(rng.Next(0, 3), mantissa),
            _ => rng.Next(3) switch { 0 => 0.0, 1 => -0.0, _ => Bits(rng.Next(0, 2036), mantissa) },
        };
    }

    private static double Bits(int exponent, ulong mantissa) => BitConverter.UInt64BitsToDouble(((ulong)Math.Max(exponent, 0) << 52) | mantissa);

    [Property(MaxTest = 400)]
    public Property The_span_form_is_the_exact_sum_rounded_once_and_the_same_as_one_at_a_time() =>
        Prop.ForAll(Shrinkers.Choose(0, 2600), Shrinkers.Choose(0, Kinds - 1), Shrinkers.Choose(0, int.MaxValue), (length, kind, seed) =>
        {
            int cut = seed % (length + 1); // two calls, split anywhere
            double[] values = Make(length, kind, seed);
            var span = new ExactSum();
            span.Add(values.AsSpan(0, cut));
            span.Add(values.AsSpan(cut));
            var single = new ExactSum();
            foreach (double v in values)
                single.Add(v);
            BigInteger exact = values.Aggregate(BigInteger.Zero, (s, v) => s + ExactReference.HalfUnits(v));
            double total = span.ToDouble();
            bool same = BitConverter.DoubleToInt64Bits(total) == BitConverter.DoubleToInt64Bits(single.ToDouble());
            return (ExactReference.IsNearest(exact, total) && same && span.IsZero == exact.IsZero)
                .Label($"span {total:R}, one at a time {single.ToDouble():R}, nearest {ExactReference.IsNearest(exact, total)}");
        });

    [Fact]
    public void Values_at_the_edge_of_the_registers_scale_are_kept()
    {
        // The block's largest value fixes a scale 2^63 below it: 1 + 2^-63 keeps both terms in the registers, and
        // 2^-64, 2^-1074 (the smallest subnormal) go one at a time. The sum of 2^53 and ones must not lose a one.
        double one = 1.0;
        double[] values = [one, Math.ScaleB(1.0, -63), Math.ScaleB(1.0, -64), double.Epsilon, Math.ScaleB(1.0, -52)];
        var sum = new ExactSum();
        sum.Add(values);
        BigInteger exact = values.Aggregate(BigInteger.Zero, (s, v) => s + ExactReference.HalfUnits(v));
        Assert.True(ExactReference.IsNearest(exact, sum.ToDouble()));
        Assert.Equal(1 + Math.ScaleB(1.0, -52), sum.ToDouble());

        // Four 2^-54 above 1 round up one ulp only when all four are kept: 1 + 4·2^-54 = 1 + 2^-52.
        var small = new ExactSum();
        small.Add([1.0, Math.ScaleB(1.0, -54), Math.ScaleB(1.0, -54), Math.ScaleB(1.0, -54), Math.ScaleB(1.0, -54)]);
        Assert.Equal(1 + Math.ScaleB(1.0, -52), small.ToDouble());

        // 1 + 2^-53 is a tie, rounded to even (1); the smallest subnormal, far below the registers' scale, breaks it upward.
        var tie = new ExactSum();
        tie.Add([1.0, Math.ScaleB(1.0, -53)]);
        Assert.Equal(1.0, tie.ToDouble());
        var broken = new ExactSum();
        broken.Add([1.0, Math.ScaleB(1.0, -53), double.Epsilon]);
        Assert.Equal(1 + Math.ScaleB(1.0, -52), broken.ToDouble());

        var whole = new ExactSum();
        whole.Add([9007199254740992.0, 1, 1]);
        Assert.Equal(9007199254740994.0, whole.ToDouble());

        // The largest finite values, a block at a time.
        var large = new ExactSum();
        large.Add(Enumerable.Repeat(double.MaxValue / 4096, 2048).ToArray());
        Assert.Equal(double.MaxValue / 2, large.ToDouble());
    }
}
