using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// The aggregated capaian of a sasaran or tujuan ("Rata-rata Capaian Kinerja"): the mean of its member capaian (%),
/// printed at 2 decimals, or 3 when it ends there and the options keep it. Undefined (null value, never 0) when a
/// member is undefined under <see cref="MissingMemberPolicy.Propagate"/> or no member is left.
/// </summary>
public sealed record AchievementMeanResult : TracedResult
{
    internal AchievementMeanResult(CalculationTrace trace) : base(trace) { }

    /// <summary>The members that entered the mean, as averaged (rounded, capped, floored as the options say).</summary>
    public IReadOnlyList<decimal> Members { get; internal init; } = [];

    /// <summary>The number of members given, including undefined ones.</summary>
    public int MemberCount { get; internal init; }
}
