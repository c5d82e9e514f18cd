using LppdMetrics.Macro;

namespace LppdMetrics.Tests.Macro;

/// <summary>
/// Changes and growth rates at the edges of the decimal range: each threw <see cref="OverflowException"/> from a public
/// method (or rounded an "exact" difference). Now a value a decimal holds is computed exactly, and one beyond it is an
/// argument error naming the parameter and its value. Expected values by hand.
/// </summary>
public class MacroRangeTests
{
    private const decimal Max = 79000000000000000000000000000m;

    // 7,9·10^28 − (−7,9·10^28) = 1,58·10^29 > 7,9·10^28.
    [Fact]
    public void A_point_change_beyond_a_decimal_is_an_argument_error_naming_current()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Change.Point(-Max, Max));
        Assert.Equal("current", ex.ParamName);
        Assert.Contains("79000000000000000000000000000", ex.Message);
    }

    // 10^28 − 10^−28 = 9 999…999,999…9 < 10^28: a decimal holds no places there, so 9 999…999 (28 nines), never 10^28.
    [Fact]
    public void A_point_change_with_more_digits_than_a_decimal_stays_below_the_larger_value()
    {
        decimal diff = Change.Point(0.0000000000000000000000000001m, 10000000000000000000000000000m).Unrounded!.Value;
        Assert.Equal(9999999999999999999999999999m, diff);
    }

    // (7,9·10^28 − 10^−28) / 10^−28 × 100 ≈ 7,9·10^58.
    [Fact]
    public void A_percent_change_beyond_a_decimal_is_an_argument_error_naming_previous()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Change.Percent(0.0000000000000000000000000001m, Max));
        Assert.Equal("previous", ex.ParamName);
    }

    // (7,9·10^28 − (−7,9·10^28)) / 2 = 7,9·10^28: the difference alone is beyond a decimal, the result is not.
    [Fact]
    public void An_absolute_change_per_year_whose_difference_overflows_is_exact()
    {
        Assert.Equal(Max, AverageAnnualChange.AbsolutePerYear(-Max, Max, 2).Unrounded);
        Assert.Throws<ArgumentOutOfRangeException>(() => AverageAnnualChange.AbsolutePerYear(-Max, Max, 1));
    }

    // 7,9·10^28 / 10^−28 = 7,9·10^56.
    [Fact]
    public void A_growth_factor_beyond_a_decimal_is_an_argument_error()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AverageAnnualChange.CompoundAnnualGrowthRate(0.0000000000000000000000000001m, Max, 1));
        Assert.Equal("start", ex.ParamName);
    }

    // The change from 10^−28 to 790 is (790 − 10^−28) / 10^−28 × 100 ≈ 7,9·10^32 %, beyond a decimal: an argument error
    // on series that names the element series[2].
    [Fact]
    public void A_year_on_year_change_beyond_a_decimal_names_its_index()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            AverageAnnualChange.MeanOfYearOnYearPercent([1m, 2m, 0.0000000000000000000000000001m, 790m]));
        Assert.Equal("series", ex.ParamName);
        Assert.Contains("series[2]", ex.Message);
    }
}
