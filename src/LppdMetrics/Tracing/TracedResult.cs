namespace LppdMetrics.Tracing;

/// <summary>
/// The one shape of a result of report arithmetic (a capaian, a budget realisation, an efficiency ratio, a macro
/// rate, a composite index, an IPM…): a <see cref="TracedValue"/> plus the result's own fields, declared by the
/// derived record (target, realisation, polarity, category…).
/// </summary>
/// <remarks>
/// <see cref="Value"/>, <see cref="Unrounded"/>, <see cref="Decimals"/>, <see cref="UndefinedReason"/> and
/// <see cref="HasValue"/> are conveniences that forward to <see cref="Outcome"/>, which reads them from the trace:
/// no result stores a value beside its trace, and no <c>with</c> expression can make them disagree.
/// </remarks>
public abstract record TracedResult : ITraceable
{
    /// <summary>Creates the result of <paramref name="trace"/>.</summary>
    /// <param name="trace">The calculation; its result is the result's value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="trace"/> is null.</exception>
    protected TracedResult(CalculationTrace trace) => Outcome = new TracedValue(trace);

    /// <summary>The value with its exact value, precision, undefined reason and trace.</summary>
    public TracedValue Outcome { get; }

    /// <summary>The value as printed (rounded to <see cref="Decimals"/>); null when undefined. Forwards to <see cref="Outcome"/>.</summary>
    public decimal? Value => Outcome.Value;

    /// <summary>The exact value before rounding for print; null when undefined. Forwards to <see cref="Outcome"/>.</summary>
    public decimal? Unrounded => Outcome.Unrounded;

    /// <summary>The printed precision of <see cref="Value"/>. Forwards to <see cref="Outcome"/>.</summary>
    public int Decimals => Outcome.Decimals;

    /// <summary>Why the value is undefined ("realisation missing", "target is 0"); null when it has one. Forwards to <see cref="Outcome"/>.</summary>
    public string? UndefinedReason => Outcome.UndefinedReason;

    /// <summary>True when the value is defined. Forwards to <see cref="Outcome"/>.</summary>
    public bool HasValue => Outcome.HasValue;

    /// <inheritdoc />
    public CalculationTrace Trace => Outcome.Trace;
}
