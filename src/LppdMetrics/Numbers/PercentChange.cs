using System.Runtime.CompilerServices;

namespace LppdMetrics.Numbers;

/// <summary>
/// The one implementation of relative change, (current − previous) / previous × 100, shared by the domain
/// modules (Macro change and growth rates, IPM growth) so that the formula is written once.
/// </summary>
internal static class PercentChange
{
    /// <summary>
    /// (current − previous) / previous × 100, exact in <see cref="decimal"/> (28 significant digits), unrounded.
    /// A negative <paramref name="previous"/> is divided as it is (the report's formula); callers note it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="previous"/> is 0 (the change is undefined, never ∞).</exception>
    public static decimal Of(decimal previous, decimal current, [CallerArgumentExpression(nameof(previous))] string? previousName = null)
    {
        Guard.NonZero(previous, previousName);
        return (current - previous) / previous * 100m;
    }
}
