using System.Globalization;
using LppdMetrics.Accountability;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Rule <c>budget.realization</c>: realisasi anggaran (%) = realisasi / anggaran × 100 (<see cref="BudgetRealization"/>).
/// Amounts printed with decimals (a table in juta or miliar rupiah: "12,35") were themselves rounded from the amounts the
/// report divided, so the percentage is also consistent anywhere in the ratio over their half-unit boxes.
/// </summary>
internal sealed class BudgetRealizationRule() : AuditRule(RuleCatalog.BudgetRealization, "realisasi anggaran",
    "realisasi / anggaran × 100 (BudgetRealization.Compute)", ["anggaran (alokasi)", "realisasi"], 2, [BudgetRealization.RowRule])
{
    internal override RuleOutcome Apply(ReportFigure figure)
    {
        if (Values(figure, out decimal[] v) is { } missing) return missing;
        var outcome = Outcome(BudgetRealization.Compute(v[0], v[1]).Outcome);
        decimal allocation = v[0], realization = v[1];
        decimal ha = allocation.Scale > 0 ? ReportRounding.UnitInLastPlace(allocation.Scale) / 2 : 0;
        decimal hr = realization.Scale > 0 ? ReportRounding.UnitInLastPlace(realization.Scale) / 2 : 0;
        if (outcome.Value is null || (ha == 0 && hr == 0) || allocation - ha <= 0 || realization - hr < 0) return outcome;
        decimal low = (realization - hr) / (allocation + ha) * 100, high = (realization + hr) / (allocation - ha) * 100;
        return outcome with
        {
            Alternatives = [new Alternative(low, high, string.Create(CultureInfo.InvariantCulture,
                $"the amounts are printed rounded ({allocation} ± {ha}, {realization} ± {hr}), so the exact percentage lies within {low:0.####} … {high:0.####}"), Wide: true)],
        };
    }
}
