using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Numbers;

namespace LppdMetrics.Tests.Numbers;

/// <summary>
/// <see cref="ExactTotal.Of"/>: the exact sum of the weights rounded once, the same bits in any order, whether the
/// weights are whole numbers (summed as doubles, exact below 2⁵³) or not (the exact accumulator).
/// </summary>
public class ExactTotalTests
{
    // Whole weights (the fast path), decimal weights, weights far apart in size, and about 1 in 8 NaN, ±∞ or negative.
    private static readonly Gen<double> Weight = Gen.Frequency(
        (8, Gen.Choose(0, 100_000).Select(i => (double)i)),
        (4, Gen.Choose(1, 99_999).Select(i => i / 100.0)),
        (2, Gen.Choose(1, 999).Zip(Gen.Choose(-20, 20)).Select(t => t.Item1 * Math.Pow(10, t.Item2))),
        (2, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1.0)));

    [Property(MaxTest = 500)]
    public Property The_total_is_the_same_in_any_order_and_the_decimal_sum_of_whole_weights() =>
        Prop.ForAll(Arb.From(Weight.ArrayOf().Where(a => a.Length <= 50)), Arb.From(Gen.Choose(0, int.MaxValue)), (w, seed) =>
        {
            double[] shuffled = (double[])w.Clone();
            new Random(seed).Shuffle(shuffled);
            if (w.Any(x => !(x >= 0 && x <= double.MaxValue)))
            {
                ArgumentException a = Assert.ThrowsAny<ArgumentException>(() => ExactTotal.Of(w));
                return (a.ParamName == "weights").Label("the error names the weights");
            }
            double total = ExactTotal.Of(w);
            bool sameBits = BitConverter.DoubleToInt64Bits(total) == BitConverter.DoubleToInt64Bits(ExactTotal.Of(shuffled));
            // The reference for whole weights below 10^14: their sum as decimals, exact, and below 2^53, so exact as a double.
            bool whole = w.All(x => x == Math.Floor(x) && x < 1e14);
            bool exact = !whole || total == (double)w.Sum(x => (decimal)x);
            return (sameBits && exact).Label($"total {total:R}, same in any order {sameBits}, equals the decimal sum {exact}");
        });

    [Fact]
    public void Long_inputs_split_between_threads_give_the_total_of_one_thread()
    {
        // 300 000 weights (above the two-thread threshold): whole ones against their decimal sum, and decimal ones
        // (the exact accumulator) against the same weights in reverse order, bit for bit.
        var rng = new Random(18);
        double[] whole = Enumerable.Range(0, 300_000).Select(_ => (double)rng.Next(50, 450)).ToArray();
        Assert.Equal((double)whole.Sum(x => (decimal)x), ExactTotal.Of(whole));
        double[] decimals = Enumerable.Range(0, 300_000).Select(_ => rng.Next(1, 100_000) / 100.0).ToArray();
        double forward = ExactTotal.Of(decimals);
        Array.Reverse(decimals);
        Assert.Equal(BitConverter.DoubleToInt64Bits(forward), BitConverter.DoubleToInt64Bits(ExactTotal.Of(decimals)));
        // A bad weight in the second half is still named by its index.
        whole[250_000] = double.NaN;
        ArgumentException ex = Assert.ThrowsAny<ArgumentException>(() => ExactTotal.Of(whole));
        Assert.Contains("[250000]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fraction_in_any_lane_sends_the_weights_to_the_exact_sum()
    {
        // Sixteen weights, four of them decimals at the positions of one of the scan's four lanes, the rest whole: for
        // these decimals the plain four-lane sum is not the nearest double to the exact total (checked in exact
        // rational arithmetic when the case was chosen), so a lane whose fractions went unseen returns a wrong total.
        double[] decimals = [269.85, 931.23, 90.62, 334.05];
        for (int lane = 0; lane < 4; lane++)
        {
            double[] w = [1e15, 3, 3, 3, 1e15, 3, 3, 3, 1e15, 3, 3, 3, 1e15, 3, 3, 3];
            for (int k = 0; k < 4; k++)
                w[lane + 4 * k] = decimals[k];
            Assert.True(ExactReference.IsNearestSum(w, ExactTotal.Of(w)), $"lane {lane}");
        }
    }

    [Property(MaxTest = 300)]
    public Property The_total_is_the_exact_sum_rounded_once() =>
        Prop.ForAll(Arb.From(Weight.Where(x => x >= 0 && x <= double.MaxValue).ArrayOf().Where(a => a.Length <= 60)), w =>
            ExactReference.IsNearestSum(w, ExactTotal.Of(w)).Label($"total {ExactTotal.Of(w):R}"));

    [Fact]
    public void Whole_weights_beyond_two_to_the_53_are_summed_exactly()
    {
        // 2^53 + 1 + 1: as doubles left to right 2^53 + 1 rounds to 2^53 twice; the exact total is 2^53 + 2.
        double big = 9007199254740992.0;
        Assert.Equal(big + 2, ExactTotal.Of([big, 1, 1]));
        Assert.Equal(big + 2, ExactTotal.Of([1, big, 1]));
    }
}
