namespace LppdMetrics.Accountability;

/// <summary>
/// What a capaian is when the target is 0, where R / T and (2·T − R) / T are undefined. No LPPD chapter 1–3 row has
/// a zero target (docs/methods.md#capaian, docs/methods.md#zero-target); the library never divides by zero and never returns ∞ or 0 for it.
/// </summary>
public enum ZeroTargetPolicy
{
    /// <summary>
    /// The capaian is undefined: the result has no value (<see cref="Tracing.TracedResult.HasValue"/> is false) and its
    /// trace says why. The default.
    /// </summary>
    Undefined = 0,

    /// <summary>A target of 0 is an input error: <see cref="ArgumentOutOfRangeException"/> naming the target.</summary>
    Reject = 1,
}
