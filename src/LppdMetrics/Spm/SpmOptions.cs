using LppdMetrics.Bands;
namespace LppdMetrics.Spm;

/// <summary>The conventions of an SPM index computation; the defaults reproduce all 370 SPM figures of LPPD Kabupaten Blitar 2024.</summary>
public sealed record SpmOptions
{
    /// <summary>The default options.</summary>
    public static SpmOptions Default { get; } = new();

    /// <summary>How B averages grouped quality items; <see cref="SpmQualityAveraging.MeanOfGroupMeans"/> by default.</summary>
    public SpmQualityAveraging QualityAveraging { get; init; } = SpmQualityAveraging.MeanOfGroupMeans;

    /// <summary>How an urusan with sub-urusan gets its index; <see cref="SpmSubAffairAggregation.MeanOfServices"/> by default (not verified).</summary>
    public SpmSubAffairAggregation SubAffairAggregation { get; init; } = SpmSubAffairAggregation.MeanOfServices;

    /// <summary>The category bands; <see cref="SpmCategoryTable.TwentyPointBands"/> by default (unverified below 100).</summary>
    public BandTable<string> Categories { get; init; } = SpmCategoryTable.TwentyPointBands;
}
