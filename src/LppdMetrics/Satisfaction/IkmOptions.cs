using LppdMetrics.Bands;
namespace LppdMetrics.Satisfaction;

/// <summary>The conventions of an IKM computation; the defaults follow PermenPANRB 14/2017.</summary>
public sealed record IkmOptions
{
    /// <summary>The default options: exact weight 1/9 and the PermenPANRB 14/2017 band table, gaps closed by rounding to 2 decimals.</summary>
    public static IkmOptions Default { get; } = new();

    /// <summary>The weight of each element NRR; <see cref="IkmWeighting.ExactNinth"/> by default.</summary>
    public IkmWeighting Weighting { get; init; } = IkmWeighting.ExactNinth;

    /// <summary>The quality bands; <see cref="IkmBandTable.PermenPanRb14Of2017"/> by default.</summary>
    public BandTable<string> Bands { get; init; } = IkmBandTable.PermenPanRb14Of2017;
}
