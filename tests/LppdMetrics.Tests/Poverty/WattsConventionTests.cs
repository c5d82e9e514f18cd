using LppdMetrics.Poverty;

namespace LppdMetrics.Tests.Poverty;

/// <summary>The Watts index with zero consumption among the poor: refused by default, PIP's convention on request.</summary>
public class WattsConventionTests
{
    // y = {0, 1, 2, 8}, w = 1, z = 4: PIP skips y = 0 and keeps it in W = 4: (ln 4 + ln 2)/4 = ln 8 / 4.
    [Fact]
    public void Exclude_skips_zeros_in_the_sum_and_keeps_them_in_the_population()
    {
        double[] y = [0, 1, 2, 8], w = [1, 1, 1, 1];
        Assert.Equal(Math.Log(8) / 4, Watts.Compute(y, w, 4, PovertyLineRule.StrictlyBelow, WattsZeroConsumption.Exclude), 15);
        var acc = new FgtAccumulator(4);
        acc.Add(y, w);
        Assert.Null(acc.Watts());
        Assert.Equal(Math.Log(8) / 4, acc.Watts(WattsZeroConsumption.Exclude)!.Value, 15);
    }

    [Fact]
    public void Refuse_names_the_index_of_the_zero()
    {
        var ex = Assert.Throws<ArgumentException>(() => Watts.Compute([3, 0], [1, 1], 4));
        Assert.Contains("[1]", ex.Message);
    }

    // z = 1e300, y = {1e-300, 1e300}: z/y overflows; the index is ln(1e600)/2 = 300·ln 10.
    [Fact]
    public void No_overflow_in_the_log_ratio() =>
        Assert.Equal(300 * Math.Log(10), Watts.Compute([1e-300, 1e300], [1, 1], 1e300), 12);
}
