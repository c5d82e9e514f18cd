using LppdMetrics.Statistics;

namespace LppdMetrics.Inequality;

/// <summary>The precision of one measure of an <see cref="InequalityProfile"/> (<see cref="InequalityPrecision.Bootstrap"/>): its estimate with SE and interval, or why there is none.</summary>
/// <param name="Name">The measure's name, as in <see cref="InequalityMeasure.Name"/>.</param>
/// <param name="Estimate">The estimate with its bootstrap SE and interval, or null.</param>
/// <param name="Unavailable">Why <paramref name="Estimate"/> is null: the measure is undefined on the full sample (the
/// profile's reason), or on at least one replicate (S80/S20 or Palma when the poorest of a replicate hold no income, a
/// replicate that drew no income at all), where a standard error over the other replicates would understate it, or its
/// interval exceeds the range of a double (a ratio near 1.8e308); null when there is an estimate.</param>
public sealed record InequalityMeasurePrecision(string Name, PrecisionEstimate? Estimate, string? Unavailable);
