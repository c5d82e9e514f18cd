using LppdMetrics.Bands;
using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>The SAKIP letter grade of a score.</summary>
public sealed record SakipGradeResult : ITraceable
{
    /// <summary>The score classified (0–100).</summary>
    public decimal Score { get; init; }

    /// <summary>The grade.</summary>
    public SakipGrade Grade { get; init; }

    /// <summary>The band that contains the score.</summary>
    public required Band<SakipGrade> Band { get; init; }

    /// <inheritdoc />
    public required CalculationTrace Trace { get; init; }
}
