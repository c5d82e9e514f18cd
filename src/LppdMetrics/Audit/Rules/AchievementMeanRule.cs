using LppdMetrics.Accountability;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>capaian.mean</c>: the mean of the members' printed capaian (<see cref="AchievementAggregation"/>).</summary>
internal sealed class AchievementMeanRule() : OutcomeRule(RuleCatalog.AchievementMean, "rata-rata capaian kinerja",
    "Σ capaianᵢ / n (CapaianAggregation.Mean)", ["capaianᵢ: each member's printed capaian (%)"], null)
{
    private protected override TracedValue Compute(decimal[] v)
    {
        return AchievementAggregation.Mean(v).Outcome;
    }
}
