using LppdMetrics.Numbers;

namespace LppdMetrics.Accountability;

/// <summary>
/// Conventions for the efficiency ratio. The defaults reproduce the report: the result at 2 decimals, half away from
/// zero (one table prints 1,004 at 3 decimals, line 2187; set <see cref="Decimals"/> = 3 to reproduce it).
/// </summary>
public sealed record EfficiencyOptions
{
    /// <summary>The report's conventions: 2 decimals, half away from zero.</summary>
    public static EfficiencyOptions Default { get; } = new();

    /// <summary>The printed precision of the ratio, 0–28; 2 by default.</summary>
    public int Decimals { get; init; } = 2;

    /// <summary>The rounding rule; half away from zero by default.</summary>
    public RoundingRule Rounding { get; init; } = RoundingRule.HalfAwayFromZero;

    internal void Validate()
    {
        Guard.Defined(Rounding);
        ReportRounding.UnitInLastPlace(Decimals);
    }
}
