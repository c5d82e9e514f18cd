using LppdMetrics.Bands;
using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>The SAKIP letter grade of a score.</summary>
public sealed record SakipGradeResult : ITraceable
{
    /// <summary>The score classified (0–100).</summary>
    public decimal Score { get; internal init; }

    /// <summary>The grade.</summary>
    public SakipGrade Grade { get; internal init; }

    /// <summary>The band that contains the score.</summary>
    public Band<SakipGrade> Band { get; internal init; } = null!; // set by SakipGrades.Classify, the only creator

    /// <inheritdoc />
    public CalculationTrace Trace { get; internal init; } = null!; // set by the only creator
}
