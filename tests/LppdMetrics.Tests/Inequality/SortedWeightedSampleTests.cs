using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Numbers;
using LppdMetrics.Statistics;

namespace LppdMetrics.Tests.Inequality;

public class SortedWeightedSampleTests
{
    [Property(MaxTest = 200)]
    public Property Radix_sort_orders_like_a_stable_comparison_sort() =>
        Prop.ForAll(Shrinkers.Choose(1, 3000), Shrinkers.Choose(0, int.MaxValue), (n, seed) =>
        {
            var rng = new Random(seed);
            double[] special = [0.0, -0.0, double.Epsilon, 1e-310, 1.0, 1e300, 0.5, 2.0];
            double[] x = Enumerable.Range(0, n).Select(_ => rng.Next(4) switch
            {
                0 => special[rng.Next(special.Length)],
                1 => rng.Next(0, 20),
                _ => Math.Exp(rng.NextDouble() * 40 - 20),
            }).ToArray();
            // payload = input index + 1 (not the index itself: n = 1 would give weights summing to 0)
            double[] w = Enumerable.Range(0, n).Select(i => i + 1.0).ToArray();
            using var sample = SortedWeightedSample.Create(x, w);
            int[] expected = Enumerable.Range(0, n).OrderBy(i => x[i]).ToArray(); // LINQ OrderBy is stable
            return sample.Values.ToArray().SequenceEqual(expected.Select(i => x[i] + 0.0))
                && sample.Weights.ToArray().SequenceEqual(expected.Select(i => i + 1.0));
        });

    [Theory]
    [InlineData(200_000, 1)]   // above the two-thread threshold: buckets split between threads
    [InlineData(70_000, 2)]
    public void Large_samples_sort_like_a_stable_comparison_sort(int n, int seed)
    {
        var rng = new Random(seed);
        // Lognormal values, a tenth of them tied on a coarse grid, and a few exact zeros.
        double[] x = Enumerable.Range(0, n).Select(i => i % 10 == 0 ? Math.Floor(rng.NextDouble() * 50) * 1000
            : Math.Exp(14 + 0.6 * (rng.NextDouble() * 6 - 3))).ToArray();
        double[] w = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        using var sample = SortedWeightedSample.Create(x, w);
        int[] expected = Enumerable.Range(0, n).OrderBy(i => x[i]).ToArray();
        Assert.True(sample.Values.SequenceEqual(expected.Select(i => x[i]).ToArray()));
        Assert.True(sample.Weights.SequenceEqual(expected.Select(i => (double)i).ToArray()));
    }

