using LppdMetrics.Macro;
using LppdMetrics.Numbers;

namespace LppdMetrics.Tests.Macro;

public class ChangeTests
{
    // Numbers as the report prints them ("1.009.799", "4,77", "(6,10%)"), read by the library's parser.
    private static decimal Parsed(string text) => IndonesianNumber.Parse(text).Value!.Value;

    // Tabel 2.1 (lines 1341–1351), column 5 "Perubahan (%)".
    [Theory]
    [InlineData("72,84", "73,44", "0,82%")]              // IPM
    [InlineData("8,69", "8,16", "(6,10%)")]              // Angka kemiskinan
    [InlineData("4,91", "4,77", "(2,85%)")]              // TPT
    [InlineData("4,45", "4,44", "(0,22%)")]              // Pertumbuhan ekonomi
    [InlineData("35.811.678", "37.810.461", "5,58%")]    // Pendapatan per kapita (as printed in Tabel 2.1)
    [InlineData("35.811.655", "37.810.461", "5,58%")]    // … and with Tabel 2.6's 2023 value
    [InlineData("0,360", "0,353", "(1,94%)")]            // Gini, from the 3-decimal source values
    public void Perubahan_rows_of_Tabel_2_1(string previous, string current, string printed)
    {
        var r = Change.Percent(Parsed(previous), Parsed(current));
        Assert.Equal(Parsed(printed), r.Value);
        Assert.Equal(printed, IndonesianNumber.Format(r.Value!.Value, 2, new NumberFormatOptions { PercentSign = true, NegativeStyle = NegativeNumberStyle.Parentheses }));
        Assert.Equal("change.percent", r.Trace.Rule);
    }

    [Fact]
    public void Gini_from_the_printed_two_decimal_values_does_not_give_the_printed_change()
    {
        // 0,36 → 0,35 is −2,777…%, not the printed (1,94%): the report used 0,360 → 0,353.
        var r = Change.Percent(0.36m, 0.35m);
        Assert.Equal(-2.78m, r.Value);
        Assert.NotEqual(Parsed("(1,94%)"), r.Value);
    }

    [Fact]
    public void Unrounded_and_trace_of_the_poverty_row()
    {
        var r = Change.Percent(8.69m, 8.16m);
        // (8,16 − 8,69) / 8,69 × 100 = −0,53 / 8,69 × 100 = −6,0989643…
        Assert.Equal(-6.0989643, (double)r.Unrounded!.Value, 7);
        Assert.Equal("half away from zero to 2 decimals", r.Trace.Rounding);
        Assert.Equal(["X_{t−1}", "X_t"], r.Trace.Inputs.Select(i => i.Name));
    }

    [Fact]
    public void Point_change_is_exact()
    {
        Assert.Equal(-0.14m, Change.Point(4.91m, 4.77m).Value);   // "TPT turun sebesar 0,14%" = points (line 1451)
        Assert.Equal(0.60m, Change.Point(72.84m, 73.44m).Value);  // "meningkat sebesar 0,6" (line 2244)
        Assert.Equal(1998806m, Change.Point(35811655m, 37810461m).Value); // the text's 1.988.806 is a digit swap
        Assert.Equal(0.01m, Change.Point(0.353m, 0.36m, 2).Value);
    }

    [Fact]
    public void Change_from_zero_is_rejected_not_infinite()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Change.Percent(0m, 5m));
        Assert.Equal("previous", ex.ParamName);
    }

    [Fact]
    public void Change_from_a_negative_value_is_noted()
    {
        // Growth −2,29 → 3,02: (3,02 + 2,29) / −2,29 × 100 = −231,88 %; the sign does not tell the direction.
        var r = Change.Percent(-2.29m, 3.02m);
        Assert.Equal(-231.88m, r.Value);
        Assert.Contains(r.Trace.Notes, n => n.Contains("negative"));
    }
}
