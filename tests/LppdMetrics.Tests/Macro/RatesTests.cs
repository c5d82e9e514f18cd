using LppdMetrics.Macro;
using LppdMetrics.Numbers;

namespace LppdMetrics.Tests.Macro;

public class RatesTests
{
    // Numbers as the report prints them ("1.009.799", "4,77", "(6,10%)"), read by the library's parser.
    private static decimal Parsed(string text) => IndonesianNumber.Parse(text).Value!.Value;

    [Fact]
    public void Tpt_and_tpak_of_Tabel_2_5()
    {
        var tpt = LaborRates.OpenUnemploymentRate(34859m, 730704m);
        Assert.Equal(4.77m, tpt.Value);                         // 34.859 / 730.704 = 4,7706 %
        Assert.Equal(4.7706, (double)tpt.Unrounded!.Value, 4);
        Assert.Equal("labor.open-unemployment", tpt.Trace.Rule);
        var tpak = LaborRates.ParticipationRate(730704m, 1009799m);
        Assert.Equal(72.36m, tpak.Value);                       // 730.704 / 1.009.799 = 72,361 %
        Assert.Equal("labor.participation", tpak.Trace.Rule);
    }

    [Fact]
    public void Labor_rates_reject_impossible_counts()
    {
        Assert.Equal("unemployed", Assert.Throws<ArgumentOutOfRangeException>(() => LaborRates.OpenUnemploymentRate(800000m, 730704m)).ParamName);
        Assert.Equal("laborForce", Assert.Throws<ArgumentOutOfRangeException>(() => LaborRates.OpenUnemploymentRate(0m, 0m)).ParamName);
        Assert.Equal("laborForce", Assert.Throws<ArgumentOutOfRangeException>(() => LaborRates.ParticipationRate(-1m, 10m)).ParamName);
        Assert.Equal(0m, LaborRates.OpenUnemploymentRate(0m, 10m).Value);
    }

    // Tabel 2.6: PDRB ADHK 2010 (Rp juta) and the printed growth.
    [Theory]
    [InlineData("24.945.460", "25.700.020", "3,02%")]
    [InlineData("25.700.020", "27.037.331", "5,20%")]
    [InlineData("27.037.331", "28.239.900", "4,45%")]
    [InlineData("28.239.900", "29.493.800", "4,44%")]
    public void Growth_rows_of_Tabel_2_6(string previous, string current, string printed)
    {
        var r = EconomicGrowth.Rate(Parsed(previous), Parsed(current));
        Assert.Equal(Parsed(printed), r.Value);
        Assert.Equal("economic-growth", r.Trace.Rule);
    }

    [Fact]
    public void Growth_needs_a_positive_base()
    {
        Assert.Equal("previousConstantPricePdrb", Assert.Throws<ArgumentOutOfRangeException>(() => EconomicGrowth.Rate(0m, 1m)).ParamName);
        Assert.Equal(-100m, EconomicGrowth.Rate(5m, 0m).Value);
    }

    // Tabel 2.6 rows 2–6: PDRB (Rp juta), population, printed per-capita values (whole rupiah).
    [Theory]
    [InlineData("36.023.960", "1.223.745", "29.437.473")]
    [InlineData("37.819.730", "1.231.013", "30.722.446")]
    [InlineData("41.379.310", "1.240.322", "33.361.748")]
    [InlineData("44.891.700", "1.253.550", "35.811.655")]
    [InlineData("24.945.460", "1.223.745", "20.384.525")]
    [InlineData("29.493.800", "1.263.650", "23.340.165")]
    public void Per_capita_rows_of_Tabel_2_6(string pdrb, string population, string printed)
    {
        var r = PerCapita.Compute(Parsed(pdrb), Parsed(population), 1_000_000m);
        Assert.Equal(Parsed(printed), r.Value);
    }

    [Fact]
    public void Per_capita_2024_was_truncated_by_the_report()
    {
        // 47.779.190 juta × 10⁶ / 1.263.650 = 37.810.461,8: half-up gives …462, the report printed …461 (truncated).
        Assert.Equal(37810462m, PerCapita.Compute(47779190m, 1263650m, 1_000_000m).Value);
        var truncated = PerCapita.Compute(47779190m, 1263650m, 1_000_000m, 0, RoundingRule.Truncate);
        Assert.Equal(37810461m, truncated.Value);
        Assert.Equal("truncated to 0 decimals", truncated.Trace.Rounding);
        Assert.Equal("population", Assert.Throws<ArgumentOutOfRangeException>(() => PerCapita.Compute(1m, 0m)).ParamName);
    }
}
