using LppdMetrics.Tracing;

namespace LppdMetrics.HumanDevelopment;

/// <summary>
/// The year-on-year change of the IPM: <see cref="TracedResult.Value"/> is the growth in percent (BPS <i>pertumbuhan
/// IPM</i>) (IPM_t − IPM_{t−1}) / IPM_{t−1} × 100, rounded half away from zero to the requested decimals (always
/// has a value), and <see cref="Points"/> the change in points. Returned by <see cref="HumanDevelopmentIndex.Growth"/>.
/// </summary>
public sealed record HumanDevelopmentGrowth : TracedResult
{
    internal HumanDevelopmentGrowth(CalculationTrace trace) : base(trace) { }

    /// <summary>The change IPM_t − IPM_{t−1}, points, exact.</summary>
    public decimal Points { get; internal init; }
}
