using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>dependency.ratio</c>, rasio ketergantungan: (total − productive) / productive × 100 (DependencyRatio.FromPopulation).</summary>
internal sealed class DependencyRatioRule() : MacroRule(RuleCatalog.DependencyRatio, "rasio ketergantungan", "(total − productive) / productive × 100 (DependencyRatio.FromPopulation)",
    ["penduduk usia kerja", "penduduk total"], 2)
{
    private protected override MacroResult Compute(ReportFigure figure, decimal[] v) =>
        DependencyRatio.FromPopulation(v[0], v[1], figure.Decimals);
}
