using LppdMetrics.Numbers;

namespace LppdMetrics.Accountability;

/// <summary>
/// Conventions for one capaian (achievement against target). The defaults reproduce LPPD Kabupaten Blitar 2024:
/// no cap, no floor (it prints 173,43 % and −9,43 %), half away from zero at 2 decimals, a zero target undefined.
/// </summary>
public sealed record AchievementOptions
{
    /// <summary>The report's conventions: no cap, no floor, 2 decimals half away from zero, zero target undefined.</summary>
    public static AchievementOptions Default { get; } = new();

    /// <summary>
    /// An upper limit applied to the unrounded capaian (%), e.g. 100 or 120 as some evaluation manuals do; null (the
    /// default) for none. Must be ≥ <see cref="Floor"/> when both are set.
    /// </summary>
    public decimal? Cap { get; init; }

    /// <summary>A lower limit applied to the unrounded capaian (%), e.g. 0; null (the default) for none.</summary>
    public decimal? Floor { get; init; }

    /// <summary>What a target of 0 gives; <see cref="ZeroTargetPolicy.Undefined"/> by default.</summary>
    public ZeroTargetPolicy ZeroTarget { get; init; } = ZeroTargetPolicy.Undefined;

    /// <summary>The printed precision of the capaian, 0–28 decimals; 2 (the report's) by default.</summary>
    public int Decimals { get; init; } = 2;

    /// <summary>How the capaian is brought to <see cref="Decimals"/>; half away from zero (the report's) by default.</summary>
    public RoundingRule Rounding { get; init; } = RoundingRule.HalfAwayFromZero;

    internal void Validate()
    {
        Guard.Ordered(Floor, Cap, nameof(Floor), nameof(Cap));
        Guard.Defined(ZeroTarget);
        Guard.Defined(Rounding);
        ReportRounding.UnitInLastPlace(Decimals);
    }
}
