using LppdMetrics.Numbers;

namespace LppdMetrics.Accountability;

/// <summary>
/// Conventions for a budget realisation percentage. The defaults reproduce the report: 2 decimals, half away from
/// zero. (The report sometimes truncates instead: 99,9991 % printed 99,99 % at lines 3055 and 3749, docs/methods.md#rounding;
/// choose <see cref="RoundingRule.Truncate"/> to reproduce those.)
/// </summary>
public sealed record BudgetOptions
{
    /// <summary>The report's conventions: 2 decimals, half away from zero.</summary>
    public static BudgetOptions Default { get; } = new();

    /// <summary>The printed precision of the percentage, 0–28; 2 by default.</summary>
    public int Decimals { get; init; } = 2;

    /// <summary>The rounding rule; half away from zero by default.</summary>
    public RoundingRule Rounding { get; init; } = RoundingRule.HalfAwayFromZero;

    internal void Validate()
    {
        Guard.Defined(Rounding);
        ReportRounding.UnitInLastPlace(Decimals);
    }
}
