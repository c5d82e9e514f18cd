using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// The aggregated capaian of a sasaran or tujuan ("Rata-rata Capaian Kinerja"): the mean of its member capaian.
/// Undefined (null value, never 0) when a member is undefined under <see cref="MissingMemberPolicy.Propagate"/> or
/// no member is left.
/// </summary>
public sealed record CapaianMeanResult : ITraceable
{
    /// <summary>The exact mean (%); null when undefined.</summary>
    public decimal? Unrounded { get; init; }

    /// <summary>The mean as printed (%): 2 decimals, or 3 when it ends there and the options keep it; null when undefined.</summary>
    public decimal? Value { get; init; }

    /// <summary>The number of decimals of <see cref="Value"/> (2 or 3 by default).</summary>
    public int Decimals { get; init; }

    /// <summary>The members that entered the mean, as averaged (rounded, capped, floored as the options say).</summary>
    public IReadOnlyList<decimal> Members { get; init; } = [];

    /// <summary>The number of members given, including undefined ones.</summary>
    public int MemberCount { get; init; }

    /// <summary>True when the mean is defined.</summary>
    public bool HasValue => Value.HasValue;

    /// <summary>Why the mean is undefined; null when it has a value.</summary>
    public string? MissingReason { get; init; }

    /// <inheritdoc />
    public required CalculationTrace Trace { get; init; }
}
