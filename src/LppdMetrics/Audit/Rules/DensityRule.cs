using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>density</c>, kepadatan penduduk: penduduk / luas (jiwa/km², PopulationDensity.Compute).</summary>
internal sealed class DensityRule() : MacroRule(RuleCatalog.Density, "kepadatan penduduk", "penduduk / luas (jiwa/km², PopulationDensity.Compute)",
    ["penduduk", "luas (km²)"], 2)
{
    private protected override MacroResult Compute(ReportFigure figure, decimal[] v) =>
        PopulationDensity.Compute(v[0], v[1], figure.Decimals);
}
