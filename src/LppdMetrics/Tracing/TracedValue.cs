namespace LppdMetrics.Tracing;

/// <summary>
/// A number of report arithmetic together with how it was obtained: the printed value, the exact value behind it,
/// its printed precision and, when it has no value, why. Every field is read from the <see cref="Trace"/>, so the
/// value can never disagree with its calculation.
/// </summary>
/// <remarks>
/// Immutable, with no setter: the only way to make one is from a <see cref="CalculationTrace"/>. An undefined value (a
/// missing input — NIHIL, "Tidak ada data" — or a zero target or denominator) has a null <see cref="Value"/> and
/// <see cref="Unrounded"/>, never a placeholder 0, and <see cref="UndefinedReason"/> says why.
/// </remarks>
public sealed record TracedValue
{
    /// <summary>Takes the value, the exact value, the precision and the undefined reason from <paramref name="trace"/>.</summary>
    /// <param name="trace">The calculation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="trace"/> is null.</exception>
    public TracedValue(CalculationTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        Trace = trace;
    }

    /// <summary>The value as the rule returns it, rounded to <see cref="Decimals"/> when the rule rounds (<see cref="CalculationTrace.Result"/>); null when undefined.</summary>
    public decimal? Value => Trace.Result;

    /// <summary>The exact value before rounding for print (<see cref="CalculationTrace.Unrounded"/>); null when undefined.</summary>
    public decimal? Unrounded => Trace.Unrounded;

    /// <summary>
    /// The printed precision of <see cref="Value"/> (<see cref="CalculationTrace.Decimals"/>); when the rule did not
    /// round, the number of decimals the exact value carries, and 0 for an undefined value without a precision.
    /// </summary>
    public int Decimals => Trace.Decimals ?? (Trace.Result is decimal value ? value.Scale : 0);

    /// <summary>Why there is no value ("realisation missing", "target is 0"); null when it has one (<see cref="CalculationTrace.UndefinedReason"/>).</summary>
    public string? UndefinedReason => Trace.UndefinedReason;

    /// <summary>True when the calculation gave a value (<see cref="Value"/> is not null).</summary>
    public bool HasValue => Trace.Result.HasValue;

    /// <summary>The calculation the value is read from.</summary>
    public CalculationTrace Trace { get; }
}
