using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Numbers;

namespace LppdMetrics.Tests.Numbers;

public class ReportRoundingTests
{
    [Fact]
    public void Ikli_capaian_93_675_rounds_up_as_the_report_prints_93_68()
    {
        // Line 3183: IKLI 74,94 against final target 80: 74,94 / 80 × 100 = 93,675 exactly.
        decimal exact = 74.94m / 80m * 100m;
        Assert.Equal(93.675m, exact);
        Assert.Equal(93.68m, ReportRounding.Round(exact, 2));
        // A binary double cannot hold such midpoints: the double nearest 1,005 is 1,00499999999999989…, so
        // half-up rounding of the double gives 1,00 where the decimal gives 1,01.
        Assert.Equal(1.00, Math.Round(1.005, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(1.01m, ReportRounding.Round(1.005m, 2));
    }

    [Fact]
    public void Exact_midpoint_100_365_rounds_to_100_37_where_banker_rounding_gives_100_36()
    {
        Assert.Equal(100.37m, ReportRounding.Round(100.365m, 2));
        Assert.Equal(100.36m, ReportRounding.Round(100.365m, 2, RoundingRule.HalfToEven));
    }

    [Fact]
    public void Negative_midpoints_round_away_from_zero()
    {
        Assert.Equal(-6.10m, ReportRounding.Round(-6.095m, 2));
        Assert.Equal(-0.23m, ReportRounding.Round(-0.225m, 2));
    }

    [Theory]
    [InlineData("99.9991", 2, "99.99")]     // line 3055: printed 99,99%
    [InlineData("38.0887", 2, "38.08")]     // line 416: 2.232/5.860 printed 38,08%
    [InlineData("-9.4276", 2, "-9.42")]
    public void Truncate_cuts_toward_zero(string value, int decimals, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            ReportRounding.Truncate(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Fact]
    public void Unit_in_last_place_and_decimals_of()
    {
        Assert.Equal(0.01m, ReportRounding.UnitInLastPlace(2));
        Assert.Equal(1m, ReportRounding.UnitInLastPlace(0));
        Assert.Equal(2, ReportRounding.DecimalsOf(100.00m));
        Assert.Equal(3, ReportRounding.DecimalsOf(73.525m));
        Assert.Equal(0, ReportRounding.DecimalsOf(7m));
    }

    [Fact]
    public void Bad_precision_and_non_finite_doubles_are_rejected_with_the_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReportRounding.Round(1m, 29));
        Assert.Equal("decimals", ex.ParamName);
        Assert.Contains("29", ex.Message);
        var nan = Assert.Throws<ArgumentOutOfRangeException>(() => ReportRounding.ToDecimal(double.NaN, "ipm"));
        Assert.Equal("ipm", nan.ParamName);
        Assert.Contains("NaN", nan.Message);
    }

    [Fact]
    public void ToDecimal_keeps_round_trip_digits_beyond_fifteen()
    {
        double third = 1.0 / 3.0;
        Assert.Equal(0.3333333333333333m, ReportRounding.ToDecimal(third));
        Assert.Equal(third, (double)ReportRounding.ToDecimal(third));
    }

    private static readonly Arbitrary<decimal> Cents = Shrinkers.Scaled(-1_000_000, 1_000_000, 1000m);

    [Property(MaxTest = 500)]
    public Property Rounding_moves_a_value_by_at_most_half_a_unit() =>
        Prop.ForAll(Cents, Shrinkers.Choose(0, 3), (v, d) =>
            Math.Abs(ReportRounding.Round(v, d) - v) <= ReportRounding.UnitInLastPlace(d) / 2);

    [Property(MaxTest = 500)]
    public Property Rounding_is_odd_symmetric_and_idempotent() =>
        Prop.ForAll(Cents, Shrinkers.Choose(0, 3), (v, d) =>
            ReportRounding.Round(-v, d) == -ReportRounding.Round(v, d)
            && ReportRounding.Round(ReportRounding.Round(v, d), d) == ReportRounding.Round(v, d));

    [Property(MaxTest = 500)]
    public Property Truncation_never_moves_away_from_zero() =>
        Prop.ForAll(Cents, Shrinkers.Choose(0, 3), (v, d) =>
            Math.Abs(ReportRounding.Truncate(v, d)) <= Math.Abs(v)
            && Math.Abs(v - ReportRounding.Truncate(v, d)) < ReportRounding.UnitInLastPlace(d));
}
