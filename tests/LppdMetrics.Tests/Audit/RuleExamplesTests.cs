using System.Globalization;
using LppdMetrics.Accountability;
using LppdMetrics.Audit;
using LppdMetrics.Reports;

namespace LppdMetrics.Tests.Audit;

/// <summary>
/// One worked example per rule of the catalogue, through the audit: the inputs in the rule's order and the value
/// worked out by hand from the rule's formula (not from the code). Adding a rule adds a row here.
/// </summary>
public class RuleExamplesTests
{
    /// <summary>Expected value "-" means not checkable.</summary>
    [Theory]
    [InlineData("sum", 0, "10", "4", "6")] // 4 + 6
    [InlineData("identity", 1, "7.5", "7.5")]
    [InlineData("capaian", 2, "105.00", "80", "84")] // positive: 84 / 80 × 100
    [InlineData("capaian.mean", 2, "90.00", "100", "90", "80")] // (100 + 90 + 80) / 3
    [InlineData("predicate", 0, "Sangat Tinggi", "95")] // 91 ≤ 95: Sangat Tinggi (Permendagri 86/2017)
    [InlineData("budget.realization", 2, "75.00", "200", "150")] // 150 / 200 × 100
    [InlineData("efficiency", 2, "1.20", "90", "75")] // 90 / 75
    [InlineData("ipm", 2, "73.35", "74.5", "13.0", "8.5", "11000")] // 100 ∛(54.5/65 · (13/18 + 8.5/15)/2 · ln(11000/1007.436)/ln(26572.352/1007.436)) = 73.354
    [InlineData("change.percent", 2, "5.00", "200", "210")] // (210 − 200) / 200 × 100
    [InlineData("change.point", 2, "1.75", "5.5", "7.25")] // 7.25 − 5.5
    [InlineData("economic-growth", 2, "5.00", "1000", "1050")] // (1050 − 1000) / 1000 × 100
    [InlineData("per-capita", 0, "30000000", "30000", "1000")] // 30 000 × 1 000 000 / 1 000
    [InlineData("labor.open-unemployment", 2, "5.00", "50", "1000")] // 50 / 1000 × 100
    [InlineData("labor.participation", 2, "70.00", "700", "1000")] // 700 / 1000 × 100
    [InlineData("average-change.absolute", 2, "10.00", "100", "130", "3")] // (130 − 100) / 3
    [InlineData("average-change.mean-yoy", 2, "10.00", "100", "110", "121")] // mean(10 %, 10 %)
    [InlineData("ikk.ratio", 2, "-", "3", "4")] // no library function yet
    [InlineData("density", 2, "250.00", "1000", "4")] // 1000 / 4
    [InlineData("density.regional", 2, "100.00", "100", "300", "1", "3", "100", "100")] // (100 + 300) / (1 + 3)
    [InlineData("sex-ratio", 2, "102.00", "510", "500")] // 510 / 500 × 100
    [InlineData("dependency.ratio", 2, "66.67", "600", "1000")] // (1000 − 600) / 600 × 100 = 66.666…
    [InlineData("dependency.workers-per-dependent", 2, "1.50", "600", "1000")] // 600 / (1000 − 600)
    [InlineData("share", 2, "12.50", "25", "200")] // 25 / 200 × 100
    [InlineData("desa-mandiri", 2, "50.45", "111", "220")] // 111 / 220 × 100 = 50.4545… (LPPD Blitar 2024 line 2899)
    public void Every_rule_recomputes_its_worked_example(string rule, int decimals, string expected, params string[] inputs)
    {
        var figure = new ReportFigure
        {
            Id = "x", Label = "x", Rule = rule, Decimals = decimals,
            Polarity = rule == "capaian" ? Polarity.Positive : null,
            Inputs = inputs.Select((v, i) => new FigureInput { Name = "in" + i, Value = decimal.Parse(v, CultureInfo.InvariantCulture) }).ToArray(),
        };
        var report = new LppdReport { Title = "t", Tables = [new ReportTable { Id = "t", Title = "T", Figures = [figure] }] };
        AuditFinding finding = Assert.Single(ReportAudit.Run(report).Findings);
        if (expected == "-")
        {
            Assert.Equal(FindingStatus.NotCheckable, finding.Status);
            return;
        }
        if (finding.RecomputedText is { } text)
            Assert.Equal(expected, text);
        else
            Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), finding.Recomputed); // equal in value, whatever the scale
    }
    /// <summary>A plausibility rule's worked example fails its check: one Implausible finding whose value is worked out by hand.</summary>
    [Theory]
    [InlineData("plausibility.share-total", 2, "99.94", "100", "20.13", "30.01", "49.80")] // 20,13 + 30,01 + 49,80 = 99,94; |−0,06| > 3 × 0,005
    [InlineData("plausibility.copied-rows", 0, "3", "695845", "695845", "34859", "34859", "4.77", "4.77")] // 3 equal pairs (seed Tabel 2.5)
    [InlineData("plausibility.truncated", 0, "2", "38.08", "38.0899", "2", "12.34", "12.3456", "2")] // both cut, not rounded (38,09 and 12,35)
    [InlineData("plausibility.share-of-total", 2, "25", "800", "200", "26.00", "0")] // 200 / 800 × 100 = 25; 199,5 / 800,5 … 200,5 / 799,5 = 24,92 … 25,08, not 26,00 ± 0,005
    [InlineData("plausibility.growth-levels", 2, "5", "200", "210", "4.00", "0")] // (210 − 200) / 200 × 100 = 5; (209,5 − 200,5) / 200,5 … (210,5 − 199,5) / 199,5 = 4,49 … 5,51 %, not 4,00 ± 0,005
    public void Every_plausibility_rule_flags_its_worked_example(string rule, int decimals, string expected, params string[] inputs)
    {
        var figure = new ReportFigure
        {
            Id = "x", Label = "x", Rule = rule, Decimals = decimals,
            Inputs = inputs.Select((v, i) => new FigureInput { Name = "in" + i, Value = decimal.Parse(v, CultureInfo.InvariantCulture) }).ToArray(),
        };
        var report = new LppdReport { Title = "t", Tables = [new ReportTable { Id = "t", Title = "T", Figures = [figure] }] };
        AuditFinding finding = Assert.Single(ReportAudit.Run(report).Findings);
        Assert.Equal(FindingStatus.Implausible, finding.Status);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), finding.Unrounded);
    }
}
