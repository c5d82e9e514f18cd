using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>average-change.mean-yoy</c>, rata-rata pertumbuhan per tahun: mean of the year-on-year % changes (AverageAnnualChange.MeanOfYearOnYearPercent).</summary>
internal sealed class AverageYearOnYearChangeRule() : MacroRule(RuleCatalog.AverageYearOnYearChange, "rata-rata pertumbuhan per tahun", "mean of the year-on-year % changes (AverageAnnualChange.MeanOfYearOnYearPercent)",
    ["X for each year, oldest first (at least 2)"], null)
{
    private protected override MacroResult Compute(ReportFigure figure, decimal[] v) =>
        AverageAnnualChange.MeanOfYearOnYearPercent(v, figure.Decimals);
}
