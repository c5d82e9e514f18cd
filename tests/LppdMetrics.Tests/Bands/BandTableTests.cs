using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Accountability;
using LppdMetrics.Bands;
using LppdMetrics.Satisfaction;
using LppdMetrics.Spm;

namespace LppdMetrics.Tests.Bands;

public class BandTableTests
{
    /// <summary>The library's four tables under both gap policies, with the range each classifies (thousandths).</summary>
    private static IEnumerable<(string Name, Func<decimal, int> Index, Func<decimal, int> HalfOpenCount, Func<decimal, int?> PrintedCount, int Min, int Max)> Tables()
    {
        foreach (BandGapPolicy policy in Enum.GetValues<BandGapPolicy>())
        {
            yield return Case("predicate " + policy, PerformancePredicates.Permendagri86Of2017.With(policy), -50_000, 150_000, contiguous: true);
            yield return Case("ikm " + policy, SatisfactionBandTable.PermenPanRb14Of2017.With(policy), 0, 100_000, contiguous: true);
            yield return Case("sakip " + policy, SakipGrades.Table.With(policy), 0, 100_000, contiguous: true);
            yield return Case("spm " + policy, SpmCategoryTable.TwentyPointBands.With(policy), 0, 150_000, contiguous: false);
        }
    }

    private static (string, Func<decimal, int>, Func<decimal, int>, Func<decimal, int?>, int, int) Case<T>(string name, BandTable<T> table, int min, int max, bool contiguous)
    {
        int Index(decimal v)
        {
            var band = table.Classify(v);
            return Enumerable.Range(0, table.Bands.Count).Single(i => ReferenceEquals(table.Bands[i], band));
        }
        // The half-open intervals [lowerᵢ, lowerᵢ₊₁) (the first open below) partition the line: count those holding the key.
        int HalfOpen(decimal v)
        {
            decimal key = table.Key(v);
            return Enumerable.Range(0, table.Bands.Count).Count(i =>
                (i == 0 || Admits(table.Bands[i], key)) && (i == table.Bands.Count - 1 || !Admits(table.Bands[i + 1], key)));
        }
        // Under rounding, a table contiguous at its printed precision holds every key of its printed range in exactly one printed band.
        int? Printed(decimal v)
        {
            if (!contiguous || table.GapPolicy != BandGapPolicy.RoundToPrintedPrecision) return null;
            decimal key = table.Key(v);
            if (table.Bands[0].Lower is { } bottom && key < bottom) return null;
            if (table.Bands[^1].Upper is { } top && key > top) return null; // above the printed table (capaian > 100 %)
            return table.Bands.Count(b => b.Contains(key));
        }
        return (name, Index, HalfOpen, Printed, min, max);
    }

    private static bool Admits<T>(Band<T> band, decimal key) =>
        band.Lower is not { } lo || (band.LowerInclusive ? key >= lo : key > lo);

    private static Gen<decimal> Value(int min, int max) => Gen.Choose(min, max).Select(i => i / 1000m);

