using LppdMetrics.Macro;
using LppdMetrics.Reports;

namespace LppdMetrics.Audit.Rules;

/// <summary>Rule <c>economic-growth</c>, laju pertumbuhan ekonomi: (PDRB ADHK_t − PDRB ADHK_{t−1}) / PDRB ADHK_{t−1} × 100 (EconomicGrowth.Rate).</summary>
internal sealed class EconomicGrowthRule() : MacroRule(RuleCatalog.EconomicGrowth, "laju pertumbuhan ekonomi", "(PDRB ADHK_t − PDRB ADHK_{t−1}) / PDRB ADHK_{t−1} × 100 (EconomicGrowth.Rate)",
    ["PDRB ADHK t−1", "PDRB ADHK t"], 2)
{
    private protected override MacroResult Compute(ReportFigure figure, decimal[] v) =>
        EconomicGrowth.Rate(v[0], v[1], figure.Decimals);
}
