using LppdMetrics.Accountability;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>budget.realization</c>: realisasi anggaran (%) = realisasi / anggaran × 100 (<see cref="BudgetRealization"/>).</summary>
internal sealed class BudgetRealizationRule() : AuditRule(RuleCatalog.BudgetRealization, "realisasi anggaran",
    "realisasi / anggaran × 100 (BudgetRealization.Compute)", ["anggaran (alokasi)", "realisasi"], 2, [BudgetRealization.RowRule])
{
    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        var result = BudgetRealization.Compute(v[0], v[1]);
        return Outcome(result.Trace, result.Unrounded, result.MissingReason);
    }
}
