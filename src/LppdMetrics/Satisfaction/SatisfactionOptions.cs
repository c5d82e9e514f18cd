using LppdMetrics.Bands;
namespace LppdMetrics.Satisfaction;

/// <summary>The conventions of an IKM computation; the defaults follow PermenPANRB 14/2017.</summary>
public sealed record SatisfactionOptions
{
    /// <summary>The default options: exact weight 1/9 and the PermenPANRB 14/2017 band table, gaps closed by rounding to 2 decimals.</summary>
    public static SatisfactionOptions Default { get; } = new();

    /// <summary>The weight of each element NRR; <see cref="SatisfactionWeighting.ExactNinth"/> by default.</summary>
    public SatisfactionWeighting Weighting { get; init; } = SatisfactionWeighting.ExactNinth;

    /// <summary>The quality bands; <see cref="SatisfactionBandTable.PermenPanRb14Of2017"/> by default.</summary>
    public BandTable<string> Bands { get; init; } = SatisfactionBandTable.PermenPanRb14Of2017;
}
