using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// The efficiency ratio (<i>tingkat efisiensi</i>): capaian % / budget realisation %, a plain ratio (no %).
/// Undefined (null, never 0 or ∞) when an input is missing or the budget realisation is 0 %.
/// </summary>
public sealed record EfficiencyResult : ITraceable
{
    /// <summary>The capaian (%) as displayed; null when missing.</summary>
    public decimal? CapaianPercent { get; init; }

    /// <summary>The budget realisation (%) as displayed; null when missing.</summary>
    public decimal? BudgetRealizationPercent { get; init; }

    /// <summary>The exact ratio; null when undefined.</summary>
    public decimal? Unrounded { get; init; }

    /// <summary>The ratio as printed (2 decimals by default); null when undefined.</summary>
    public decimal? Value { get; init; }

    /// <summary>The number of decimals of <see cref="Value"/>.</summary>
    public int Decimals { get; init; }

    /// <summary>True when the ratio is defined.</summary>
    public bool HasValue => Value.HasValue;

    /// <summary>Why the ratio is undefined; null when it has a value.</summary>
    public string? MissingReason { get; init; }

    /// <inheritdoc />
    public required CalculationTrace Trace { get; init; }
}
