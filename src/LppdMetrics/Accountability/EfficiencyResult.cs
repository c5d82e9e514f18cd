using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// The efficiency ratio (<i>tingkat efisiensi</i>): capaian % / budget realisation %, a plain ratio (no %), printed at
/// 2 decimals by default. Undefined (null value, never 0 or ∞) when an input is missing or the budget realisation is 0 %.
/// </summary>
public sealed record EfficiencyResult : TracedResult
{
    internal EfficiencyResult(CalculationTrace trace) : base(trace) { }

    /// <summary>The capaian (%) as displayed; null when missing.</summary>
    public decimal? AchievementPercent { get; internal init; }

    /// <summary>The budget realisation (%) as displayed; null when missing.</summary>
    public decimal? BudgetRealizationPercent { get; internal init; }
}
