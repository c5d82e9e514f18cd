using LppdMetrics.Macro;

namespace LppdMetrics.Tests.Macro;

public class AverageAnnualChangeTests
{
    // Poverty rate 2021–2024 (Tabel 2.4): 9,65 → 8,71 → 8,69 → 8,16 %.
    private static readonly decimal[] PovertyRate = [9.65m, 8.71m, 8.69m, 8.16m];

    [Fact]
    public void Report_mean_of_year_on_year_changes_is_minus_5_36()
    {
        // "Angka ini menurun rata-rata 5,36% per tahun" (line 1413) = mean(−9,7409; −0,2296; −6,0990) = −5,3565.
        var r = AverageAnnualChange.MeanOfYearOnYearPercent(PovertyRate);
        Assert.Equal(-5.36m, r.Value);
        Assert.Equal(-5.3565, (double)r.Unrounded!.Value, 4);
        Assert.Equal(-9.7409, (double)r.Trace.Steps[0].Value, 4);
        Assert.Equal(-0.2296, (double)r.Trace.Steps[1].Value, 4);
        Assert.Equal(-6.0990, (double)r.Trace.Steps[2].Value, 4);
        Assert.Equal(r.Value, AverageAnnualChange.Compute(PovertyRate).Value); // the report's way is the default
    }

    [Fact]
    public void Compound_rate_of_the_same_series_is_minus_5_44()
    {
        // (8,16 / 9,65)^(1/3) − 1 = 0,84560^(1/3) − 1 = −0,05440.
        var r = AverageAnnualChange.CompoundAnnualGrowthRate(PovertyRate);
        Assert.Equal(-5.44m, r.Value);
        Assert.Equal(-5.44, (double)r.Unrounded!.Value, 2);
        Assert.Equal(r.Value, AverageAnnualChange.Compute(PovertyRate, AverageChangeMode.CompoundAnnualGrowthRate).Value);
        Assert.Equal("average-change.cagr", r.Trace.Rule);
        Assert.NotEqual(AverageAnnualChange.MeanOfYearOnYearPercent(PovertyRate).Value, r.Value);
    }

    [Fact]
    public void Absolute_per_year_examples_of_the_report()
    {
        // "rata-rata sebesar −0,50% per tahun" = (8,16 − 9,65)/3 = −0,4967 points.
        Assert.Equal(-0.50m, AverageAnnualChange.AbsolutePerYear(PovertyRate).Value);
        Assert.Equal(-0.50m, AverageAnnualChange.Compute(PovertyRate, AverageChangeMode.AbsolutePerYear).Value);
        // Poor persons 112.620 (2021) → 95.910 (2024): "rata-rata sebanyak 5.570 jiwa per tahun".
        Assert.Equal(-5570m, AverageAnnualChange.AbsolutePerYear(112620m, 95910m, 3, 0).Value);
        // IPM 69,33 (2017) → 73,44 (2024): "rata-rata 0,59 poin".
        Assert.Equal(0.59m, AverageAnnualChange.AbsolutePerYear(69.33m, 73.44m, 7).Value);
        // Expenditure 10.654 (2020) → 12.020 (2024): 341,5 → "Rp.342" (thousand rupiah).
        Assert.Equal(342m, AverageAnnualChange.AbsolutePerYear([10654m, 10757m, 11001m, 11499m, 12020m], 0).Value);
    }

    [Fact]
    public void Poor_persons_mean_of_year_on_year_is_minus_5_13_with_the_texts_series()
    {
        // "minus −5,13%" (line 1409) = mean(−9,483; 0; −5,915), with the text's 2022 = 101.940.
        Assert.Equal(-5.13m, AverageAnnualChange.MeanOfYearOnYearPercent([112620m, 101940m, 101940m, 95910m]).Value);
    }

    [Fact]
    public void Short_or_undividable_series_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => AverageAnnualChange.MeanOfYearOnYearPercent([5m]));
        var ex = Assert.Throws<ArgumentException>(() => AverageAnnualChange.MeanOfYearOnYearPercent([5m, 0m, 3m]));
        Assert.Contains("series[1] is 0", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => AverageAnnualChange.CompoundAnnualGrowthRate(0m, 5m, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => AverageAnnualChange.AbsolutePerYear(1m, 5m, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => AverageAnnualChange.Compute(PovertyRate, (AverageChangeMode)7));
    }
}
