namespace LppdMetrics.HumanDevelopment;

/// <summary>
/// What <see cref="HumanDevelopmentIndex.Compute"/> does with a life expectancy (UHH) or an expenditure above the
/// method's maximum goalpost.
/// </summary>
/// <remarks>
/// Expected and mean years of schooling (HLS, RLS) are always capped at their maxima (18 and 15): BPS and UNDP
/// both say so. For UHH and expenditure BPS publishes no rule (docs/methods.md#ipm,
/// open question); UNDP caps income at its maximum. Values below a minimum goalpost are always rejected: they
/// would make a dimension index negative and the geometric mean undefined.
/// </remarks>
public enum AboveMaximumPolicy
{
    /// <summary>
    /// Use the maximum instead (the dimension index is 1), and say so in the trace. UNDP practice; the default, so
    /// that the IPM stays within 0–100.
    /// </summary>
    Cap = 0,

    /// <summary>
    /// Throw an <see cref="ArgumentOutOfRangeException"/>. Useful to catch a unit error, such as an expenditure in
    /// rupiah (12.050.000) where the BPS method expects thousand rupiah (12.050).
    /// </summary>
    Reject = 1,
}
