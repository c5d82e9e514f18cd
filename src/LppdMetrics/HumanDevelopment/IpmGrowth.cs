using LppdMetrics.Tracing;

namespace LppdMetrics.HumanDevelopment;

/// <summary>
/// The year-on-year change of the IPM: the growth in percent (BPS <i>pertumbuhan IPM</i>) and the change in points.
/// Returned by <see cref="HumanDevelopmentIndex.Growth"/>.
/// </summary>
public sealed record IpmGrowth : ITraceable
{
    /// <summary>The growth (IPM_t − IPM_{t−1}) / IPM_{t−1} × 100, rounded half away from zero to the requested decimals (%).</summary>
    public required decimal Percent { get; init; }

    /// <summary>The change IPM_t − IPM_{t−1}, points, exact.</summary>
    public required decimal Points { get; init; }

    /// <summary>The calculation: inputs, the point change, the unrounded growth and its rounding.</summary>
    public required CalculationTrace Trace { get; init; }
}
