using System.Globalization;
using System.Runtime.CompilerServices;

namespace LppdMetrics.Numbers;

/// <summary>
/// The one implementation of relative change, (current − previous) / previous × 100, shared by the domain
/// modules (Macro change and growth rates, IPM growth) so that the formula is written once.
/// </summary>
internal static class PercentChange
{
    /// <summary>
    /// (current − previous) / previous × 100, computed exactly and held at the most places a decimal carries
    /// (<see cref="ExactRational.ToDecimal"/>: never ending in 0 unless exact, so a later rounding decides as on the exact change).
    /// A negative <paramref name="previous"/> is divided as it is (the report's formula); callers note it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="previous"/> is 0 (the change is undefined, never
    /// infinite), or the change exceeds the range of decimal (±7.9e28, as from a tiny <paramref name="previous"/>): named
    /// <paramref name="paramName"/> (by default <paramref name="previousName"/>), never an <see cref="OverflowException"/>.</exception>
    public static decimal Of(decimal previous, decimal current, [CallerArgumentExpression(nameof(previous))] string? previousName = null,
        string? paramName = null)
    {
        paramName ??= previousName;
        if (previous == 0)
            Guard.ThrowDecimalOutOfRange(paramName, previous, "a non-zero value (it is the divisor)", previousName);
        try
        {
            return ((ExactRational.Of(current) + ExactRational.Of(-previous)) * ExactRational.Quotient(100m, previous, 1m)).ToDecimal();
        }
        catch (OverflowException)
        {
            throw Guard.Overflow(paramName, previous, string.Create(CultureInfo.InvariantCulture, $"({current} − {previous}) / {previous} × 100"), previousName);
        }
    }
}
