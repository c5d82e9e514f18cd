using System.Globalization;
using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>average-change.absolute</c>, rata-rata pertambahan per tahun: (X_end − X_start) / n (AverageAnnualChange.AbsolutePerYear).</summary>
internal sealed class AverageAbsoluteChangeRule() : MacroRule(RuleCatalog.AverageAbsoluteChange, "rata-rata pertambahan per tahun", "(X_end − X_start) / n (AverageAnnualChange.AbsolutePerYear)",
    ["X_start", "X_end", "n (yearly intervals, a whole number ≥ 1)"], 3)
{
    private protected override MacroResult Compute(ReportFigure figure, decimal[] v) =>
        AverageAnnualChange.AbsolutePerYear(v[0], v[1], Intervals(figure, v[2]), figure.Decimals);

    private static int Intervals(ReportFigure figure, decimal value) =>
        value == decimal.Truncate(value) && value >= 1 && value <= int.MaxValue ? (int)value
            : throw DocumentError(figure, string.Create(CultureInfo.InvariantCulture,
                $"figure '{figure.Id}' (rule '{figure.Rule}') has {value} yearly intervals; expected a whole number ≥ 1."));
}
