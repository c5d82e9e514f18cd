using LppdMetrics.Accountability;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>efficiency</c>: tingkat efisiensi = capaian kinerja % / realisasi anggaran % (<see cref="Efficiency"/>).</summary>
internal sealed class EfficiencyRule() : AuditRule(RuleCatalog.Efficiency, "tingkat efisiensi",
    "capaian kinerja % / realisasi anggaran % (Efficiency.Compute)", ["capaian kinerja (%)", "realisasi anggaran (%)"], 2, [Efficiency.Rule])
{
    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        var result = Efficiency.Compute(v[0], v[1]);
        return Outcome(result.Trace, result.Unrounded, result.MissingReason);
    }
}
