namespace LppdMetrics.Spm;

/// <summary>
/// How the urusan index is formed when the urusan is split into sub-urusan (Trantibumlinmas). The report prints
/// only the sub-urusan indices there, so neither choice is verified (docs/methods.md#spm-edge-cases: 96,08 vs 93,47 for Blitar 2024).
/// </summary>
public enum SpmSubAffairAggregation
{
    /// <summary>The unweighted mean of all service indices, as for every other urusan. The default.</summary>
    MeanOfServices = 0,

    /// <summary>The unweighted mean of the sub-urusan indices.</summary>
    MeanOfSubAffairs = 1,
}
