using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>labor.open-unemployment</c>, tingkat pengangguran terbuka (TPT): pengangguran / angkatan kerja × 100 (LaborRates.OpenUnemploymentRate).</summary>
internal sealed class OpenUnemploymentRule() : MacroRule(RuleCatalog.OpenUnemployment, "tingkat pengangguran terbuka (TPT)", "pengangguran / angkatan kerja × 100 (LaborRates.OpenUnemploymentRate)",
    ["pengangguran", "angkatan kerja"], 2)
{
    private protected override MacroResult Compute(ReportFigure figure, decimal[] v) =>
        LaborRates.OpenUnemploymentRate(v[0], v[1], figure.Decimals);
}
