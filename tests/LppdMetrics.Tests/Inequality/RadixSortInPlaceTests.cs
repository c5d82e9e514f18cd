using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Statistics;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// The in-place radix sort (used by <see cref="SortedWeightedSample.CreateInPlace"/> above 2²⁰ rows) against LINQ's
/// ordering: the keys end sorted and every key keeps its own payload (the row index rides along, so a payload moved
/// with the wrong key, lost or duplicated is seen).
/// </summary>
public class RadixSortInPlaceTests
{
    /// <summary>Keys drawn from a few tied values, a narrow range, or many binades (no NaN, no ∞, no negatives).</summary>
    private static Gen<double[]> Keys() =>
        Gen.OneOf(
            Gen.Choose(0, 5).Select(i => (double)i),
            Gen.Choose(0, 1_000_000).Select(i => 1000.0 + i / 1024.0),
            Gen.Choose(-1074, 1023).Zip(Gen.Choose(0, int.MaxValue)).Select(t => Math.ScaleB(1 + t.Item2 / (double)int.MaxValue, t.Item1)),
            Gen.Constant(0.0))
        .ArrayOf()
        .Where(a => a.Length <= 5000);

    [Property(MaxTest = 200)]
    public Property Sorts_and_keeps_every_key_with_its_own_payload() =>
        Prop.ForAll(Keys().ToArbitrary(), x =>
        {
            double[] keys = (double[])x.Clone();
            int[] index = [.. Enumerable.Range(0, x.Length)];
            RadixSort.SortInPlace(keys, index, x.Length, copyBelow: 0);
            return Check(x, keys, index);
        });

    [Fact]
    public void A_large_skewed_input_splits_its_big_buckets_in_place()
    {
        // 1.2e6 keys (above the default 2^20, so the in-place path is the one taken), three quarters of them in a range
        // that falls into one top-level bucket, so that bucket (> 2^16 keys) is split in place again; a third are ties.
        const int n = 1_200_000;
        var rng = new Random(17);
        double[] x = [.. Enumerable.Range(0, n).Select(i => i % 4 == 0 ? Math.Exp(rng.NextDouble() * 40)
            : i % 3 == 0 ? 5e5 : 5e5 + rng.Next(1 << 20) / 64.0)];
        double[] keys = (double[])x.Clone();
        int[] index = [.. Enumerable.Range(0, n)];
        RadixSort.SortInPlace(keys, index, n);
        Assert.True(Check(x, keys, index));
    }

    /// <summary>Sorted ascending, the same keys as LINQ's order, and each payload an input row holding that key, once.</summary>
    private static bool Check(double[] input, double[] keys, int[] index)
    {
        double[] expected = [.. input.OrderBy(v => v)];
        if (!keys.SequenceEqual(expected))
            return false;
        var seen = new bool[input.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            int row = index[i];
            if (row < 0 || row >= input.Length || seen[row] || BitConverter.DoubleToUInt64Bits(input[row]) != BitConverter.DoubleToUInt64Bits(keys[i]))
                return false;
            seen[row] = true;
        }
        return true;
    }
}
