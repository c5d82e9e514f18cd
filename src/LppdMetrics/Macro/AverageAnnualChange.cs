using System.Globalization;
using LppdMetrics.Numbers;
using LppdMetrics.Tracing;

namespace LppdMetrics.Macro;

/// <summary>
/// Average annual change of a yearly series ("rata-rata … per tahun"), in three explicitly named ways: the mean of the
/// year-on-year % changes (what the LPPD computes), the compound annual growth rate (CAGR), and the absolute change
/// per year. Source: LPPD Blitar 2024 lines 1364, 1405, 1409–1413 (docs/methods.md#average-change).
/// </summary>
/// <remarks>
/// A series is one value per year for consecutive years, oldest first; n = number of intervals = length − 1. Pass
/// exactly the years the statement covers: the report's "selama 5 tahun" was computed over 2021–2024 (3 intervals).
/// </remarks>
public static class AverageAnnualChange
{
    private const string Source = "LPPD Blitar 2024 lines 1364, 1405, 1409–1413 (docs/methods.md#average-change)";
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>The average annual change of <paramref name="series"/> by <paramref name="mode"/>.</summary>
    /// <param name="series">Yearly values, oldest first, at least 2.</param>
    /// <param name="mode">The averaging; the report's mean of year-on-year % changes by default.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The average with its trace.</returns>
    /// <exception cref="ArgumentException">Fewer than 2 values, or a value the mode cannot divide by or take a root of (see the mode's method).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is undefined, or <paramref name="decimals"/> is outside 0–28.</exception>
    public static MacroResult Compute(ReadOnlySpan<decimal> series, AverageChangeMode mode = AverageChangeMode.MeanOfYearOnYearPercent, int decimals = 2)
    {
        Guard.Defined(mode);
        return mode switch
        {
            AverageChangeMode.MeanOfYearOnYearPercent => MeanOfYearOnYearPercent(series, decimals),
            AverageChangeMode.CompoundAnnualGrowthRate => CompoundAnnualGrowthRate(series, decimals),
            _ => AbsolutePerYear(series, decimals),
        };
    }

    /// <summary>
    /// mean over i of (X_i − X_{i−1}) / X_{i−1} × 100 (%), the report's "rata-rata … % per tahun"
    /// (poverty 9,65; 8,71; 8,69; 8,16 → −5,36 %).
    /// </summary>
    /// <param name="series">Yearly values, oldest first, at least 2; every value but the last is a divisor and must not be 0.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The mean yearly % change with each yearly change as a trace step.</returns>
    /// <exception cref="ArgumentException">Fewer than 2 values, a value other than the last is 0, or a change or their sum exceeds the range of decimal (±7.9e28; the element is named).</exception>
    public static MacroResult MeanOfYearOnYearPercent(ReadOnlySpan<decimal> series, int decimals = 2)
    {
        Guard.MinLength(series, 2);
        Guard.AllNonZero(series[..^1], nameof(series));
        var trace = Start("average-change.mean-yoy", "mean_i((X_i − X_{i−1}) / X_{i−1} × 100)", series);
        var changes = new ExactRational[series.Length - 1];
        for (int i = 1; i < series.Length; i++)
        {
            decimal yoy = PercentChange.Of(series[i - 1], series[i], string.Create(Ci, $"series[{i - 1}]"), nameof(series));
            trace.Step(string.Create(Ci, $"change {i}"), string.Create(Ci, $"({series[i]} − {series[i - 1]}) / {series[i - 1]} × 100"), yoy);
            changes[i - 1] = ExactRational.Of(yoy);
        }
        int n = changes.Length;
        // The mean of the changes, exact and held by ExactRational.ToDecimal (a sum of large changes may exceed a decimal).
        ExactRational exactMean = ExactRational.Mean(changes);
        decimal mean = Exact(exactMean, nameof(series), "the mean of the year-on-year changes");
        decimal sum = Exact(exactMean * ExactRational.Of(n), nameof(series), "the sum of the year-on-year changes");
        trace.Step("mean", string.Create(Ci, $"{sum} / {n}"), mean)
             .Note("the mean of year-on-year % changes (the report's way), not the compound rate (CAGR)");
        return MacroResult.From(trace.Rounded(mean, decimals));
    }

    /// <summary>
    /// CAGR ((X_end / X_start)^(1/n) − 1) × 100 (%) over the n = length − 1 intervals of <paramref name="series"/>
    /// (poverty 9,65 → 8,16 over 3 years: −5,44 %).
    /// </summary>
    /// <param name="series">Yearly values, oldest first, at least 2; only the first and the last are used.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The compound rate with its trace.</returns>
    /// <exception cref="ArgumentException">Fewer than 2 values, the first value ≤ 0, the last negative, or the rate exceeds the range of decimal (±7.9e28).</exception>
    public static MacroResult CompoundAnnualGrowthRate(ReadOnlySpan<decimal> series, int decimals = 2)
    {
        Guard.MinLength(series, 2);
        return Cagr(series[0], series[^1], series.Length - 1, decimals, "series[0]", string.Create(Ci, $"series[{series.Length - 1}]"), nameof(series));
    }

