using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Composite;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Composite;

public class CompositeIndexTests
{
    // Persentase Desa Mandiri over 220 desa (docs/methods.md#composite), printed values by hand.
    [Theory]
    [InlineData(111, "50.45")]
    [InlineData(64, "29.09")]
    [InlineData(42, "19.09")]
    [InlineData(9, "4.09")]
    [InlineData(10, "4.55")]
    [InlineData(13, "5.91")]
    [InlineData(16, "7.27")]
    [InlineData(18, "8.18")]
    [InlineData(20, "9.09")]
    [InlineData(22, "10")]
    public void Desa_mandiri_percentages(int mandiri, string printed)
    {
        var r = CompositeIndices.IndependentVillagePercent.Evaluate(mandiri, 220m);
        Assert.Equal(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), r.Value);
        Assert.Equal("desa-mandiri", r.Trace.Rule);
    }

    // Shares of chapter 1 (docs/methods.md#share), worked out by hand: 3.628 / 5.860 = 61,911 %;
    // 2.232 / 5.860 = 38,0887 % (the report truncates to 38,08); 3 / 5.860 = 0,0512 % (printed 0,02);
    // 4.446 / 5.253 = 84,637 %; PAD 450.176.248.736,07 / 2.661.802.922.631,07 = 16,9124 %.
    [Theory]
    [InlineData("3628", "5860", "61.91")]
    [InlineData("2232", "5860", "38.09")]
    [InlineData("3", "5860", "0.05")]
    [InlineData("4446", "5253", "84.64")]
    [InlineData("450176248736.07", "2661802922631.07", "16.91")]
    public void Shares_are_part_over_whole_times_100(string part, string whole, string printed)
    {
        static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var r = CompositeIndices.Share.Evaluate(D(part), D(whole));
        Assert.Equal(D(printed), r.Value);
        Assert.Equal("share", r.Trace.Rule);
        Assert.Equal("bagian / keseluruhan × 100", CompositeIndices.Share.Formula);
        Assert.False(CompositeIndices.Share.Evaluate(1m, 0m).HasValue);
    }

    [Fact]
    public void Iklh_weighted_sum()
    {
        // 0,3·60 + 0,3·70 + 0,4·65 = 18 + 21 + 26 = 65
        var r = CompositeIndices.EnvironmentalQualityIndex.Evaluate(60m, 70m, 65m);
        Assert.Equal(65m, r.Value);
        Assert.Equal("0.30·IKA + 0.30·IKU + 0.40·ITH", r.Index.Formula);
        Assert.Equal(3, r.Trace.Inputs.Count);
    }

    [Fact]
    public void Spbe_sum_of_domain_index_times_weight()
    {
        // 0,13·4 + 0,25·3,5 + 0,165·3,8 + 0,455·3,7 = 0,52 + 0,875 + 0,627 + 1,6835 = 3,7055 → 3,71
        var r = CompositeIndices.ElectronicGovernmentIndex.Evaluate(4m, 3.5m, 3.8m, 3.7m);
        Assert.Equal(3.7055m, r.Unrounded);
        Assert.Equal(3.71m, r.Value);
    }

    [Fact]
    public void Innovation_index_is_score_over_max_times_100()
    {
        // 145,18 / 200 × 100 = 72,59
        Assert.Equal(72.59m, CompositeIndices.RegionalInnovationIndex.Evaluate(145.18m, 200m).Value);
        Assert.Equal("skor / skor_maks × 100", CompositeIndices.RegionalInnovationIndex.Formula);
    }

    [Fact]
    public void Risk_is_hazard_times_vulnerability_over_capacity()
    {
        // 0,6 × 0,7 / 0,5 = 0,84
        var r = CompositeIndices.DisasterRiskIndex.Evaluate(0.6m, 0.7m, 0.5m);
        Assert.Equal(0.84m, r.Value);
        Assert.Equal("H × V / C", r.Index.Formula);
    }

    [Fact]
    public void Zero_divisor_and_missing_components_are_undefined_never_zero()
    {
        var zero = CompositeIndices.DisasterRiskIndex.Evaluate(0.6m, 0.7m, 0m);
        Assert.False(zero.HasValue);
        Assert.Contains("C", zero.UndefinedReason);
        var missing = CompositeIndices.EnvironmentalQualityIndex.Evaluate([60m, null, 65m]);
        Assert.False(missing.HasValue);
        Assert.Contains("IKU", missing.UndefinedReason);
        Assert.Throws<ArgumentException>(() => CompositeIndices.EnvironmentalQualityIndex.Evaluate(60m, 70m));
    }

    [Fact]
    public void Custom_index_with_the_same_mechanism()
    {
        // A weighted mean of four dimensions with weights summing to 1: 0,1·80 + 0,2·90 + 0,3·85 + 0,4·84 = 85,1
        var iks = CompositeIndex.WeightedSum("composite.iks", "IKS", "test",
            [new("K", "kerjasama", 0.1m), new("S", "solidaritas", 0.2m), new("T", "toleransi", 0.3m), new("U", "ketertiban", 0.4m)]);
        Assert.Equal(85.1m, iks.Evaluate(80m, 90m, 85m, 84m).Value);
        Assert.Throws<ArgumentException>(() => CompositeIndex.Product("x", "x", "x", [new("a", "a", Divides: true)]));
    }

    /// <summary>Rounded once from the exact value: (1,5·10²⁴ − 1) / 3·10²⁸ × 100 = 0,005 − 3,3·10⁻²⁷ prints 0,00. The
    /// decimal division rounded the quotient to 28 places, 0,00005 exactly, and × 100 = 0,005 printed 0,01.</summary>
    [Fact]
    public void A_share_a_hair_below_a_half_is_rounded_once_from_the_exact_quotient()
    {
        var r = CompositeIndices.Share.Evaluate(1_499_999_999_999_999_999_999_999m, 30_000_000_000_000_000_000_000_000_000m);
        Assert.Equal(0.00m, r.Value);
        Assert.True(r.Outcome.Unrounded < 0.005m, $"{r.Outcome.Unrounded}");
    }

    /// <summary>By hand: H × V / C = 10⁻¹⁵ × 10⁻¹⁵ / 10⁻²⁸ = 0,01. The decimal product 10⁻³⁰ is below the 28 places a
    /// decimal carries and became 0, so the index printed 0,00.</summary>
    [Fact]
    public void A_product_below_the_decimal_places_is_not_lost()
    {
        var r = CompositeIndices.DisasterRiskIndex.Evaluate(0.000000000000001m, 0.000000000000001m, 0.0000000000000000000000000001m);
        Assert.Equal(0.01m, r.Value);
    }

    /// <summary>By hand: 10²⁰ × 10²⁰ / 10²⁰ = 10²⁰, within a decimal; the product 10⁴⁰ alone is not, and was refused.</summary>
    [Fact]
    public void A_product_whose_numerator_alone_passes_the_decimal_range_is_computed()
    {
        decimal e20 = 100_000_000_000_000_000_000m;
        var r = CompositeIndices.DisasterRiskIndex.Evaluate(e20, e20, e20);
        Assert.Equal(e20, r.Value);
    }

    /// <summary>By hand: 1 × 10 000 + 1 × 0,0049999999999999999999999999 = 10 000,0049999… prints 10 000,00. The decimal
    /// sum keeps 28 significant digits, 10 000,005000…0, which printed 10 000,01.</summary>
    [Fact]
    public void A_weighted_sum_a_hair_below_a_half_is_rounded_once_from_the_exact_sum()
    {
        var index = CompositeIndex.WeightedSum("composite.test", "test", "by hand", [new("A", "a"), new("B", "b")]);
        var r = index.Evaluate(10_000m, 0.0049999999999999999999999999m);
        Assert.Equal(10_000.00m, r.Value);
    }

    /// <summary>Ordinary figures keep the decimal arithmetic's own digits in the trace: 0,30 × 80,00 + … is exact.</summary>
    [Fact]
    public void Ordinary_weighted_sums_keep_their_exact_decimal_steps()
    {
        var r = CompositeIndices.EnvironmentalQualityIndex.Evaluate(80.00m, 70.00m, 60.00m);
        Assert.Equal(69.00m, r.Value);
        Assert.Equal("69.0000", r.Outcome.Unrounded!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>By hand: (1 × 79 228 162 514 264 337 593 543 950 335 + 1 × the same) × 0,5 = the decimal maximum itself.
    /// The sum alone is twice the largest decimal, and the index was refused although its value is a decimal.</summary>
    [Fact]
    public void A_weighted_sum_beyond_the_decimal_range_that_the_scale_brings_back_is_computed()
    {
        var index = CompositeIndex.WeightedSum("composite.test", "test", "by hand", [new("A", "a"), new("B", "b")], scale: 0.5m);
        var r = index.Evaluate(decimal.MaxValue, decimal.MaxValue);
        Assert.Equal(decimal.MaxValue, r.Value);
        Assert.Contains(r.Trace.Steps, s => s.Name == "Σ wᵢ·xᵢ × scale" && s.Value == decimal.MaxValue);
    }

    /// <summary>By hand: 7,9·10²⁸ / 0,01 × 0,0001 = 7,9·10²⁶; the quotient 7,9·10³⁰ alone is beyond a decimal.</summary>
    [Fact]
    public void A_quotient_beyond_the_decimal_range_that_the_scale_brings_back_is_computed()
    {
        var index = CompositeIndex.Ratio("composite.test", "test", "by hand", new("N", "n"), new("D", "d"), scale: 0.0001m);
        Assert.Equal(790_000_000_000_000_000_000_000_000m, index.Evaluate(79_000_000_000_000_000_000_000_000_000m, 0.01m).Value);
    }

    /// <summary>A value itself beyond a decimal is refused naming <c>values</c>: (7,9·10²⁸ + 7,9·10²⁸) × 0,6 = 9,48·10²⁸.</summary>
    [Fact]
    public void A_value_beyond_the_decimal_range_is_refused_naming_the_values()
    {
        var index = CompositeIndex.WeightedSum("composite.test", "test", "by hand", [new("A", "a"), new("B", "b")], scale: 0.6m);
        decimal big = 79_000_000_000_000_000_000_000_000_000m;
        Assert.Equal("values", Assert.ThrowsAny<ArgumentException>(() => index.Evaluate(big, big)).ParamName);
    }

    // Values m·10^e up to 7,9·10²⁸ (m = hi·10⁹ + lo), weights 1–5 in tenths, a scale 10^-k: a sum often beyond a decimal
    // before the scale. Shrinks toward small mantissas, exponent 0 and scale 1.
    private static Arbitrary<((int, int), int)[]> BigValues() =>
        Arb.From(
            Gen.Choose(1, 3).SelectMany(n =>
                (from hi in Gen.Choose(-790_000, 790_000) from lo in Gen.Choose(0, 999_999_999) from e in Gen.Choose(0, 14) select ((hi, lo), e)).ArrayOf(n)),
            rows => Shrinkers.Array(rows, r => Shrinkers.Pair(r,
                m => Shrinkers.Pair(m, hi => Shrinkers.Int(hi, 0), lo => Shrinkers.Int(lo, 0)), e => Shrinkers.Int(e, 0)), minLength: 1));

    [Property(MaxTest = 300)]
    public Property A_weighted_sum_is_its_exact_value_rounded_once_or_refused_only_beyond_the_decimal_range() =>
        Prop.ForAll(BigValues(), Shrinkers.Choose(1, 50), Shrinkers.Choose(0, 6), (rows, weight, k) =>
        {
            BigInteger[] mantissas = rows.Select(r => ((BigInteger)r.Item1.Item1 * 1_000_000_000 + (r.Item1.Item1 < 0 ? -r.Item1.Item2 : r.Item1.Item2)) * BigInteger.Pow(10, r.Item2)).ToArray();
            decimal[] values = mantissas.Select(m => decimal.Parse(m.ToString(), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            decimal w = weight / 10m, scale = 1m / (decimal)Math.Pow(10, k);
            var index = CompositeIndex.WeightedSum("composite.test", "test", "property",
                values.Select((_, i) => new CompositeComponent("x" + i, "x", w)).ToArray(), scale);
            // Exactly: Σ w·x × 10^-k = weight · Σ m / 10^(k+1); rounded half away from zero at 2 places, or at fewer
            // where a decimal cannot carry 2 at that magnitude (ExactRational.Round's documented rule).
            BigInteger numerator = weight * mantissas.Aggregate(BigInteger.Zero, (a, b) => a + b), denominator = BigInteger.Pow(10, k + 1);
            decimal? expected = null;
            for (int places = 2; places >= 0 && expected is null; places--)
            {
                BigInteger q = BigInteger.DivRem(BigInteger.Abs(numerator) * BigInteger.Pow(10, places), denominator, out BigInteger r);
                if (2 * r >= denominator) q += 1;
                if (q <= (BigInteger)decimal.MaxValue)
                    expected = (numerator.Sign < 0 ? -1 : 1) * (decimal)q / (decimal)BigInteger.Pow(10, places);
            }
            if (expected is null)
            {
                Assert.Equal("values", Assert.ThrowsAny<ArgumentException>(() => index.Evaluate(values)).ParamName);
                return;
            }
            Assert.Equal(expected, index.Evaluate(values).Value);
        });
}
