using LppdMetrics.Accountability;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>capaian.mean</c>: the mean of the members' printed capaian (<see cref="CapaianAggregation"/>).</summary>
internal sealed class CapaianMeanRule() : AuditRule(RuleCatalog.CapaianMean, "rata-rata capaian kinerja",
    "Σ capaianᵢ / n (CapaianAggregation.Mean)", ["capaianᵢ: each member's printed capaian (%)"], null)
{
    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        var result = CapaianAggregation.Mean(v);
        return Outcome(result.Trace, result.Unrounded, result.MissingReason);
    }
}
