using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Audit;
using LppdMetrics.Audit.Rules;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Tests.Audit;

/// <summary>
/// The cross-table plausibility rules (docs/methods.md#plausibility-cross-table): a growth against the levels printed in
/// another table (<c>plausibility.growth-levels</c>) and a share against the part and total printed in another table
/// (<c>plausibility.share-of-total</c>), with the printed rounding of every input as tolerance. Values worked out by
/// hand from the seed (Tabel 2.6, Tabel 4.4.2, Tabel 2.5).
/// </summary>
public class CrossTablePlausibilityTests
{
    private static FigureInput In(string name, decimal value, int? line = null) => new() { Name = name, Value = value, Source = line };

    private static AuditResult Audit(params ReportFigure[] figures) =>
        ReportAudit.Run(new LppdReport { Title = "t", Tables = [new ReportTable { Id = "t", Title = "T", Figures = figures }] });

    private static ReportFigure Growth(decimal before, decimal after, decimal growth, int growthDecimals, int levelDecimals) => new()
    {
        Id = "g", Label = "Pertumbuhan Ekonomi 2023", Rule = RuleCatalog.GrowthLevels, Reported = growth, Decimals = growthDecimals, Source = 3164,
        Inputs = [In("PDRB ADHK 2022 (table 2.6)", before, 1506), In("PDRB ADHK 2023 (table 2.6)", after, 1506),
            In("Pertumbuhan Ekonomi 2023 (table 4.4.2)", growth, 3164), In("d", levelDecimals)],
    };

    private static ReportFigure Share(decimal total, decimal part, decimal share, int shareDecimals, int countDecimals) => new()
    {
        Id = "s", Label = "Pertanian", Rule = RuleCatalog.ShareOfTotal, Reported = share, Decimals = shareDecimals, Source = 900,
        Inputs = [In("total: Jumlah Tenaga Kerja yang Bekerja", total, 1469), In("part: Pertanian", part, 1488), In("share: Pertanian", share, 900), In("d", countDecimals)],
    };

    [Fact]
    public void The_seed_growth_of_2023_follows_from_the_levels_of_Tabel_2_6()
    {
        // Tabel 4.4.2 line 3164 prints 4,45 for 2023; Tabel 2.6 line 1506: 27.037.331 → 28.239.900,
        // 1.202.569 / 27.037.331 = 0,04447810 → 4,45 %.
        Assert.Empty(Audit(Growth(27037331m, 28239900m, 4.45m, 2, 0)).Findings);
        var finding = ReportAudit.Explain(new LppdReport { Title = "t", Tables = [new ReportTable { Id = "t", Title = "T", Figures = [Growth(27037331m, 28239900m, 4.45m, 2, 0)] }] }, "g");
        Assert.Equal(FindingStatus.Match, finding!.Status);
        Assert.Equal(4.4478m, ReportRounding.Round(finding.Unrounded!.Value, 4));
    }