    [Property(MaxTest = 300)]
    public Property A_higher_score_never_gets_a_lower_band() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), (x, y) =>
            Tables().All(t =>
            {
                decimal a = (t.Min + (long)(t.Max - t.Min) * x / 1_000_000) / 1000m, b = (t.Min + (long)(t.Max - t.Min) * y / 1_000_000) / 1000m;
                return t.Index(Math.Min(a, b)) <= t.Index(Math.Max(a, b));
            }));

    [Property(MaxTest = 300)]
    public Property Every_score_in_range_gets_exactly_one_band_under_each_gap_policy() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), x =>
            Tables().All(t =>
            {
                decimal v = (t.Min + (long)(t.Max - t.Min) * x / 1_000_000) / 1000m;
                return t.HalfOpenCount(v) == 1 && t.PrintedCount(v) is null or 1;
            }));

    [Theory]
    [InlineData("90.5", "Tinggi", "Sangat Tinggi")]   // a printed gap: the band below, or rounded to 91
    [InlineData("90.4", "Tinggi", "Tinggi")]
    [InlineData("50.5", "Sangat Rendah", "Rendah")]
    [InlineData("118.24", "Sangat Tinggi", "Sangat Tinggi")] // above the table, as the report classes it
    [InlineData("-3", "Sangat Rendah", "Sangat Rendah")]
    public void Each_table_keeps_its_named_default_and_the_other_policy_is_one_call_away(string achievement, string lowerBand, string rounded)
    {
        decimal v = decimal.Parse(achievement, System.Globalization.CultureInfo.InvariantCulture);
        var table = PerformancePredicates.Permendagri86Of2017;
        Assert.Equal(BandGapPolicy.LowerBand, table.GapPolicy);
        Assert.Equal(BandGapPolicy.RoundToPrintedPrecision, SatisfactionBandTable.PermenPanRb14Of2017.GapPolicy);
        Assert.Equal(lowerBand, table.Classify(v).Label);
        Assert.Equal(rounded, table.With(BandGapPolicy.RoundToPrintedPrecision).Classify(v).Label);
    }

    [Fact]
    public void Values_outside_the_range_are_errors_naming_the_parameter()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionBandTable.PermenPanRb14Of2017.Classify(100.006m, "converted"));
        Assert.Equal("converted", ex.ParamName);
        Assert.Contains("0 to 100.00", ex.Message, StringComparison.Ordinal);
        Assert.Equal("D", SatisfactionBandTable.PermenPanRb14Of2017.Classify(24.975m).Grade); // below the first band: the first band
        Assert.Throws<ArgumentOutOfRangeException>(() => SpmCategoryTable.TwentyPointBands.Classify(-0.001m));
        Assert.Equal("TUNTAS PARIPURNA", SpmCategoryTable.TwentyPointBands.Classify(100m).Label);
        Assert.Equal("TUNTAS UTAMA", SpmCategoryTable.TwentyPointBands.Classify(99.996m).Label); // unrounded
        Assert.Equal(SakipGrade.BB, SakipGrades.Table.Classify(80m).Grade); // (70, 80]
        Assert.Equal(SakipGrade.A, SakipGrades.Table.Classify(80.01m).Grade);
        Assert.Equal(SakipGrade.D, SakipGrades.Table.Classify(0m).Grade);
    }

    [Fact]
    public void Tables_are_checked_when_built()
    {
        Band<int> B(int g, decimal? lo, decimal? hi) => new(g, "b" + g, lo, hi);
        Assert.Throws<ArgumentException>(() => new BandTable<int>("t", "s", [B(0, 0m, 10m), B(1, null, 20m)], 0, BandGapPolicy.LowerBand));
        Assert.Throws<ArgumentException>(() => new BandTable<int>("t", "s", [B(0, 5m, 10m), B(1, 5m, 20m)], 0, BandGapPolicy.LowerBand));
        Assert.Throws<ArgumentException>(() => new BandTable<int>("t", "s", [B(0, 10m, 5m)], 0, BandGapPolicy.LowerBand));
        Assert.Throws<ArgumentException>(() => new BandTable<int>("t", "s", [B(0, 0m, 10m), B(1, 12m, 20m)], 0, BandGapPolicy.RoundToPrintedPrecision));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BandTable<int>("t", "s", [B(0, 0m, 10m)], 29, BandGapPolicy.LowerBand));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BandTable<int>("t", "s", [B(0, 0m, 10m)], 0, (BandGapPolicy)7));
        var ok = new BandTable<int>("t", "s", [B(0, 0m, 10m), B(1, 11m, 20m)], 0, BandGapPolicy.RoundToPrintedPrecision);
        Assert.Equal(1, ok.Classify(10.5m).Grade);
        Assert.Equal(0, ok.With(BandGapPolicy.LowerBand).Classify(10.5m).Grade);
        Assert.True(ok.InGap(10.5m));
        Assert.False(ok.InGap(10m));
    }
}
