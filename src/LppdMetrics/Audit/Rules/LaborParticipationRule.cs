using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>labor.participation</c>, tingkat partisipasi angkatan kerja (TPAK): angkatan kerja / penduduk usia kerja × 100 (LaborRates.ParticipationRate).</summary>
internal sealed class LaborParticipationRule() : MacroRule(RuleCatalog.LaborParticipation, "tingkat partisipasi angkatan kerja (TPAK)", "angkatan kerja / penduduk usia kerja × 100 (LaborRates.ParticipationRate)",
    ["angkatan kerja", "penduduk usia kerja"], 2)
{
    private protected override MacroResult Compute(ReportFigure figure, decimal[] v) =>
        LaborRates.ParticipationRate(v[0], v[1], figure.Decimals);
}
