using LppdMetrics.Tracing;

namespace LppdMetrics.Composite;

/// <summary>
/// The value of a composite index at the index's printed precision. Undefined (null, never 0 or ∞) when a component is
/// missing ("komponen tidak dinilai") or a dividing component is 0.
/// </summary>
public sealed record CompositeResult : TracedResult
{
    internal CompositeResult(CompositeIndex index, IReadOnlyList<decimal?> components, CalculationTrace trace) : base(trace)
    {
        Index = index;
        Components = components;
    }

    /// <summary>The index that was evaluated.</summary>
    public CompositeIndex Index { get; }

    /// <summary>The component values in component order; null for a missing one.</summary>
    public IReadOnlyList<decimal?> Components { get; }
}
