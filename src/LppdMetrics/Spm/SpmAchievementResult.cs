using LppdMetrics.Tracing;

namespace LppdMetrics.Spm;

/// <summary>
/// The capaian of one SPM row (a quality item, or the recipients row A): min(R / T, 1) × 100, and 100 when T = 0;
/// <see cref="TracedResult.Value"/> is it rounded half away from zero to 2 decimals, as the report prints it (rule
/// <c>spm.capaian</c>).
/// </summary>
public sealed record SpmAchievementResult : TracedResult
{
    internal SpmAchievementResult(string? name, decimal target, decimal realized, CalculationTrace trace) : base(trace)
    {
        Name = name;
        Target = target;
        Realized = realized;
    }

    /// <summary>The row's label; null when unnamed.</summary>
    public string? Name { get; }

    /// <summary>T.</summary>
    public decimal Target { get; }

    /// <summary>R.</summary>
    public decimal Realized { get; }

    /// <summary>The capaian in %, 0–100, full precision (<see cref="TracedResult.Unrounded"/>, read from the trace).</summary>
    public decimal Achievement => Unrounded!.Value;

    /// <summary>The capaian rounded half away from zero to 2 decimals, as the report prints it (<see cref="TracedResult.Value"/>).</summary>
    public decimal Rounded => Value!.Value;
}
