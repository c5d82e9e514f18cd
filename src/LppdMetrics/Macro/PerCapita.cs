using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Macro;

/// <summary>
/// A per-capita value such as PDRB per capita (<i>PDRB per kapita</i>, the report's "Pendapatan per kapita"):
/// total × unit / population.
/// </summary>
public static class PerCapita
{
    /// <summary>
    /// total × <paramref name="totalUnit"/> / population, rounded to <paramref name="decimals"/> by <paramref name="rounding"/>
    /// (Blitar 2023: PDRB ADHB 44.891.700 juta × 10⁶ / 1.253.550 = Rp 35.811.655 per person per year).
    /// </summary>
    /// <param name="total">The total, ≥ 0, in units of <paramref name="totalUnit"/> (PDRB in Rp juta).</param>
    /// <param name="population">The population the total is shared by, &gt; 0 (Dukcapil for PDRB per capita in the report).</param>
    /// <param name="totalUnit">The size of the total's unit in the result's unit, &gt; 0: 1.000.000 for PDRB in Rp juta with a
    /// result in rupiah; 1 (default) when they are the same.</param>
    /// <param name="decimals">Printed decimals, 0 (whole rupiah) by default.</param>
    /// <param name="rounding">Half away from zero by default. The report truncated one figure (2024: 37.810.461,8 printed
    /// 37.810.461, docs/methods.md#rounding); pass <see cref="RoundingRule.Truncate"/> to reproduce such a figure.</param>
    /// <returns>The per-capita value with its trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative, <paramref name="population"/> or <paramref name="totalUnit"/> ≤ 0, the rule is undefined, <paramref name="decimals"/> is outside 0–28, or total × unit / population exceeds the range of decimal (±7.9e28; named <paramref name="total"/>).</exception>
    public static MacroResult Compute(decimal total, decimal population, decimal totalUnit = 1m, int decimals = 0,
        RoundingRule rounding = RoundingRule.HalfAwayFromZero)
    {
        Guard.NonNegative(total);
        Guard.Positive(population);
        Guard.Positive(totalUnit);
        Guard.Defined(rounding);
        // Exact: total × unit alone could exceed a decimal where the quotient does not.
        decimal perCapita = TracedRatio.Divide(total, population, totalUnit, nameof(total), total,
            p => string.Create(CultureInfo.InvariantCulture, $"{total} × {totalUnit} / {p}"));
        var trace = new TraceBuilder("per-capita", "total × unit / population", "LPPD Blitar 2024, Tabel 2.6 rows 5–6 (docs/methods.md#per-capita)")
            .Input("total", total)
            .Input("unit", totalUnit, "size of the total's unit")
            .Input("population", population)
            .Step("per capita", string.Create(CultureInfo.InvariantCulture, $"{total} × {totalUnit} / {population}"), perCapita);
        return MacroResult.From(TracedRatio.FinishQuotient(trace, perCapita, total, population, totalUnit, decimals, rounding));
    }
}
