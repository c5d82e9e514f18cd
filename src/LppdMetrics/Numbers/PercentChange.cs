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
    /// infinite), or the change exceeds the range of <see cref="decimal"/> (the message names the previous value).</exception>
    public static decimal Of(decimal previous, decimal current, [CallerArgumentExpression(nameof(previous))] string? previousName = null)
    {
        Guard.NonZero(previous, previousName);
        try
        {
            return ((ExactRational.Of(current) + ExactRational.Of(-previous)) * ExactRational.Quotient(100m, previous, 1m)).ToDecimal();
        }
        catch (OverflowException)
        {
            throw Guard.Overflow(previousName ?? nameof(previous), previous,
                System.FormattableString.Invariant($"the change from {previous} to {current} in %"));
        }
    }
}
