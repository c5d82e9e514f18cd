using LppdMetrics.Macro;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit.Rules;

/// <summary>
/// Rule <c>plausibility.growth-levels</c> (docs/methods.md#plausibility-growth-levels): a growth rate printed in one
/// table (pertumbuhan ekonomi, laju pertumbuhan penduduk) against the two levels printed in another (PDRB ADHK, jumlah
/// penduduk of the years t−1 and t): g = (L_t − L_{t−1}) / L_{t−1} × 100 (<see cref="Change.Percent"/>). With the
/// levels' half-unit boxes ± h the growth may lie in [(L_t − h) / (L_{t−1} + h) − 1, (L_t + h) / (L_{t−1} − h) − 1] × 100;
/// the check holds when that range meets the printed growth's box g ± ½ × 10⁻ᵈ, otherwise the finding is
/// <see cref="FindingStatus.Implausible"/>.
/// </summary>
internal sealed class GrowthLevelsRule() : CrossTableRule(RuleCatalog.GrowthLevels, "pertumbuhan terhadap level di tabel lain",
    "g = (L_t − L_{t−1}) / L_{t−1} × 100 within the rounding of the printed L_{t−1}, L_t and g (a growth against the levels printed in another table)",
    "(L_t − L_{t−1}) / L_{t−1} × 100",
    ["L_{t−1}: the level of the earlier year (another table)", "L_t: the level of year t (the same table as L_{t−1})",
     "g: the printed growth (%)", "d: the decimals the levels are printed with"])
{
    private protected override string Name => "the growth";

    private protected override TracedResult Point(decimal x, decimal y, int decimals) => Change.Percent(x, y, decimals);

    private protected override (decimal Low, decimal High) Range(decimal x, decimal y, decimal half) =>
        (((y - half) - (x + half)) / (x + half) * 100m, ((y + half) - (x - half)) / (x - half) * 100m);
}
