using LppdMetrics.Tracing;

namespace LppdMetrics.Spm;

/// <summary>The quality capaian B of a service (printed on the "B. Jumlah Mutu" row by some urusan), rule <c>spm.quality</c>.</summary>
public sealed record SpmQualityResult : TracedResult
{
    internal SpmQualityResult(IReadOnlyList<SpmQualityGroupResult> groups, CalculationTrace trace) : base(trace) => Groups = groups;

    /// <summary>The group results.</summary>
    public IReadOnlyList<SpmQualityGroupResult> Groups { get; }

    /// <summary>B in %, 0–100, full precision (<see cref="TracedResult.Unrounded"/>): the mean of the group means (or of the items), 100 without items.</summary>
    public decimal Achievement => Unrounded!.Value;

    /// <summary>B rounded half away from zero to 2 decimals (<see cref="TracedResult.Value"/>).</summary>
    public decimal Rounded => Value!.Value;
}
