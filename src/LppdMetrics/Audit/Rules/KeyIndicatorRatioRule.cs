using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Rule <c>ikk.ratio</c>: an IKK (indikator kinerja kunci) ratio, pembilang / penyebut × 100. The library has no
/// function for it yet, so every such figure is not checkable (its inputs missing, or the function missing).
/// </summary>
internal sealed class KeyIndicatorRatioRule() : AuditRule(RuleCatalog.KeyIndicatorRatio, "rasio IKK",
    "pembilang / penyebut × 100 (no library function yet: not checkable)", ["pembilang", "penyebut"], null)
{
    internal override RuleOutcome Apply(ReportFigure figure) =>
        Values(figure, out _) is { } missing ? missing
            : RuleOutcome.Missing(Id, "the library has no function for an IKK ratio rule (numerator / denominator × 100) yet");
}