    [Theory]
    [InlineData(150_000, 3, 0)] // one far outlier: almost every key falls into one first-level bucket, split twice more
    [InlineData(150_000, 4, 1)] // keys that differ only in their last mantissa bits, many of them tied
    [InlineData(5_000, 5, 1)]
    public void Skewed_and_low_bit_keys_sort_like_a_stable_comparison_sort(int n, int seed, int shape)
    {
        var rng = new Random(seed);
        double[] x = Enumerable.Range(0, n).Select(i => shape == 0
            ? (i == n / 2 ? 1e300 : BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(1.0) + (i % 10 < 7 ? 0 : 1L << 40) + rng.Next(1 << 20)))
            : BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(1e6) + rng.Next(n / 8))).ToArray();
        double[] w = Enumerable.Range(0, n).Select(i => i + 1.0).ToArray();
        using var sample = SortedWeightedSample.Create(x, w);
        int[] expected = Enumerable.Range(0, n).OrderBy(i => x[i]).ToArray();
        Assert.True(sample.Values.SequenceEqual(expected.Select(i => x[i]).ToArray()));
        Assert.True(sample.Weights.SequenceEqual(expected.Select(i => i + 1.0).ToArray()));
    }

    [Fact]
    public void Large_inputs_are_checked_and_copied_in_both_halves()
    {
        // Above 2^16 elements the copy is split between two threads: the checks and the −0 → +0 rule hold in both halves.
        double[] x = Enumerable.Range(0, 100_000).Select(i => 1.0 + i).ToArray();
        double[] w = Enumerable.Repeat(2.0, 100_000).ToArray();
        x[70_000] = -0.0;
        w[3] = -0.0;
        using (var sample = SortedWeightedSample.Create(x, w))
        {
            Assert.Equal(0UL, BitConverter.DoubleToUInt64Bits(sample.Values[0])); // +0, not −0
            Assert.Equal(1.0, sample.Values[1]);
            Assert.True(double.IsNegative(sample.Weights[4])); // weights are copied bit for bit: w[3] sorts to position 4
        }
        double[] badX = (double[])x.Clone();
        badX[90_000] = double.NaN;
        var e = Assert.Throws<ArgumentException>(() => SortedWeightedSample.Create(badX, w, "income", "weights"));
        Assert.Equal("income", e.ParamName);
        Assert.Contains("income[90000] is NaN", e.Message);
        double[] badW = (double[])w.Clone();
        badW[80_000] = -1;
        e = Assert.Throws<ArgumentException>(() => SortedWeightedSample.Create(x, badW, "income", "weights"));
        Assert.Equal("weights", e.ParamName);
        Assert.Contains("weights[80000]", e.Message);
    }

    [Fact]
    public void A_large_sort_with_an_index_payload_gives_the_stable_order()
    {
        // Above 2^20 keys (native scratch) and 2^16 (two threads), with 12-byte records (a 4-byte index as payload).
        const int n = 1_100_000;
        var rng = new Random(9);
        double[] x = [.. Enumerable.Range(0, n).Select(i => i % 3 == 0 ? Math.Floor(rng.NextDouble() * 1000) : Math.Exp(rng.NextDouble() * 30))];
        double[] keys = (double[])x.Clone();
        int[] index = [.. Enumerable.Range(0, n)];
        RadixSort.Sort(keys, index, n);
        int[] expected = [.. Enumerable.Range(0, n).OrderBy(i => x[i])];
        Assert.Equal(expected, index);
        Assert.True(keys.SequenceEqual(expected.Select(i => x[i])));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(400)]
    public void Ties_are_put_in_weight_then_secondary_order(int tie)
    {
        // Values 1, a run of `tie` rows of 2, then 3; weights from a small set (with −0, which sorts last), secondary keys random.
        var rng = new Random(tie);
        int n = tie + 2;
        double[] values = [1, .. Enumerable.Repeat(2.0, tie), 3];
        double[] pool = [0.5, 0.25, 3, -0.0, 0.0, 1e-300];
        double[] weights = [.. Enumerable.Range(0, n).Select(_ => pool[rng.Next(pool.Length)])];
        int[] secondary = [.. Enumerable.Range(0, n).Select(_ => rng.Next(4))];
        (ulong W, int S)[] expected = [(Bits(weights[0]), secondary[0]),
            .. Enumerable.Range(1, tie).Select(i => (Bits(weights[i]), secondary[i])).OrderBy(p => p.Item1).ThenBy(p => p.Item2),
            (Bits(weights[^1]), secondary[^1])];
        TieOrder.Canonicalize(values, weights, secondary);
        Assert.Equal(expected, Enumerable.Range(0, n).Select(i => (Bits(weights[i]), secondary[i])));
        static ulong Bits(double w) => BitConverter.DoubleToUInt64Bits(w);
    }

    [Fact]
    public void Order_and_cumulative_sums()
    {
        using var s = SortedWeightedSample.CreateWithOrder([5, 1, 3], [1, 2, 3]);
        Assert.Equal([1, 3, 5], s.Values.ToArray());
        Assert.Equal([2, 3, 1], s.Weights.ToArray());
        Assert.Equal([1, 2, 0], s.Order.ToArray());
        Assert.Equal([2, 5, 6], s.CumulativeWeights.ToArray());
        Assert.Equal([2, 11, 16], s.CumulativeValues.ToArray());
        Assert.Equal(16.0, s.TotalValue);
    }

    [Fact]
    public void Exact_sum_does_not_lose_small_terms_and_ignores_order()
    {
        var a = new ExactSum();
        a.Add(9007199254740992.0); // 2^53
        a.Add(1);
        a.Add(1);
        Assert.Equal(9007199254740994.0, a.ToDouble()); // naive left-to-right gives 2^53
        var b = new ExactSum();
        b.Add(0.1); b.Add(0.2); b.Add(0.3); b.Add(double.Epsilon); b.Add(1e300);
        var c = new ExactSum();
        c.Add(1e300); c.Add(0.3); c.Add(double.Epsilon); c.Add(0.2); c.Add(0.1);
        Assert.Equal(b.ToDouble(), c.ToDouble());
        Assert.Equal(1e300, b.ToDouble());
        var d = new ExactSum();
        d.Add(0.1); d.Add(0.2);
        Assert.Equal(0.30000000000000004, d.ToDouble()); // the correctly rounded sum of the two doubles
        var e = new ExactSum();
        e.Add(double.Epsilon); e.Add(double.Epsilon);
        Assert.Equal(2 * double.Epsilon, e.ToDouble());
    }
}
