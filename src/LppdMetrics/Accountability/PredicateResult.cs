using LppdMetrics.Bands;
using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>The predicate of a capaian, with how it was found.</summary>
public sealed record PredicateResult : ITraceable
{
    /// <summary>The capaian (%) classified.</summary>
    public decimal Achievement { get; internal init; }

    /// <summary>The predicate.</summary>
    public PerformancePredicate Predicate { get; internal init; }

    /// <summary>The predicate as printed ("Sangat Tinggi").</summary>
    public string Label { get; internal init; } = "";

    /// <summary>The band that was applied.</summary>
    public Band<PerformancePredicate> Band { get; internal init; } = null!; // set by PerformancePredicates.Classify, the only creator

    /// <summary>
    /// True when the capaian lies in no printed interval and not above the table: it fell in a printed gap
    /// ((90, 91), (75, 76), (65, 66), (50, 51)), so its predicate depends on the <see cref="BandGapPolicy"/>.
    /// The audit reports such values as "predicate ambiguous".
    /// </summary>
    public bool InPrintedGap { get; internal init; }

    /// <summary>True when the capaian exceeds the top band's printed upper bound (above 100 %) and took the top band.</summary>
    public bool AboveTable { get; internal init; }

    /// <summary>The gap rule that was applied.</summary>
    public BandGapPolicy GapRule { get; internal init; }

    /// <inheritdoc />
    public CalculationTrace Trace { get; internal init; } = null!; // set by the only creator
}