    /// <summary>CAGR ((end / start)^(1/years) − 1) × 100 (%) between two values <paramref name="years"/> apart.</summary>
    /// <param name="start">The first value, &gt; 0.</param>
    /// <param name="end">The last value, ≥ 0 (0 gives −100 %).</param>
    /// <param name="years">The number of yearly intervals, ≥ 1.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The compound rate with its trace. The root is taken in <see cref="double"/> (15–17 significant digits),
    /// far beyond any printed precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> ≤ 0, <paramref name="end"/> &lt; 0, <paramref name="years"/> &lt; 1,
    /// <paramref name="decimals"/> is outside 0–28, or the rate exceeds the range of decimal (±7.9e28; named <paramref name="start"/>).</exception>
    public static MacroResult CompoundAnnualGrowthRate(decimal start, decimal end, int years, int decimals = 2) =>
        Cagr(start, end, years, decimals, nameof(start), nameof(end), null);

    // The CAGR with the names the caller's parameters have: start and end, or series[0] and series[n] of series.
    private static MacroResult Cagr(decimal start, decimal end, int years, int decimals, string startName, string endName, string? seriesName)
    {
        if (start <= 0)
            Guard.ThrowDecimalOutOfRange(seriesName ?? startName, start, "a value > 0", startName);
        if (end < 0)
            Guard.ThrowDecimalOutOfRange(seriesName ?? endName, end, "a value ≥ 0", endName);
        Guard.Positive(years);
        decimal ratio, cagr;
        double factor;
        try
        {
            ratio = end / start;
            factor = Math.Pow((double)ratio, 1.0 / years);
            cagr = (ReportRounding.ToDecimal(factor) - 1m) * 100m;
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            throw Guard.Overflow(seriesName ?? startName, start, string.Create(Ci, $"the compound rate from it to {end}"), startName);
        }
        var trace = EndpointTrace("average-change.cagr", "((X_end / X_start)^(1/n) − 1) × 100", start, end, years)
            .Step("X_end / X_start", string.Create(Ci, $"{end} / {start}"), ratio)
            .Step("growth factor", string.Create(Ci, $"({ratio})^(1/{years})"), factor)
            .Step("CAGR", string.Create(Ci, $"({factor} − 1) × 100"), cagr)
            .Note("compound annual growth rate, not the report's mean of year-on-year % changes");
        return MacroResult.From(trace.Rounded(cagr, decimals));
    }

    /// <summary>
    /// (X_end − X_start) / n in the series' unit, n = length − 1 (IPM 69,33 → 73,44 over 2017–2024: 0,59 points a year).
    /// </summary>
    /// <param name="series">Yearly values, oldest first, at least 2; only the first and the last are used.</param>
    /// <param name="decimals">Printed decimals, 2 by default (0 for persons or rupiah).</param>
    /// <returns>The absolute change per year with its trace.</returns>
    /// <exception cref="ArgumentException">Fewer than 2 values, or the change per year exceeds the range of decimal (±7.9e28).</exception>
    public static MacroResult AbsolutePerYear(ReadOnlySpan<decimal> series, int decimals = 2)
    {
        Guard.MinLength(series, 2);
        return Absolute(series[0], series[^1], series.Length - 1, decimals, string.Create(Ci, $"series[{series.Length - 1}]"), nameof(series));
    }

    /// <summary>(end − start) / years in the values' unit (poor persons 112.620 → 95.910 over 3 years: −5.570 a year).</summary>
    /// <param name="start">The first value.</param>
    /// <param name="end">The last value.</param>
    /// <param name="years">The number of yearly intervals, ≥ 1.</param>
    /// <param name="decimals">Printed decimals, 2 by default.</param>
    /// <returns>The absolute change per year with its trace.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> &lt; 1, <paramref name="decimals"/> is outside 0–28, or the change per year exceeds the range of decimal (±7.9e28; named <paramref name="end"/>).</exception>
    public static MacroResult AbsolutePerYear(decimal start, decimal end, int years, int decimals = 2) =>
        Absolute(start, end, years, decimals, nameof(end), nameof(end));

    private static MacroResult Absolute(decimal start, decimal end, int years, int decimals, string endName, string paramName)
    {
        Guard.Positive(years);
        decimal perYear;
        try
        {
            // Exact: end − start alone may exceed a decimal where the change per year does not.
            perYear = (ExactRational.Of(end) + ExactRational.Of(-start)).DividedBy(years).ToDecimal();
        }
        catch (OverflowException)
        {
            throw Guard.Overflow(paramName, end, string.Create(Ci, $"({end} − {start}) / {years}"), endName);
        }
        var trace = EndpointTrace("average-change.absolute", "(X_end − X_start) / n", start, end, years)
            .Step("per year", string.Create(Ci, $"({end} − {start}) / {years}"), perYear);
        return MacroResult.From(trace.Rounded(perYear, decimals));
    }

    private static TraceBuilder Start(string rule, string formula, ReadOnlySpan<decimal> series)
    {
        var trace = new TraceBuilder(rule, formula, Source);
        for (int i = 0; i < series.Length; i++)
            trace.Input(string.Create(Ci, $"X_{i}"), series[i]);
        return trace;
    }

    /// <summary>The trace of a rate between two end points: its rule and formula, and the inputs X_start, X_end and n.</summary>
    private static TraceBuilder EndpointTrace(string rule, string formula, decimal start, decimal end, int years) =>
        new TraceBuilder(rule, formula, Source)
            .Input("X_start", start)
            .Input("X_end", end)
            .Input("n", (decimal)years, "yearly intervals");

    // An exact value held as a decimal (ExactRational.ToDecimal); beyond the range of a decimal, an argument error.
    private static decimal Exact(ExactRational value, string paramName, string expression)
    {
        try
        {
            return value.ToDecimal();
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(paramName, string.Create(Ci, $"{paramName}: {expression} exceeds the range of decimal (±7.9e28)."));
        }
    }
}
