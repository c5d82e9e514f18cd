using LppdMetrics.Numbers;

namespace LppdMetrics.Accountability;

/// <summary>
/// Conventions for the mean capaian of a sasaran or tujuan. The defaults reproduce LPPD Kabupaten Blitar 2024:
/// an unweighted mean of the members rounded to 2 decimals, no cap, no floor, printed at 2 decimals or at 3 when the
/// mean ends at the third decimal (73,525; 112,278), docs/methods.md#capaian-mean.
/// </summary>
public sealed record AggregationOptions
{
    /// <summary>The report's conventions.</summary>
    public static AggregationOptions Default { get; } = new();

    /// <summary>Average the members as printed (<see cref="MemberPrecision.Rounded"/>, the default) or unrounded.</summary>
    public MemberPrecision Members { get; init; } = MemberPrecision.Rounded;

    /// <summary>The precision members are rounded to under <see cref="MemberPrecision.Rounded"/>; 2 by default.</summary>
    public int MemberDecimals { get; init; } = 2;

    /// <summary>An upper limit applied to each member before averaging (100 or 120 in some manuals); null for none.</summary>
    public decimal? MemberCap { get; init; }

    /// <summary>A lower limit applied to each member before averaging (0 in some manuals); null for none.</summary>
    public decimal? MemberFloor { get; init; }

    /// <summary>
    /// Weights of the members, in member order, each ≥ 0 with a positive sum: mean = Σ wᵢ·cᵢ / Σ wᵢ. Null (the
    /// default) for the unweighted mean the report uses.
    /// </summary>
    public IReadOnlyList<decimal>? Weights { get; init; }

    /// <summary>What an undefined member does; <see cref="MissingMemberPolicy.Propagate"/> by default.</summary>
    public MissingMemberPolicy Missing { get; init; } = MissingMemberPolicy.Propagate;

    /// <summary>The printed precision of the mean; 2 by default.</summary>
    public int Decimals { get; init; } = 2;

    /// <summary>
    /// Print the mean with one more decimal when it ends exactly there (73,525 rather than 73,53), as the report does;
    /// true by default. False prints every mean at <see cref="Decimals"/>.
    /// </summary>
    public bool KeepExactExtraDecimal { get; init; } = true;

    internal void Validate()
    {
        Guard.Defined(Members);
        Guard.Defined(Missing);
        Guard.Ordered(MemberFloor, MemberCap, nameof(MemberFloor), nameof(MemberCap));
        ReportRounding.UnitInLastPlace(MemberDecimals);
        ReportRounding.UnitInLastPlace(Decimals);
    }
}
