namespace LppdMetrics.Macro;

/// <summary>How <see cref="AverageAnnualChange.Compute"/> averages a yearly series ("rata-rata … per tahun").</summary>
/// <remarks>
/// The two relative modes differ and must not be confused: for poverty 9,65 → 8,71 → 8,69 → 8,16 % the report's mean of
/// year-on-year changes is −5,36 % a year, the compound rate −5,44 %.
/// </remarks>
public enum AverageChangeMode
{
    /// <summary>
    /// The arithmetic mean of the year-on-year relative changes, mean((X_i − X_{i−1}) / X_{i−1} × 100), in %. How the
    /// LPPD computes "menurun rata-rata 5,36% per tahun" (docs/methods.md#average-change); the default.
    /// </summary>
    MeanOfYearOnYearPercent = 0,

    /// <summary>
    /// Compound annual growth rate (CAGR), ((X_end / X_start)^(1/n) − 1) × 100, in %: the constant yearly rate that
    /// leads from the first to the last value.
    /// </summary>
    CompoundAnnualGrowthRate = 1,

    /// <summary>
    /// The absolute change per year, (X_end − X_start) / n, in the series' unit (persons, points, rupiah). Equal to
    /// the mean of the year-on-year point changes.
    /// </summary>
    AbsolutePerYear = 2,
}
