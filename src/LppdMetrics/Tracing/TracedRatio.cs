using LppdMetrics.Numbers;

namespace LppdMetrics.Tracing;

/// <summary>
/// The one ratio kernel of report arithmetic (capaian, budget realisation, efficiency, the Macro quotients, composite
/// indices): why a pair of inputs gives no value, the guarded division numerator / denominator × scale, and the
/// finish — rounded at the printed precision, or undefined with its reason, never a placeholder 0 or ∞.
/// </summary>
internal static class TracedRatio
{
    /// <summary>
    /// Why the pair of inputs gives no value: "<paramref name="firstName"/> and <paramref name="secondName"/> missing",
    /// "<paramref name="firstName"/> missing" or "<paramref name="secondName"/> missing"; null when both are present.
    /// </summary>
    public static string? Missing(string firstName, decimal? first, string secondName, decimal? second) => (first, second) switch
    {
        (null, null) => firstName + " and " + secondName + " missing",
        (null, _) => firstName + " missing",
        (_, null) => secondName + " missing",
        _ => null,
    };

    /// <summary>
    /// numerator / denominator × <paramref name="scale"/>: the exact quotient at the most places a
    /// <see cref="decimal"/> carries, never ending in 0 unless exact (<see cref="ExactRational.ToDecimal"/>), so that a band or a
    /// later rounding decides on it as on the exact quotient (the caller has ruled out a zero denominator). A quotient beyond the range of <see cref="decimal"/> throws <see cref="ArgumentOutOfRangeException"/>
    /// naming <paramref name="paramName"/>, its <paramref name="value"/> and the expression that overflowed, which
    /// <paramref name="expression"/> writes from the denominator only when it is needed.
    /// </summary>
    public static decimal Divide(decimal numerator, decimal denominator, decimal scale, string paramName, decimal value,
        Func<decimal, string> expression)
    {
        try
        {
            return ExactRational.Quotient(numerator, denominator, scale).ToDecimal();
        }
        catch (OverflowException)
        {
            throw Guard.Overflow(paramName, value, expression(denominator));
        }
    }

    /// <summary>
    /// Finishes the trace of the quotient numerator / denominator × scale (<paramref name="unrounded"/>, from
    /// <see cref="Divide"/>): its printed value is the exact quotient rounded once by <paramref name="rounding"/> to
    /// <paramref name="decimals"/> places, never the 28-place quotient rounded a second time.
    /// </summary>
    public static CalculationTrace FinishQuotient(TraceBuilder trace, decimal unrounded, decimal numerator, decimal denominator,
        decimal scale, int decimals, RoundingRule rounding = RoundingRule.HalfAwayFromZero) =>
        trace.Rounded(unrounded, decimals, rounding, ReportRounding.Quotient(numerator, denominator, scale, decimals, rounding));

    /// <summary>
    /// Finishes a ratio's trace: undefined with <paramref name="undefinedReason"/> (keeping the printed precision) when
    /// there is a reason, otherwise <paramref name="unrounded"/> rounded by <paramref name="rounding"/> to
    /// <paramref name="decimals"/> places.
    /// </summary>
    public static CalculationTrace Finish(TraceBuilder trace, decimal? unrounded, string? undefinedReason, int decimals,
        RoundingRule rounding = RoundingRule.HalfAwayFromZero) =>
        undefinedReason is null
            ? trace.Rounded(unrounded!.Value, decimals, rounding)
            : trace.Undefined(undefinedReason, decimals);
}
