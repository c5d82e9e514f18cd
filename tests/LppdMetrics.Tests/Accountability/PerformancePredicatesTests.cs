using LppdMetrics.Bands;
using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Accountability;

namespace LppdMetrics.Tests.Accountability;

public class PerformancePredicatesTests
{
    // The 13 predicates of Tabel 2 (1768–1771) and Tabel 3 (1781–1789), by hand; all ✓ (docs/methods.md#predicate).
    [Theory]
    [InlineData("100.37", "Sangat Tinggi")]
    [InlineData("100.21", "Sangat Tinggi")]
    [InlineData("118.24", "Sangat Tinggi")]
    [InlineData("91.91", "Sangat Tinggi")]
    [InlineData("104.68", "Sangat Tinggi")]
    [InlineData("98.38", "Sangat Tinggi")]
    [InlineData("97.86", "Sangat Tinggi")]
    [InlineData("101.20", "Sangat Tinggi")]
    [InlineData("100.93", "Sangat Tinggi")]
    [InlineData("112.278", "Sangat Tinggi")]
    [InlineData("73.525", "Sedang")]
    [InlineData("102.92", "Sangat Tinggi")]
    [InlineData("73.678", "Sedang")]
    public void Reported_predicates_reproduce_under_both_gap_rules(string achievement, string printed)
    {
        decimal c = decimal.Parse(achievement, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(printed, PerformancePredicates.Classify(c).Label);
        Assert.Equal(printed, PerformancePredicates.Classify(c, gapPolicy: BandGapPolicy.RoundToPrintedPrecision).Label);
        Assert.False(PerformancePredicates.Classify(c).InPrintedGap);
    }

    [Theory]
    [InlineData("100", PerformancePredicate.VeryHigh, false, false)]
    [InlineData("91", PerformancePredicate.VeryHigh, false, false)]
    [InlineData("90", PerformancePredicate.High, false, false)]
    [InlineData("76", PerformancePredicate.High, false, false)]
    [InlineData("75", PerformancePredicate.Medium, false, false)]
    [InlineData("66", PerformancePredicate.Medium, false, false)]
    [InlineData("65", PerformancePredicate.Low, false, false)]
    [InlineData("51", PerformancePredicate.Low, false, false)]
    [InlineData("50", PerformancePredicate.VeryLow, false, false)]
    [InlineData("-9.43", PerformancePredicate.VeryLow, false, false)]
    [InlineData("504.5", PerformancePredicate.VeryHigh, false, true)]
    [InlineData("90.5", PerformancePredicate.High, true, false)]
    [InlineData("75.99", PerformancePredicate.Medium, true, false)]
    [InlineData("65.5", PerformancePredicate.Low, true, false)]
    [InlineData("50.01", PerformancePredicate.VeryLow, true, false)]
    public void Bands_gaps_and_values_above_100(string achievement, PerformancePredicate expected, bool inGap, bool above)
    {
        var r = PerformancePredicates.Classify(decimal.Parse(achievement, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, r.Predicate);
        Assert.Equal(inGap, r.InPrintedGap);
        Assert.Equal(above, r.AboveTable);
    }

    [Theory]
    [InlineData("90.5", PerformancePredicate.VeryHigh)] // rounds to 91
    [InlineData("90.4", PerformancePredicate.High)]       // rounds to 90
    [InlineData("75.5", PerformancePredicate.High)]       // rounds to 76
    [InlineData("50.5", PerformancePredicate.Low)]       // rounds to 51
    public void Round_to_integer_rule_differs_only_in_the_gaps(string achievement, PerformancePredicate expected)
    {
        var r = PerformancePredicates.Classify(decimal.Parse(achievement, System.Globalization.CultureInfo.InvariantCulture),
            gapPolicy: BandGapPolicy.RoundToPrintedPrecision);
        Assert.Equal(expected, r.Predicate);
        Assert.True(r.InPrintedGap);
        Assert.Contains(r.Trace.Notes, n => n.Contains("gap"));
    }

    [Fact]
    public void Band_table_is_data_with_its_source()
    {
        var t = PerformancePredicates.Permendagri86Of2017;
        Assert.Equal(5, t.Bands.Count);
        Assert.Contains("86/2017", t.Regulation);
        Assert.Equal(91m, t.Bands[^1].Lower);
        Assert.Null(t.Bands[0].Lower);
        Assert.Equal(BandGapPolicy.LowerBand, t.GapPolicy);
        Assert.Equal(0, t.Decimals);
        // Lowest first: a table printed best first is out of order.
        Assert.Throws<ArgumentException>(() => new BandTable<PerformancePredicate>("bad", "test",
            [new(PerformancePredicate.VeryHigh, "ST", 70m, 80m), new(PerformancePredicate.High, "T", 50m, 60m)], 0, BandGapPolicy.LowerBand));
    }

    private static readonly Arbitrary<decimal> Percent = Shrinkers.Scaled(-20_000, 60_000, 100m);

    [Property(MaxTest = 500)]
    public Property Predicate_is_monotone_in_the_capaian() =>
        Prop.ForAll(Percent, Percent, (a, b) =>
        {
            decimal lo = Math.Min(a, b), hi = Math.Max(a, b);
            return PerformancePredicates.Classify(lo).Predicate <= PerformancePredicates.Classify(hi).Predicate
                   && PerformancePredicates.Classify(lo, gapPolicy: BandGapPolicy.RoundToPrintedPrecision).Predicate
                      <= PerformancePredicates.Classify(hi, gapPolicy: BandGapPolicy.RoundToPrintedPrecision).Predicate;
        });
}
