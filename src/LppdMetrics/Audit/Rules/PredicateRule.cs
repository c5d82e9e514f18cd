using System.Globalization;
using LppdMetrics.Accountability;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Rule <c>predicate</c>: the predikat kinerja of a capaian by the Permendagri 86/2017 table
/// (<see cref="PerformancePredicates.Classify"/>), compared with the printed words; a capaian in a printed gap of the
/// table gives an informational note.
/// </summary>
internal sealed class PredicateRule() : AuditRule(RuleCatalog.Predicate, "predikat kinerja",
    "band of the Permendagri 86/2017 table containing the capaian (PerformancePredicates.Classify)",
    ["capaian (%)"], 1, [PerformancePredicates.Rule])
{
    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        var result = PerformancePredicates.Classify(v[0]);
        var outcome = new RuleOutcome { Rule = result.Trace.Rule, Text = result.Label, Trace = result.Trace };
        return !result.InPrintedGap ? outcome : outcome with
        {
            Notes = [string.Create(CultureInfo.InvariantCulture,
                $"predicate ambiguous: the capaian {v[0]} lies in a gap of the printed predicate table; '{result.Label}' by the gap rule {result.GapRule}")],
        };
    }
}
