using LppdMetrics.HumanDevelopment;

namespace LppdMetrics.Tests.HumanDevelopment;

public class HumanDevelopmentIndexTests
{
    // LPPD Blitar 2024, Tabel 2.2 (lines 1376–1384): UHH, HLS, RLS, expenditure (Rp 000), reported IPM.
    [Theory]
    [InlineData(75.12, 12.65, 7.83, 11499, "72.84")]
    [InlineData(75.32, 12.67, 7.87, 12020, "73.44")]
    public void Blitar_2023_and_2024_reproduce_from_Tabel_2_2(double uhh, double hls, double rls, double exp, string reported)
    {
        var r = HumanDevelopmentIndex.Compute(uhh, hls, rls, exp);
        Assert.Equal(decimal.Parse(reported, System.Globalization.CultureInfo.InvariantCulture), r.Value);
        Assert.Equal(HumanDevelopmentCategory.High, r.Category);
    }

    // Audit finding: Tabel 2.2's 2020–2022 IPM were published with the old (SP2010) UHH, while the UHH column shows the
    // revised SP2020 series, so they do NOT follow from the printed components (docs/methods.md#ipm).
    [Theory]
    [InlineData(74.54, 12.46, 7.39, 10654, "70.58", "0.44")]
    [InlineData(74.60, 12.63, 7.50, 10757, "71.05", "0.43")]
    [InlineData(74.86, 12.64, 7.82, 11001, "71.86", "0.39")]
    public void Blitar_2020_to_2022_do_not_reproduce(double uhh, double hls, double rls, double exp, string reported, string difference)
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        var r = HumanDevelopmentIndex.Compute(uhh, hls, rls, exp);
        Assert.NotEqual(decimal.Parse(reported, ci), r.Value);
        Assert.Equal(decimal.Parse(difference, ci), r.Value - decimal.Parse(reported, ci));
    }

    // Tabel 2.3 (regional comparison 2024, expenditure printed in rupiah, here in Rp 000): recomputed values from
    // docs/methods.md#ipm. Kota Blitar (80,78) and Lumajang (69,37) are off by +0,24 and +0,28: audit findings.
    [Theory]
    [InlineData(74.97, 14.81, 10.78, 14548, "81.02", "80.78", "0.24")]
    [InlineData(74.41, 12.41, 7.14, 9720, "69.65", "69.37", "0.28")]
    [InlineData(75.14, 13.49, 7.75, 10791, "73.01", "73", "0.01")]   // Malang: within the component-rounding band
    public void Tabel_2_3_regions(double uhh, double hls, double rls, double exp, string recomputed, string printed, string difference)
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        var r = HumanDevelopmentIndex.Compute(uhh, hls, rls, exp);
        Assert.Equal(decimal.Parse(recomputed, ci), r.Value);
        Assert.Equal(decimal.Parse(difference, ci), r.Value - decimal.Parse(printed, ci));
    }

    // BPS national IPM (docs/methods.md#ipm), components from the BPS releases.
    [Theory]
    [InlineData(71.20, 12.91, 8.17, 11059, "71.39")]
    [InlineData(73.93, 13.15, 8.77, 11899, "74.39")]
    [InlineData(74.15, 13.21, 8.85, 12341, "75.02")]
    public void Bps_national_2018_2023_2024_reproduce(double uhh, double hls, double rls, double exp, string published)
    {
        var r = HumanDevelopmentIndex.Compute(uhh, hls, rls, exp, HumanDevelopmentMethod.Bps2010);
        Assert.Equal(decimal.Parse(published, System.Globalization.CultureInfo.InvariantCulture), r.Value);
    }

    [Fact]
    public void Blitar_2024_component_indices_match_the_hand_recomputation()
    {
        // docs/methods.md#ipm (worked example): I_UHH 0,8511; I_Pend 0,6143; I_Peng 0,7576; IPM 73,438.
        var r = HumanDevelopmentIndex.Compute(75.32, 12.67, 7.87, 12020);
        Assert.Equal(0.8511, r.HealthIndex, 4);
        Assert.Equal(0.6143, r.EducationIndex, 4);
        Assert.Equal(0.7576, r.ExpenditureIndex, 4);
        Assert.Equal(73.438, (double)r.Unrounded!.Value, 3);
        // By hand: (75.32 − 20) / 65 = 0.851076923…; 12.67/18 = 0.703888…; 7.87/15 = 0.524666…
        Assert.Equal(55.32 / 65, r.HealthIndex, 15);
        Assert.Equal(0.7038888888888889, r.ExpectedSchoolingIndex, 15);
        Assert.Equal(0.5246666666666666, r.MeanSchoolingIndex, 15);
    }

    [Fact]
    public void Undp_technical_notes_example_gives_0_510()
    {
        // HDR technical notes: income index (ln 3829 − ln 100)/(ln 75000 − ln 100) = 0,5506;
        // HDI = (0,6971 · 0,3447 · 0,5506)^(1/3) = 0,510. Life expectancy 65,31 gives (65,31 − 20)/65 = 0,6971;
        // schooling 0,3447·18 and 0,3447·15 give an education index of 0,3447.
        var r = HumanDevelopmentIndex.Compute(65.31, 0.3447 * 18, 0.3447 * 15, 3829, HumanDevelopmentMethod.Undp2020);
        Assert.Equal(0.5506, r.ExpenditureIndex, 4);
        Assert.Equal(0.6971, r.HealthIndex, 4);
        Assert.Equal(51.0m, r.Value);   // 0,510 on the 0–1 scale
        Assert.Equal(HumanDevelopmentCategory.Low, r.Category);   // UNDP: low below 0,550
    }

    [Fact]
    public void Trace_lists_inputs_component_indices_ln_terms_and_rounding()
    {
        var r = HumanDevelopmentIndex.Compute(75.32, 12.67, 7.87, 12020);
        var t = r.Trace;
        Assert.Equal("ipm.bps2010", t.Rule);
        Assert.Equal(["UHH", "HLS", "RLS", "x"], t.Inputs.Select(i => i.Name));
        Assert.Equal(12020m, t.Inputs[3].Value);
        var steps = t.Steps.Select(s => s.Name).ToArray();
        Assert.Equal(["I_kesehatan", "I_HLS", "I_RLS", "I_pendidikan", "ln x", "ln min", "ln max", "I_pengeluaran", "product", "IPM"], steps);
        Assert.Equal(9.394327, (double)t.Steps[4].Value, 6);          // ln 12020
        Assert.Equal(73.44m, t.Result);
        Assert.Equal(73.438, (double)t.Unrounded!.Value, 3);
        Assert.Equal("half away from zero to 2 decimals", t.Rounding);
        string text = t.ToText();
        Assert.Contains("step   ln x = ln 12020 = 9.3943", text);
        Assert.Contains("round  73.43", text);
        Assert.Contains("category High (Tinggi)", text);
    }

    [Fact]
    public void Schooling_above_its_maximum_is_capped_and_noted()
    {
        var capped = HumanDevelopmentIndex.Compute(75, 19.5, 16, 12000);
        var atMax = HumanDevelopmentIndex.Compute(75, 18, 15, 12000);
        Assert.Equal(1.0, capped.EducationIndex);
        Assert.Equal(atMax.Unrounded, capped.Unrounded);
        Assert.Contains(capped.Trace.Notes, n => n.StartsWith("HLS = 19.5 is above the maximum 18"));
        Assert.Contains(capped.Trace.Notes, n => n.StartsWith("RLS = 16 is above the maximum 15"));
    }

    [Fact]
    public void Life_expectancy_or_expenditure_above_maximum_is_capped_by_default_and_rejected_on_request()
    {
        var capped = HumanDevelopmentIndex.Compute(86, 12, 8, 30000);
        Assert.Equal(1.0, capped.HealthIndex);
        Assert.Equal(1.0, capped.ExpenditureIndex);
        Assert.Equal(2, capped.Trace.Notes.Count(n => n.Contains("AboveMaximumPolicy.Cap")));

        var strict = HumanDevelopmentMethod.Bps2010 with { AboveMaximum = AboveMaximumPolicy.Reject };
        // Tabel 2.3 prints expenditure in full rupiah (12.050.000): a unit error the strict policy catches.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => HumanDevelopmentIndex.Compute(75.32, 12.67, 7.87, 12_050_000, strict));
        Assert.Equal("expenditure", ex.ParamName);
        Assert.Contains("12050000", ex.Message);
    }

    [Theory]
    [InlineData(19.9, 12, 8, 12000, "lifeExpectancy")]
    [InlineData(70, 12, 8, 1000, "expenditure")]
    [InlineData(-1, 12, 8, 12000, "lifeExpectancy")]
    [InlineData(70, -0.5, 8, 12000, "expectedSchooling")]
    [InlineData(70, 12, double.NaN, 12000, "meanSchooling")]
    [InlineData(70, 12, 8, double.PositiveInfinity, "expenditure")]
    public void Bad_inputs_are_rejected_naming_the_parameter(double uhh, double hls, double rls, double exp, string param)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => HumanDevelopmentIndex.Compute(uhh, hls, rls, exp));
        Assert.Equal(param, ex.ParamName);
    }

    [Fact]
    public void Components_at_their_minima_give_zero()
    {
        Assert.Equal(0m, HumanDevelopmentIndex.Compute(20, 12, 8, 12000).Unrounded);
        Assert.Equal(0m, HumanDevelopmentIndex.Compute(70, 0, 0, 12000).Unrounded);
        Assert.Equal(0m, HumanDevelopmentIndex.Compute(70, 12, 8, 1007.436).Unrounded);
        Assert.Equal(HumanDevelopmentCategory.Low, HumanDevelopmentIndex.Compute(70, 0, 0, 12000).Category);
    }

    [Fact]
    public void A_goalpost_revision_is_data()
    {
        var revised = HumanDevelopmentMethod.Bps2010 with { Rule = "ipm.bps2010.test", ExpenditureMax = 30000 };
        var before = HumanDevelopmentIndex.Compute(75.32, 12.67, 7.87, 12020);
        var after = HumanDevelopmentIndex.Compute(75.32, 12.67, 7.87, 12020, revised);
        // (ln 12020 − ln 1007.436) / (ln 30000 − ln 1007.436) by hand = 2.479163… / 3.393789… = 0.730500… (python math.log)
        Assert.Equal(0.73050, after.ExpenditureIndex, 5);
        Assert.True(after.Unrounded < before.Unrounded);
        Assert.Equal("ipm.bps2010.test", after.Trace.Rule);
    }

    [Fact]
    public void An_inconsistent_method_is_rejected()
    {
        var bad = HumanDevelopmentMethod.Bps2010 with { ExpenditureMin = 0 };
        Assert.Throws<ArgumentOutOfRangeException>(() => HumanDevelopmentIndex.Compute(75, 12, 8, 12000, bad));
        var unordered = HumanDevelopmentMethod.Bps2010 with { HighFrom = 85m };
        Assert.Throws<ArgumentException>(() => HumanDevelopmentIndex.Compute(75, 12, 8, 12000, unordered));
    }

    [Theory]
    [InlineData("59.99", HumanDevelopmentCategory.Low)]
    [InlineData("60", HumanDevelopmentCategory.Medium)]
    [InlineData("69.37", HumanDevelopmentCategory.Medium)]   // Lumajang, Tabel 2.3
    [InlineData("69.99", HumanDevelopmentCategory.Medium)]
    [InlineData("70.00", HumanDevelopmentCategory.High)]
    [InlineData("73.44", HumanDevelopmentCategory.High)]     // Blitar, "Tinggi" (line 2230)
    [InlineData("79.99", HumanDevelopmentCategory.High)]
    [InlineData("80", HumanDevelopmentCategory.VeryHigh)]
    [InlineData("80.78", HumanDevelopmentCategory.VeryHigh)] // Kota Blitar, Tabel 2.3
    public void Bps_categories_have_inclusive_lower_boundaries(string humanDevelopment, HumanDevelopmentCategory expected)
    {
        Assert.Equal(expected, HumanDevelopmentIndex.Classify(decimal.Parse(humanDevelopment, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Category_names_in_Indonesian()
    {
        Assert.Equal("Sangat Tinggi", HumanDevelopmentIndex.IndonesianName(HumanDevelopmentCategory.VeryHigh));
        Assert.Equal("Rendah", HumanDevelopmentIndex.IndonesianName(HumanDevelopmentCategory.Low));
    }

    [Fact]
    public void Growth_of_the_report_and_of_BPS()
    {
        var blitar = HumanDevelopmentIndex.Growth(72.84m, 73.44m);  // Tabel 2.1: 0,82 %; line 2244: +0,6 points
        Assert.Equal(0.82m, blitar.Value);
        Assert.Equal(0.60m, blitar.Points);
        Assert.Equal("ipm.growth", blitar.Trace.Rule);
        Assert.Equal(0.85m, HumanDevelopmentIndex.Growth(74.39m, 75.02m).Value); // BPS 2024: 0,85 %
        Assert.Throws<ArgumentOutOfRangeException>(() => HumanDevelopmentIndex.Growth(0m, 70m));
        Assert.Throws<ArgumentOutOfRangeException>(() => HumanDevelopmentIndex.Growth(70m, 100.5m));
    }
}
