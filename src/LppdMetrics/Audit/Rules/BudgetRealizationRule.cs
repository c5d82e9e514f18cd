using LppdMetrics.Accountability;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>budget.realization</c>: realisasi anggaran (%) = realisasi / anggaran × 100 (<see cref="BudgetRealization"/>).</summary>
internal sealed class BudgetRealizationRule() : OutcomeRule(RuleCatalog.BudgetRealization, "realisasi anggaran",
    "realisasi / anggaran × 100 (BudgetRealization.Compute)", ["anggaran (alokasi)", "realisasi"], 2, [BudgetRealization.RowRule])
{
    private protected override TracedValue Compute(decimal[] v)
    {
        return BudgetRealization.Compute(v[0], v[1]).Outcome;
    }
}
