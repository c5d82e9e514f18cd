using LppdMetrics.Composite;

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
}
