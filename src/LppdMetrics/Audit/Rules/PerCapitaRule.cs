using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>per-capita</c>, PDRB per kapita: PDRB (Rp juta) × 1.000.000 / penduduk (PerCapita.Compute).</summary>
internal sealed class PerCapitaRule() : MacroRule(RuleCatalog.PerCapita, "PDRB per kapita", "PDRB (Rp juta) × 1.000.000 / penduduk (PerCapita.Compute)",
    ["PDRB (Rp juta)", "penduduk"], 2)
{
    private protected override MacroResult Compute(ReportFigure figure, decimal[] v) =>
        PerCapita.Compute(v[0], v[1], totalUnit: 1_000_000m, decimals: figure.Decimals);
}
