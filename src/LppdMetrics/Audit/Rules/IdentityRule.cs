using LppdMetrics.Reports;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>identity</c>: the same quantity printed in another place (cross-table consistency; the audit's own check).</summary>
internal sealed class IdentityRule() : AuditRule(RuleCatalog.Identity, "kesamaan antar tabel", "X = X′ (the same quantity printed in another place)",
    ["X′: the same quantity as printed elsewhere"], 1)
{
    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] values) is { } missing) return missing;
        var trace = new TraceBuilder(Id, "X = X′ (the same quantity printed in another place)", "audit: cross-table consistency")
            .Input(figure.Inputs[0].Name, values[0], Where(figure.Inputs[0]))
            .Note("compared at the precision printed for this figure");
        return RuleOutcome.Of(trace.Result(values[0]), values[0]);
    }
}
