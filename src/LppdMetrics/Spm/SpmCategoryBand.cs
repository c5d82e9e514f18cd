namespace LppdMetrics.Spm;

/// <summary>One achievement category (<i>kategori pencapaian SPM</i>) and the lowest index it covers.</summary>
/// <param name="Name">The category as printed, e.g. "TUNTAS PARIPURNA".</param>
/// <param name="LowerBound">The lowest unrounded index in the category (inclusive); it runs up to the next band's lower bound (exclusive).</param>
/// <param name="Verified">True when the bound is confirmed by a printed figure or the regulation text; false when it is an unverified candidate.</param>
public sealed record SpmCategoryBand(string Name, decimal LowerBound, bool Verified);
