using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>change.percent</c>, perubahan (%): (X_t − X_{t−1}) / X_{t−1} × 100 (Change.Percent).</summary>
internal sealed class PercentChangeRule() : MacroRule(RuleCatalog.PercentChange, "perubahan (%)", "(X_t − X_{t−1}) / X_{t−1} × 100 (Change.Percent)",
    ["X_{t−1} (previous)", "X_t (current)"], 2)
{
    private protected override MacroResult Compute(ReportFigure figure, decimal[] v) =>
        Change.Percent(v[0], v[1], figure.Decimals);
}
