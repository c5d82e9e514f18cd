using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>dependency.workers-per-dependent</c>, penduduk usia kerja per penduduk tidak produktif: productive / (total − productive) (DependencyRatio.WorkersPerDependentFromPopulation).</summary>
internal sealed class WorkersPerDependentRule() : MacroRule(RuleCatalog.WorkersPerDependent, "penduduk usia kerja per penduduk tidak produktif", "productive / (total − productive) (DependencyRatio.WorkersPerDependentFromPopulation)",
    ["penduduk usia kerja", "penduduk total"], 2)
{
    private protected override MacroResult Compute(ReportFigure figure, decimal[] v) =>
        DependencyRatio.WorkersPerDependentFromPopulation(v[0], v[1], figure.Decimals);
}
