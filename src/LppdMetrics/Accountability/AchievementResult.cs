using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// A capaian kinerja (achievement against target, %): the value as printed, the exact value behind it (after the cap
/// and floor of the options, before rounding), and the calculation. A capaian can be undefined (a missing target or
/// realisation, a zero target); then <see cref="TracedResult.Value"/> and <see cref="TracedResult.Unrounded"/> are
/// null — never 0 — and <see cref="TracedResult.UndefinedReason"/> says why.
/// </summary>
public sealed record AchievementResult : TracedResult
{
    internal AchievementResult(CalculationTrace trace) : base(trace) { }

    /// <summary>The target (T) in the indicator's unit; null when it was missing.</summary>
    public decimal? Target { get; internal init; }

    /// <summary>The realisation (R) in the indicator's unit; null when it was missing ("NIHIL", "n/a").</summary>
    public decimal? Realization { get; internal init; }

    /// <summary>The indicator's polarity, which chose the formula.</summary>
    public Polarity Polarity { get; internal init; }

    /// <summary>The formula's exact value (%) before any cap or floor; null when undefined.</summary>
    public decimal? Raw { get; internal init; }

    /// <summary>True when the cap or the floor of the options changed the value.</summary>
    public bool Limited { get; internal init; }
}
