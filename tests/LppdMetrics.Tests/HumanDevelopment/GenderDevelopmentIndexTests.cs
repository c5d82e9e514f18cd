using LppdMetrics.HumanDevelopment;

namespace LppdMetrics.Tests.HumanDevelopment;

public class GenderDevelopmentIndexTests
{
    [Fact]
    public void Ratio_times_100_rounded_half_up()
    {
        // 70 / 75 × 100 = 93,333… → 93,33; 69,81 / 74,35 × 100 = 93,8937… → 93,89.
        Assert.Equal(93.33m, GenderDevelopmentIndex.Compute(70m, 75m).Value);
        var r = GenderDevelopmentIndex.Compute(69.81m, 74.35m);
        Assert.Equal(93.89m, r.Value);
        Assert.Equal(93.8937, (double)r.Unrounded!.Value, 4);
        Assert.Equal("ipg.bps", r.Trace.Rule);
        Assert.Equal(100m, GenderDevelopmentIndex.Compute(72.5m, 72.5m).Value); // parity
    }

    [Fact]
    public void From_two_ipm_results_keeps_their_traces_as_parts()
    {
        var female = HumanDevelopmentIndex.Compute(77.0, 12.8, 7.5, 10000);
        var male = HumanDevelopmentIndex.Compute(73.0, 12.6, 8.3, 14000);
        var r = GenderDevelopmentIndex.Compute(female, male);
        Assert.Equal(2, r.Trace.Parts.Count);
        Assert.Equal((double)(female.Unrounded!.Value / male.Unrounded!.Value * 100), (double)r.Unrounded!.Value, 10);
    }

    [Fact]
    public void Zero_or_out_of_range_ipm_is_rejected()
    {
        Assert.Equal("maleIndex", Assert.Throws<ArgumentOutOfRangeException>(() => GenderDevelopmentIndex.Compute(70m, 0m)).ParamName);
        Assert.Equal("femaleIndex", Assert.Throws<ArgumentOutOfRangeException>(() => GenderDevelopmentIndex.Compute(-1m, 70m)).ParamName);
        Assert.Equal("femaleIndex", Assert.Throws<ArgumentOutOfRangeException>(() => GenderDevelopmentIndex.Compute(100.01m, 70m)).ParamName);
    }
}