    [Fact]
    public void A_growth_that_does_not_follow_from_the_levels_is_one_implausible_note_naming_both_tables()
    {
        // 4,54 printed for 4,4478: far beyond the rounding of levels printed to the rupiah juta.
        var finding = Assert.Single(Audit(Growth(27037331m, 28239900m, 4.54m, 2, 0)).Findings);
        Assert.Equal(FindingStatus.Implausible, finding.Status);
        Assert.Equal(RuleCatalog.GrowthLevels, finding.Rule);
        Assert.Equal(4.4478m, ReportRounding.Round(finding.Unrounded!.Value, 4));
        Assert.Contains("line 1506", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal([1506, 1506, 3164], finding.Trace!.Inputs.Take(3).Select(i => int.Parse(i.Note!.Split("line ")[1], CultureInfo.InvariantCulture)));
        Assert.Equal(0, Audit(Growth(27037331m, 28239900m, 4.54m, 2, 0)).Summary.Mismatch); // informational, never a mismatch
    }

    [Theory]
    // Population in ribu jiwa, 1 decimal: 1.253,6 → 1.263,7 may be 1.253,65 → 1.263,65 (0,7977 %) up to 1.253,55 → 1.263,75 (0,8137 %).
    [InlineData(0.81, true)]  // 0,8057 % from the printed levels
    [InlineData(0.80, true)]  // 0,795–0,805 meets 0,7977 … 0,8137
    [InlineData(0.79, false)] // 0,785–0,795 ends below 0,7977
    [InlineData(0.82, false)] // 0,815–0,825 starts above 0,8137
    public void The_levels_rounding_is_the_tolerance(double printed, bool holds)
    {
        var findings = Audit(Growth(1253.6m, 1263.7m, (decimal)printed, 2, 1)).Findings;
        Assert.Equal(holds, findings.Count == 0);
    }

    [Fact]
    public void A_share_against_the_part_and_total_of_another_table()
    {
        // Tabel 2.5: 272.221 of 695.845 penduduk bekerja = 39,1209 %: 39,12 holds, 36,39 (the text's figure, line 1455) does not.
        Assert.Empty(Audit(Share(695845m, 272221m, 39.12m, 2, 0)).Findings);
        var finding = Assert.Single(Audit(Share(695845m, 272221m, 36.39m, 2, 0)).Findings);
        Assert.Equal(FindingStatus.Implausible, finding.Status);
        Assert.Equal(RuleCatalog.ShareOfTotal, finding.Rule);
        Assert.Equal(39.1209m, ReportRounding.Round(finding.Unrounded!.Value, 4));
        Assert.Contains("line 1469", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("line 1488", finding.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    // Counts in ribu, 1 decimal: 0,3 of 1,0 may be 0,25 / 1,05 = 23,81 % up to 0,35 / 0,95 = 36,84 %.
    [InlineData(30.0, true)]
    [InlineData(23.8, true)]  // 23,75–23,85 meets 23,81
    [InlineData(36.8, true)]  // 36,75–36,85 meets 36,84
    [InlineData(37.0, false)] // 36,95 > 36,84
    [InlineData(23.7, false)] // 23,75 < 23,81
    public void The_counts_rounding_is_the_tolerance_of_a_share(double printed, bool holds)
    {
        Assert.Equal(holds, Audit(Share(1.0m, 0.3m, (decimal)printed, 1, 1)).Findings.Count == 0);
    }

    [Fact]
    public void A_base_that_rounding_may_make_zero_is_not_judged_and_bad_decimals_are_a_document_error()
    {
        Assert.Empty(Audit(Growth(0.4m, 10m, 50m, 2, 0)).Findings);    // 0,4 printed to the unit: the base may be 0
        Assert.Empty(Audit(Share(0m, 0m, 10m, 2, 0)).Findings);        // no total
        var error = Assert.Throws<ReportDocumentException>(() => Audit(Growth(100m, 110m, 10m, 2, 0) with { Inputs = [In("a", 100m), In("b", 110m), In("g", 10m), In("d", 1.5m)] }));
        Assert.Contains("input 3", error.Message, StringComparison.Ordinal);
        Assert.Throws<ReportDocumentException>(() => Audit(Share(10m, 1m, 10m, 2, 0) with { Inputs = [In("T", 10m), In("p", 1m), In("s", 10m)] }));
    }

    /// <summary>Unrounded levels (1 to 10⁹, the later within ±50 % of the earlier), their printed rounding at 0–3 decimals, the growth's at 0–3.</summary>
    private static readonly Gen<(long Before, long After, int Scale, int LevelDecimals, int GrowthDecimals)> Levels =
        from before in Gen.Choose(1, 1_000_000_000)
        from permille in Gen.Choose(-500, 500)
        from scale in Gen.Choose(0, 4)
        from levelDecimals in Gen.Choose(0, 3)
        from growthDecimals in Gen.Choose(0, 3)
        select ((long)before, (long)before + (long)before * permille / 1000, scale, levelDecimals, growthDecimals);

    private static IEnumerable<(long, long, int, int, int)> ShrinkLevels((long Before, long After, int Scale, int LevelDecimals, int GrowthDecimals) c)
    {
        if (c.Scale > 0) yield return (c.Before, c.After, c.Scale - 1, c.LevelDecimals, c.GrowthDecimals);
        if (c.LevelDecimals > 0) yield return (c.Before, c.After, c.Scale, c.LevelDecimals - 1, c.GrowthDecimals);
        if (c.GrowthDecimals > 0) yield return (c.Before, c.After, c.Scale, c.LevelDecimals, c.GrowthDecimals - 1);
        if (c.Before > 10) yield return (c.Before / 10, c.After / 10, c.Scale, c.LevelDecimals, c.GrowthDecimals);
    }

    private static decimal Scaled(long value, int scale) => value / (decimal)Math.Pow(10, scale);

    /// <summary>
    /// Levels and growth each rounded half up from the same true values (the levels scaled to 10⁻⁴ … 1, so their rounding
    /// matters): the check holds whenever the printed earlier level is positive beyond its rounding.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Levels_and_growth_rounded_from_the_same_values_never_give_a_note() =>
        Prop.ForAll(Arb.From(Levels, ShrinkLevels), c =>
        {
            decimal before = Scaled(c.Before, c.Scale), after = Scaled(c.After, c.Scale);
            decimal printedBefore = ReportRounding.Round(before, c.LevelDecimals), printedAfter = ReportRounding.Round(after, c.LevelDecimals);
            decimal growth = ReportRounding.Round((after - before) / before * 100m, c.GrowthDecimals);
            var findings = Audit(Growth(printedBefore, printedAfter, growth, c.GrowthDecimals, c.LevelDecimals)).Findings;
            return (findings.Count == 0).Label($"{printedBefore} → {printedAfter}, growth {growth}: {string.Join("; ", findings.Select(f => f.Explanation))}");
        });

    /// <summary>
    /// A printed growth moved further than the width the levels' rounding allows plus one unit of its own last digit is
    /// always a note (the widths worked out here from the half-unit boxes: [(b − h) / (a + h) − 1, (b + h) / (a − h) − 1] × 100).
    /// </summary>
    [Property(MaxTest = 300)]
    public Property A_growth_moved_beyond_the_rounding_of_its_levels_is_a_note() =>
        Prop.ForAll(Arb.From(Levels, ShrinkLevels), Gen.Elements(-1, 1).ToArbitrary(), (c, sign) =>
        {
            decimal printedBefore = ReportRounding.Round(Scaled(c.Before, c.Scale), c.LevelDecimals);
            decimal printedAfter = ReportRounding.Round(Scaled(c.After, c.Scale), c.LevelDecimals);
            decimal h = ReportRounding.UnitInLastPlace(c.LevelDecimals) / 2, unit = ReportRounding.UnitInLastPlace(c.GrowthDecimals);
            if (printedBefore - h <= 0) return true.Label("base within rounding of 0: not judged");
            decimal low = (printedAfter - h) / (printedBefore + h) * 100m - 100m, high = (printedAfter + h) / (printedBefore - h) * 100m - 100m;
            decimal growth = ReportRounding.Round((printedAfter - printedBefore) / printedBefore * 100m, c.GrowthDecimals);
            decimal moved = growth + sign * (Math.Ceiling((high - low) / unit) + 2) * unit;
            var findings = Audit(Growth(printedBefore, printedAfter, moved, c.GrowthDecimals, c.LevelDecimals)).Findings;
            return (findings.Count == 1 && findings[0].Status == FindingStatus.Implausible)
                .Label($"{printedBefore} → {printedAfter}: allowed {low} … {high}, printed {moved}");
        });

    /// <summary>A total (1 to 10⁹), a part of it (0 to the total), their printed rounding at 0–3 decimals after scaling by 10⁻⁴ … 1, the share's at 0–3.</summary>
    private static readonly Gen<(long Total, long Part, int Scale, int CountDecimals, int ShareDecimals)> Parts =
        from total in Gen.Choose(1, 1_000_000_000)
        from permille in Gen.Choose(0, 1000)
        from scale in Gen.Choose(0, 4)
        from countDecimals in Gen.Choose(0, 3)
        from shareDecimals in Gen.Choose(0, 3)
        select ((long)total, (long)total * permille / 1000, scale, countDecimals, shareDecimals);

    private static IEnumerable<(long, long, int, int, int)> ShrinkParts((long Total, long Part, int Scale, int CountDecimals, int ShareDecimals) c)
    {
        if (c.Scale > 0) yield return (c.Total, c.Part, c.Scale - 1, c.CountDecimals, c.ShareDecimals);
        if (c.CountDecimals > 0) yield return (c.Total, c.Part, c.Scale, c.CountDecimals - 1, c.ShareDecimals);
        if (c.Total > 10) yield return (c.Total / 10, c.Part / 10, c.Scale, c.CountDecimals, c.ShareDecimals);
    }

    /// <summary>Part, total and share rounded half up from the same true values: never a note (a total whose box reaches 0 is not judged).</summary>
    [Property(MaxTest = 300)]
    public Property Part_total_and_share_rounded_from_the_same_values_never_give_a_note() =>
        Prop.ForAll(Arb.From(Parts, ShrinkParts), c =>
        {
            decimal total = Scaled(c.Total, c.Scale), part = Scaled(c.Part, c.Scale);
            decimal printedTotal = ReportRounding.Round(total, c.CountDecimals), printedPart = ReportRounding.Round(part, c.CountDecimals);
            decimal share = ReportRounding.Round(part / total * 100m, c.ShareDecimals);
            var findings = Audit(Share(printedTotal, printedPart, share, c.ShareDecimals, c.CountDecimals)).Findings;
            return (findings.Count == 0).Label($"{printedPart} / {printedTotal}, share {share}: {string.Join("; ", findings.Select(f => f.Explanation))}");
        });

    /// <summary>A printed share moved further than the width the counts' rounding allows plus one unit is always a note: [(p − h) / (T + h), (p + h) / (T − h)] × 100, worked out here.</summary>
    [Property(MaxTest = 300)]
    public Property A_share_moved_beyond_the_rounding_of_its_counts_is_a_note() =>
        Prop.ForAll(Arb.From(Parts, ShrinkParts), c =>
        {
            decimal printedTotal = ReportRounding.Round(Scaled(c.Total, c.Scale), c.CountDecimals);
            decimal printedPart = ReportRounding.Round(Scaled(c.Part, c.Scale), c.CountDecimals);
            decimal h = ReportRounding.UnitInLastPlace(c.CountDecimals) / 2, unit = ReportRounding.UnitInLastPlace(c.ShareDecimals);
            if (printedTotal - h <= 0) return true.Label("total within rounding of 0: not judged");
            decimal low = Math.Max(0m, printedPart - h) / (printedTotal + h) * 100m, high = (printedPart + h) / (printedTotal - h) * 100m;
            decimal moved = ReportRounding.Round(printedPart / printedTotal * 100m, c.ShareDecimals) + (Math.Ceiling((high - low) / unit) + 2) * unit;
            var findings = Audit(Share(printedTotal, printedPart, moved, c.ShareDecimals, c.CountDecimals)).Findings;
            return (findings.Count == 1 && findings[0].Status == FindingStatus.Implausible)
                .Label($"{printedPart} / {printedTotal}: allowed {low} … {high}, printed {moved}");
        });
}
