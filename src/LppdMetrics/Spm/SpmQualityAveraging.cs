namespace LppdMetrics.Spm;

/// <summary>How the quality capaian B of a service is averaged over its items when they come in sub-groups.</summary>
public enum SpmQualityAveraging
{
    /// <summary>
    /// B = mean over the sub-groups of the mean item capaian within each group (SD and SMP count equally). The default;
    /// reproduces the printed SD/SMP sub-group figures of Pendidikan Dasar (docs/methods.md#spm).
    /// </summary>
    MeanOfGroupMeans = 0,

    /// <summary>B = mean over all items, ignoring the groups. Gives the same figures in the Blitar 2024 report (docs/methods.md#spm-verified).</summary>
    PooledItems = 1,
}
