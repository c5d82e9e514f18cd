using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Inequality;

namespace LppdMetrics.Tests.Inequality;

/// <summary>
/// Issue 12: for any finite positive weights and values within 1e-300..1e300, the Gini lies in [0, 1] and equals the
/// Gini of the normalised data (pᵢ = wᵢ/W, values over their mean) computed independently and exactly with big
/// integers by the pairwise mean-difference formula, to 1e-12. The kernel has no clamp to lean on.
/// </summary>
public class GiniScaleProperties
{
    /// <summary>A weighted sample: 1–40 rows, each weight and value m·10^e with m in [1, 10) and e in [−300, 300). Half
    /// the samples draw every weight and every value its own exponent anywhere in that range (products from 1e-600 to
    /// 1e600); the other half keep weights and values in bands of 0, 2, 30 or 150 orders around a centre anywhere in
    /// the range (ties and near-equal data, where the Gini is near 0).</summary>
    public sealed record Sample(double[] Values, double[] Weights)
    {
        public override string ToString() =>
            "y = [" + string.Join(", ", Values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))
            + "], w = [" + string.Join(", ", Weights.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]";
    }

    private static Gen<double> Magnitude(int low, int high) =>
        from m in Gen.Choose(100, 999)
        from e in Gen.Choose(low, high)
        select m / 100.0 * Math.Pow(10, e);

    private static readonly Gen<Sample> Independent =
        from n in Gen.Choose(1, 40)
        from y in Magnitude(-300, 299).ArrayOf(n)
        from w in Magnitude(-300, 299).ArrayOf(n)
        select new Sample(y, w);

    private static readonly Gen<Sample> Banded =
        from n in Gen.Choose(1, 40)
        from centre in Gen.Choose(-299, 298)
        from spread in Gen.Elements(0, 2, 30, 150)
        let low = Math.Max(-300, centre - spread)
        let high = Math.Min(299, centre + spread)
        from wCentre in Gen.Choose(-299, 298)
        from wSpread in Gen.Elements(0, 2, 30, 150)
        from y in Magnitude(low, high).ArrayOf(n)
        from w in Magnitude(Math.Max(-300, wCentre - wSpread), Math.Min(299, wCentre + wSpread)).ArrayOf(n)
        select new Sample(y, w);

    private static readonly Gen<Sample> SampleGen = Gen.OneOf(Independent, Banded);

    // Shrink by dropping one row, then by replacing a value or weight by 1.
    private static IEnumerable<Sample> Shrink(Sample s)
    {
        for (int i = 0; i < s.Values.Length && s.Values.Length > 1; i++)
            yield return new Sample([.. s.Values.Where((_, k) => k != i)], [.. s.Weights.Where((_, k) => k != i)]);
        for (int i = 0; i < s.Values.Length; i++)
        {
            if (s.Weights[i] != 1)
                yield return s with { Weights = [.. s.Weights.Select((w, k) => k == i ? 1.0 : w)] };
            if (s.Values[i] != 1)
                yield return s with { Values = [.. s.Values.Select((v, k) => k == i ? 1.0 : v)] };
        }
    }

    private static readonly Arbitrary<Sample> Samples = Arb.From(SampleGen, Shrink);

    /// <summary>
    /// The reference, exact: every double is an integer times 2^-1074, so with Wᵢ = wᵢ·2^1074 and Yᵢ = yᵢ·2^1074 (big
    /// integers) G = Σᵢⱼ WᵢWⱼ|Yᵢ − Yⱼ| / (2·ΣW·ΣWY), the Gini of the normalised data, is a ratio of integers, rounded
    /// once to a double here.
    /// </summary>
    private static double ExactNormalised(double[] y, double[] w)
    {
        System.Numerics.BigInteger[] bw = [.. w.Select(Exact)], by = [.. y.Select(Exact)];
        System.Numerics.BigInteger numerator = 0, weight = 0, value = 0;
        for (int i = 0; i < y.Length; i++)
        {
            weight += bw[i];
            value += bw[i] * by[i];
            for (int j = 0; j < y.Length; j++)
                numerator += bw[i] * bw[j] * System.Numerics.BigInteger.Abs(by[i] - by[j]);
        }
        return Ratio(numerator, 2 * weight * value);
    }

    private static System.Numerics.BigInteger Exact(double d)
    {
        long bits = BitConverter.DoubleToInt64Bits(d);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent != 0) mantissa |= 1L << 52; else exponent = 1;
        return new System.Numerics.BigInteger(mantissa) << (exponent - 1);   // d · 2^1074
    }

    private static double Ratio(System.Numerics.BigInteger a, System.Numerics.BigInteger b)
    {
        if (a.IsZero) return 0;
        int shift = (int)(b.GetBitLength() - a.GetBitLength()) + 64;
        System.Numerics.BigInteger q = shift >= 0 ? (a << shift) / b : a / (b << -shift);
        return Math.ScaleB((double)q, -shift);
    }

    [Property(MaxTest = 500)]
    public Property Gini_is_in_the_unit_interval_and_equals_the_normalised_gini() =>
        Prop.ForAll(Samples, s =>
        {
            double g = Gini.Compute(s.Values, s.Weights);
            double reference = ExactNormalised(s.Values, s.Weights);
            return (g >= 0 && g <= 1 && Math.Abs(g - reference) <= 1e-12)
                .Label(FormattableString.Invariant($"G = {g:R}, pairwise normalised = {reference:R}"));
        });

    [Property(MaxTest = 200)]
    public Property Gini_is_the_same_bits_after_a_shuffle() =>
        Prop.ForAll(Samples, Shrinkers.Choose(0, int.MaxValue), (s, seed) =>
        {
            int[] order = [.. Enumerable.Range(0, s.Values.Length)];
            new Random(seed).Shuffle(order);
            double a = Gini.Compute(s.Values, s.Weights);
            double b = Gini.Compute([.. order.Select(i => s.Values[i])], [.. order.Select(i => s.Weights[i])]);
            return BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);
        });

    // Σᵢⱼ wᵢwⱼ|yᵢ − yⱼ| / (2 W Σwy), both products wᵢyᵢ = 1: numerator 2·1e300·1e-300·(1e300 − 1e-300) ≈ 2e300,
    // denominator 2·1e300·2 = 4e300, so G = ½ (each holds half the income, the poor row is all the population).
    [Fact]
    public void Weights_and_values_across_the_whole_range_give_one_half()
    {
        Assert.Equal(0.5, Gini.Compute([1e-300, 1e300], [1e300, 1e-300]), 1e-15);
        Assert.Equal(0.5, Gini.Compute([1e300, 1e-300], [1e-300, 1e300]), 1e-15);
    }

    // A tie merged on the wide path: products 1, 1, 2 (Σwy = 4, W = 2e300); the pairs (1,3) and (2,3) each give
    // 1e300·1e-300·2e300 = 2e300, so Σᵢ&lt;ⱼ = 4e300 and G = 4e300 / (2e300·4) = ½.
    [Fact]
    public void A_tie_on_the_wide_path_is_merged()
    {
        Assert.Equal(0.5, Gini.Compute([1e-300, 2e300, 1e-300], [1e300, 1e-300, 1e300]), 1e-15);
    }

    // w = [1e300, 1e-300], y = [1, 1e300]: G = w₁w₂(y₂ − y₁) / (W·Σwy) = 1·(1e300 − 1)/((1e300 + 1e-300)(1e300 + 1))
    // = 1e-300 to 1e-15 relative: a Gini that is itself near the bottom of the range, not flushed to 0.
    [Fact]
    public void A_tiny_gini_is_kept()
    {
        double g = Gini.Compute([1, 1e300], [1e300, 1e-300]);
        Assert.True(Math.Abs(g / 1e-300 - 1) < 1e-15, FormattableString.Invariant($"G = {g:R}"));
    }

    // Unweighted, two people, one holds (almost) everything: G = Σᵢⱼ|yᵢ − yⱼ|/(2n²μ) = 2·1e300/(2·4·1e300/2) = ½.
    [Fact]
    public void Unweighted_values_across_the_range_give_one_half()
    {
        Assert.Equal(0.5, Gini.Compute([1e300, 1e-300]), 1e-15);
    }

    // Positive weights only on zero incomes and positive incomes only with zero weight, on the wide path: still the
    // "sums to 0" error, not a Gini.
    [Fact]
    public void No_positive_mass_on_the_wide_path_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Gini.Compute([0, 1e-300, 1e300], [1e300, 0, 0]));
        Assert.Contains("sums to 0", ex.Message);
    }
}
