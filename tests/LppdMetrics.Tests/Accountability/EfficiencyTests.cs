using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Accountability;
using LppdMetrics.Numbers;

namespace LppdMetrics.Tests.Accountability;

public class EfficiencyTests
{
    // The 13 'Tingkat efisiensi' rows (docs/methods.md#efficiency), displayed inputs and printed ratio by hand; all ✓.
    [Theory]
    [InlineData(1901, "100.37", "97.35", "1.03")]
    [InlineData(2030, "104.68", "93.77", "1.12")]
    [InlineData(2187, "98.38", "97.96", "1.004")]   // printed at 3 decimals
    [InlineData(2318, "100.21", "91.86", "1.09")]
    [InlineData(2509, "97.86", "91.70", "1.07")]
    [InlineData(2635, "101.20", "98.34", "1.03")]
    [InlineData(2740, "118.24", "82.94", "1.43")]
    [InlineData(2857, "101.47", "91.06", "1.11")]
    [InlineData(3076, "112.278", "82.91", "1.35")]
    [InlineData(3246, "91.91", "94.95", "0.97")]
    [InlineData(3372, "73.525", "98.82", "0.74")]
    [InlineData(3561, "102.92", "95.67", "1.08")]   // printed "1,0 8"
    [InlineData(3797, "73.678", "90.93", "0.81")]
    public void Reported_efficiency_reproduces(int line, string achievement, string budget, string printed)
    {
        decimal p = D(printed);
        int decimals = ReportRounding.DecimalsOf(p);
        var r = Efficiency.Compute(D(achievement), D(budget), new EfficiencyOptions { Decimals = decimals });
        Assert.True(p == r.Value, $"line {line}: {r.Value}");
        Assert.Equal(ReportRounding.Round(p, 2), Efficiency.Compute(D(achievement), D(budget)).Value);
    }

    [Fact]
    public void Zero_budget_realisation_is_undefined_and_negative_is_rejected()
    {
        var r = Efficiency.Compute(100m, 0m);
        Assert.False(r.HasValue);
        Assert.Null(r.Value);
        Assert.Contains("0 %", r.UndefinedReason);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.Compute(100m, -1m));
        Assert.Equal("budgetRealizationPercent", ex.ParamName);
        Assert.Equal("capaian missing", Efficiency.Compute(null, 90m).UndefinedReason);
    }

    [Fact]
    public void Negative_capaian_gives_a_negative_ratio()
    {
        Assert.Equal(-0.1m, Efficiency.Compute(-9.43m, 94.3m).Value);
    }

    private static readonly Arbitrary<decimal> Achievement = Shrinkers.Scaled(-20_000, 60_000, 100m);
    private static readonly Arbitrary<decimal> Budget = Shrinkers.Scaled(1, 15_000, 100m);

    [Property(MaxTest = 500)]
    public Property Efficiency_is_monotone_in_capaian() =>
        Prop.ForAll(Achievement, Achievement, Budget, (a, b, budget) =>
        {
            decimal lo = Math.Min(a, b), hi = Math.Max(a, b);
            var l = Efficiency.Compute(lo, budget);
            var h = Efficiency.Compute(hi, budget);
            return l.Value <= h.Value && l.Unrounded <= h.Unrounded;
        });

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
}
