using LppdMetrics.Tracing;

namespace LppdMetrics.Composite;

/// <summary>
/// The value of a composite index. Undefined (null, never 0 or ∞) when a component is missing ("komponen tidak
/// dinilai") or a dividing component is 0.
/// </summary>
public sealed record CompositeResult : ITraceable
{
    /// <summary>The index that was evaluated.</summary>
    public required CompositeIndex Index { get; init; }

    /// <summary>The component values in component order; null for a missing one.</summary>
    public IReadOnlyList<decimal?> Components { get; init; } = [];

    /// <summary>The exact value; null when undefined.</summary>
    public decimal? Unrounded { get; init; }

    /// <summary>The value at the index's printed precision; null when undefined.</summary>
    public decimal? Value { get; init; }

    /// <summary>True when the value is defined.</summary>
    public bool HasValue => Value.HasValue;

    /// <summary>Why the value is undefined; null when it has one.</summary>
    public string? MissingReason { get; init; }

    /// <inheritdoc />
    public required CalculationTrace Trace { get; init; }
}
