namespace LppdMetrics.Numbers;

/// <summary>How a value is brought to its printed precision.</summary>
public enum RoundingRule
{
    /// <summary>
    /// Round half away from zero (<see cref="MidpointRounding.AwayFromZero"/>): 93,675 → 93,68 and −6,095 → −6,10.
    /// The rule LPPD reports follow (docs/methods.md#rounding); the default everywhere.
    /// </summary>
    HalfAwayFromZero = 0,

    /// <summary>
    /// Cut off the digits beyond the printed precision (toward zero): 99,9991 → 99,99. Reports sometimes do this
    /// (docs/methods.md#rounding); the audit classifies it as a rounding-mode difference, not a mismatch.
    /// </summary>
    Truncate = 1,

    /// <summary>
    /// Round half to even (banker's rounding, .NET's default for <see cref="Math.Round(decimal, int)"/>).
    /// Never the report convention; offered only to explain spreadsheets that used it.
    /// </summary>
    HalfToEven = 2,
}
