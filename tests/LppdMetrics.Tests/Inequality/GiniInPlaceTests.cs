using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Inequality;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// <see cref="Gini.ComputeInPlace"/> (issue 18: the Gini of a large file without a sorted copy) gives the bits of
/// <see cref="Gini.Compute(ReadOnlySpan{double}, ReadOnlySpan{double}, GiniCorrection)"/>, leaves the data sorted with the
/// weights permuted along, and on an error changes nothing and says what <c>Compute</c> says.
/// </summary>
public class GiniInPlaceTests
{
    // Values and weights: ties (whole numbers 0–20), spread magnitudes, −0, and about 1 in 8 NaN, ±∞ or negative.
    private static readonly Gen<double> Number = Gen.Frequency(
        (8, Gen.Choose(0, 20).Select(i => (double)i)),
        (6, Gen.Choose(1, 999).Zip(Gen.Choose(-30, 30)).Select(t => t.Item1 * Math.Pow(10, t.Item2))),
        (1, Gen.Constant(-0.0)),
        (1, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1.5)));

    private static readonly Arbitrary<(double[] Y, double[] W, GiniCorrection C)> Samples = Arb.From(
        from n in Gen.Choose(1, 60)
        from y in Number.ArrayOf(n)
        from w in Number.ArrayOf(n)
        from c in Gen.Elements(GiniCorrection.None, GiniCorrection.SampleSize, GiniCorrection.EffectiveSampleSize)
        select (y, w, c));

    [Property(MaxTest = 500)]
    public Property Same_bits_as_Compute_and_the_same_errors() =>
        Prop.ForAll(Samples, s =>
        {
            double[] y = (double[])s.Y.Clone(), w = (double[])s.W.Clone();
            string? expectedError = null, error = null;
            double expected = 0, got = 0;
            try
            {
                expected = Gini.Compute(s.Y, s.W, s.C);
            }
            catch (ArgumentException ex)
            {
                expectedError = ex.Message;
            }
            try
            {
                got = Gini.ComputeInPlace(y, w, s.C);
            }
            catch (ArgumentException ex)
            {
                error = ex.Message;
            }
            if (expectedError is not null || error is not null)
                return (expectedError == error).Label($"errors differ: {expectedError} / {error}");
            // Sorted ascending with −0 as +0, and the (value, weight) pairs are those of the input.
            bool sorted = y.Zip(y.Skip(1)).All(p => p.First <= p.Second) && y.All(v => !double.IsNegative(v));
            var pairs = s.Y.Zip(s.W).Select(p => (p.First + 0.0, p.Second)).OrderBy(p => p.Item1).ThenBy(p => p.Item2);
            bool permuted = pairs.SequenceEqual(y.Zip(w).OrderBy(p => p.First).ThenBy(p => p.Second));
            return (BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(got) && sorted && permuted)
                .Label($"Compute {expected:R}, in place {got:R}, sorted {sorted}, permuted {permuted}");
        });

    // Many rows on a few values, so that every value is a long tie; the weights either have decimals (a tie's sum
    // rounds, and its order would matter) or are whole (every sum exact, and the tie order is left alone).
    private static readonly Arbitrary<(int[] Y, double[] W, int Seed)> Ties = Arb.From(
        from n in Gen.Choose(2, 300)
        from y in Gen.Choose(0, 5).ArrayOf(n)
        from whole in Gen.Elements(false, true)
        from w in (whole ? Gen.Elements(1.0, 3, 7, 250, 449, 1e15) : Gen.Elements(0.1, 0.2, 0.3, 0.7, 1e-17, 3, 1e16, 123.45)).ArrayOf(n)
        from seed in Gen.Choose(0, int.MaxValue)
        select (y, w, seed));

    [Property(MaxTest = 300)]
    public Property Tied_rows_in_any_order_give_the_bits_of_Compute() =>
        Prop.ForAll(Ties, s =>
        {
            double[] y = s.Y.Select(v => (double)v).ToArray();
            int[] order = Enumerable.Range(0, y.Length).ToArray();
            new Random(s.Seed).Shuffle(order);
            bool same = true;
            foreach (GiniCorrection c in new[] { GiniCorrection.None, GiniCorrection.EffectiveSampleSize })
            {
                // A figure's bits, or the error's message (effective-n is undefined when one weight holds it all).
                static string Result(Func<double> gini)
                {
                    try
                    {
                        return BitConverter.DoubleToInt64Bits(gini()).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }
                    catch (ArgumentException ex)
                    {
                        return ex.Message;
                    }
                }
                string expected = Result(() => Gini.Compute(y, s.W, c));
                string got = Result(() => Gini.ComputeInPlace(order.Select(i => y[i]).ToArray(), order.Select(i => s.W[i]).ToArray(), c));
                same &= expected == got;
            }
            return same.Label("the in-place Gini of the shuffled rows differs from Compute");
        });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Above_a_million_rows_the_in_place_sort_gives_the_bits_of_Compute(bool wholeWeights)
    {
        // 1.2e6 rows (the sort permutes the arrays in place above 2^20, leaving ties in an order of its own) on 3
        // values, so every value is a tie of 400 000 rows; weights of mixed magnitudes make a tie's sum depend on
        // its order (1e16 + 0.3 + … rounds differently from 0.3 + … + 1e16), whole weights make every sum exact.
        const int n = 1_200_000;
        var rng = new Random(wholeWeights ? 3 : 4);
        double[] mixed = [0.1, 0.2, 0.3, 0.7, 1e-17, 3, 1e16, 123.45];
        double[] y = [.. Enumerable.Range(0, n).Select(_ => (double)rng.Next(3))];
        double[] w = [.. Enumerable.Range(0, n).Select(_ => wholeWeights ? rng.Next(1, 500) : mixed[rng.Next(mixed.Length)])];
        foreach (GiniCorrection c in new[] { GiniCorrection.None, GiniCorrection.EffectiveSampleSize })
        {
            double expected = Gini.Compute(y, w, c);
            double[] yy = (double[])y.Clone(), ww = (double[])w.Clone();
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(Gini.ComputeInPlace(yy, ww, c)));
        }
    }

    [Fact]
    public void An_error_leaves_the_arrays_unchanged()
    {
        double[] y = [3, 1, double.NaN, 2], w = [1, 2, 3, 4];
        ArgumentException ex = Assert.ThrowsAny<ArgumentException>(() => Gini.ComputeInPlace(y, w));
        Assert.Equal("income", ex.ParamName);
        Assert.Equal([3, 1, double.NaN, 2], y);
        Assert.Equal([1, 2, 3, 4], w);
    }

    // y = 3, 1, 2 with equal weights: G = Σᵢⱼ|yᵢ − yⱼ| / (2n²μ) = 8 / 36 = 2/9, and the arrays end sorted.
    [Fact]
    public void Two_ninths_by_hand_and_sorted_after()
    {
        double[] y = [3, 1, 2], w = [5, 5, 5];
        Assert.Equal(2.0 / 9, Gini.ComputeInPlace(y, w), 15);
        Assert.Equal([1, 2, 3], y);
    }
}
