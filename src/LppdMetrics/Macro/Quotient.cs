using System.Globalization;
using LppdMetrics.Tracing;

namespace LppdMetrics.Macro;

/// <summary>The one traced quotient of the Macro rates and ratios: numerator / denominator × scale.</summary>
internal static class Quotient
{
    /// <summary>
    /// numerator / denominator × <paramref name="scale"/>, rounded half away from zero at <paramref name="decimals"/>,
    /// with its trace. The caller has checked the arguments (denominator ≠ 0); a quotient beyond the range of
    /// <see cref="decimal"/> throws <see cref="ArgumentOutOfRangeException"/> naming
    /// <paramref name="paramName"/> (the caller's numerator parameter) with <paramref name="paramValue"/> (the numerator by default).
    /// </summary>
    public static MacroResult Of(string rule, string formula, string source, string numeratorName, decimal numerator,
        string denominatorName, decimal denominator, decimal scale, int decimals, string? note = null,
        string paramName = "numerator", decimal? paramValue = null)
    {
        decimal value = TracedRatio.Divide(numerator, denominator, scale, paramName, paramValue ?? numerator,
            d => string.Create(CultureInfo.InvariantCulture, $"{numeratorName} / {d} × {scale}"));
        string expression = scale == 1m
            ? string.Create(CultureInfo.InvariantCulture, $"{numerator} / {denominator}")
            : string.Create(CultureInfo.InvariantCulture, $"{numerator} / {denominator} × {scale}");
        var trace = new TraceBuilder(rule, formula, source)
            .Input(numeratorName, numerator)
            .Input(denominatorName, denominator)
            .Step("ratio", expression, value);
        if (note is not null) trace.Note(note);
        return MacroResult.From(TracedRatio.FinishQuotient(trace, value, numerator, denominator, scale, decimals));
    }

    /// <summary>
    /// <see cref="Of"/> after the checks of a count ratio: the numerator ≥ 0 and the denominator &gt; 0 and, when
    /// <paramref name="partOfWhole"/>, the numerator at most the denominator; each error names the caller's parameter
    /// (<c>Param</c>), as does an overflow.
    /// </summary>
    public static MacroResult OfCounts(string rule, string formula, string source,
        (string Label, decimal Value, string Param) numerator, (string Label, decimal Value, string Param) denominator,
        decimal scale, int decimals, bool partOfWhole = false)
    {
        Guard.NonNegative(numerator.Value, numerator.Param);
        Guard.Positive(denominator.Value, denominator.Param);
        if (partOfWhole) Guard.AtMost(numerator.Value, denominator.Value, numerator.Param, denominator.Param);
        return Of(rule, formula, source, numerator.Label, numerator.Value, denominator.Label, denominator.Value, scale,
            decimals, paramName: numerator.Param);
    }
}
