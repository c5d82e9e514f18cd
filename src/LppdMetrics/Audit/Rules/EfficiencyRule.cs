using LppdMetrics.Accountability;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>efficiency</c>: tingkat efisiensi = capaian kinerja % / realisasi anggaran % (<see cref="Efficiency"/>).</summary>
internal sealed class EfficiencyRule() : OutcomeRule(RuleCatalog.Efficiency, "tingkat efisiensi",
    "capaian kinerja % / realisasi anggaran % (Efficiency.Compute)", ["capaian kinerja (%)", "realisasi anggaran (%)"], 2, [Efficiency.Rule])
{
    private protected override TracedValue Compute(decimal[] v)
    {
        return Efficiency.Compute(v[0], v[1]).Outcome;
    }
}
