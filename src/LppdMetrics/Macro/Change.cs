using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Macro;

/// <summary>
/// Year-on-year change of an indicator: relative (<i>Perubahan (%)</i>, Tabel 2.1) or in points
/// (<i>naik/turun sebesar … poin</i>). The report often writes "%" for a point change (TPT 4,91 → 4,77 "turun 0,14%"
/// is 0,14 points; the relative change is −2,85 %): keep the two apart.
/// </summary>
public static class Change
{
    private const string Source = "LPPD Blitar 2024, Tabel 2.1 'Perubahan (%)' (docs/methods.md#change)";

    /// <summary>
    /// Relative change (current − previous) / previous × 100 (%), rounded half away from zero
    /// (Tabel 2.1: IPM 72,84 → 73,44 = 0,82 %; poverty 8,69 → 8,16 = −6,10 %, printed "(6,10%)").
    /// </summary>
    /// <param name="previous">The earlier value (any sign, not 0). Use the unrounded source value: Gini 0,360 → 0,353
    /// gives −1,94 % as printed, while the 2-decimal 0,36 → 0,35 would give −2,78 %.</param>
    /// <param name="current">The later value.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The change in %, exact and rounded, with its trace. A negative <paramref name="previous"/> is divided as
    /// is (the sign then does not tell the direction); the trace notes it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="previous"/> is 0 (undefined, never ∞), the change exceeds the range of decimal (±7.9e28; a tiny <paramref name="previous"/>), or <paramref name="decimals"/> is outside 0–28.</exception>
    public static MacroResult Percent(decimal previous, decimal current, int decimals = 2) =>
        MacroResult.From(PercentTrace("change.percent", "(X_t − X_{t−1}) / X_{t−1} × 100", Source, "X_{t−1}", previous, "X_t", current, decimals, nameof(previous)));

    /// <summary>
    /// Change in points, current − previous (exact; e.g. TPT 4,91 → 4,77 = −0,14 points, IPM 72,84 → 73,44 = 0,60 points).
    /// </summary>
    /// <param name="previous">The earlier value.</param>
    /// <param name="current">The later value.</param>
    /// <param name="decimals">Decimals to round to; null (default) for no rounding (the difference of two printed values is exact).</param>
    /// <returns>The difference with its trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28, or the difference exceeds
    /// the range of <see cref="decimal"/> (the message names <paramref name="current"/>).</exception>
    public static MacroResult Point(decimal previous, decimal current, int? decimals = null)
    {
        // Exact, held at the most places a decimal carries (ExactRational.ToDecimal): 10^28 − 10^−28 has more digits than a
        // decimal, and 7,9·10^28 − (−7,9·10^28) is beyond it (an argument error, not an OverflowException).
        decimal diff;
        try
        {
            diff = (ExactRational.Of(current) + ExactRational.Of(-previous)).ToDecimal();
        }
        catch (OverflowException)
        {
            throw Guard.Overflow(nameof(current), current, string.Create(CultureInfo.InvariantCulture, $"{current} − {previous}"));
        }
        var trace = new TraceBuilder("change.point", "X_t − X_{t−1}", "docs/methods.md#change (perubahan antar tahun, points)")
            .Input("X_{t−1}", previous)
            .Input("X_t", current)
            .Step("X_t − X_{t−1}", string.Create(CultureInfo.InvariantCulture, $"{current} − {previous}"), diff);
        return MacroResult.From(decimals is { } d ? trace.Rounded(diff, d) : trace.Result(diff));
    }

    /// <summary>Builds the trace of a relative change; shared by <see cref="Percent"/> and <see cref="EconomicGrowth.Rate"/>.</summary>
    internal static CalculationTrace PercentTrace(string rule, string formula, string source,
        string previousName, decimal previous, string currentName, decimal current, int decimals, string paramName)
    {
        decimal percent = PercentChange.Of(previous, current, paramName);
        var trace = new TraceBuilder(rule, formula, source)
            .Input(previousName, previous)
            .Input(currentName, current)
            .Step("change", string.Create(CultureInfo.InvariantCulture, $"({current} − {previous}) / {previous} × 100"), percent);
        if (previous < 0)
            trace.Note("the earlier value is negative: the relative change is divided by it as is, so its sign does not tell the direction");
        return trace.Rounded(percent, decimals);
    }
}
