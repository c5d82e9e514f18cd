using LppdMetrics.Tracing;

namespace LppdMetrics.Accountability;

/// <summary>
/// A capaian kinerja (achievement against target, %): the value as printed, the exact value behind it, and the
/// calculation. A capaian can be undefined (a missing target or realisation, a zero target); then
/// <see cref="Value"/> and <see cref="Unrounded"/> are null — never 0 — and <see cref="MissingReason"/> says why.
/// </summary>
public sealed record CapaianResult : ITraceable
{
    /// <summary>The target (T) in the indicator's unit; null when it was missing.</summary>
    public decimal? Target { get; init; }

    /// <summary>The realisation (R) in the indicator's unit; null when it was missing ("NIHIL", "n/a").</summary>
    public decimal? Realization { get; init; }

    /// <summary>The indicator's polarity, which chose the formula.</summary>
    public Polarity Polarity { get; init; }

    /// <summary>The formula's exact value (%) before any cap or floor; null when undefined.</summary>
    public decimal? Raw { get; init; }

    /// <summary>The exact capaian (%) after the cap and floor of the options, before rounding; null when undefined.</summary>
    public decimal? Unrounded { get; init; }

    /// <summary>The capaian (%) rounded to the printed precision (2 decimals by default); null when undefined.</summary>
    public decimal? Value { get; init; }

    /// <summary>The number of decimals of <see cref="Value"/>.</summary>
    public int Decimals { get; init; }

    /// <summary>True when the capaian is defined (both inputs present, the target usable).</summary>
    public bool HasValue => Value.HasValue;

    /// <summary>Why the capaian is undefined ("realisation missing", "target is 0"); null when it has a value.</summary>
    public string? MissingReason { get; init; }

    /// <summary>True when the cap or the floor of the options changed the value.</summary>
    public bool Limited { get; init; }

    /// <inheritdoc />
    public required CalculationTrace Trace { get; init; }
}
