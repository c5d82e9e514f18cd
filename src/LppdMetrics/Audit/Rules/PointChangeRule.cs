using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>change.point</c>, perubahan (poin): X_t − X_{t−1} (Change.Point).</summary>
internal sealed class PointChangeRule() : MacroRule(RuleCatalog.PointChange, "perubahan (poin)", "X_t − X_{t−1} (Change.Point)",
    ["X_{t−1} (previous)", "X_t (current)"], 2)
{
    private protected override MacroResult Compute(ReportFigure figure, decimal[] v) =>
        Change.Point(v[0], v[1], figure.Decimals);
}
