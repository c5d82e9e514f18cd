namespace LppdMetrics.Accountability;

/// <summary>Which value of each member capaian an aggregate (mean per sasaran or tujuan) averages.</summary>
public enum MemberPrecision
{
    /// <summary>
    /// The members as printed, rounded to 2 decimals before averaging. The report's convention and the default:
    /// Sasaran 9 = mean(−9,43; 82,02; 84,65; 103,12; 108,03) = 73,678 (the unrounded members give 73,680),
    /// docs/methods.md#capaian-mean.
    /// </summary>
    Rounded = 0,

    /// <summary>The members' exact (unrounded) values.</summary>
    Unrounded = 1,
}
