namespace LppdMetrics.Audit;

/// <summary>How a printed figure compares with its recomputation.</summary>
public enum FindingStatus
{
    /// <summary>The recomputed value, rounded half away from zero at the printed precision, equals the printed value.</summary>
    Match = 0,

    /// <summary>
    /// The printed value differs by exactly one unit in its last printed digit, and the difference is explained by
    /// truncation instead of rounding, or by rounding of intermediates (printed inputs that were themselves
    /// rounded); <see cref="AuditFinding.Explanation"/> says which.
    /// </summary>
    Rounding = 1,

    /// <summary>The printed value does not follow from its printed inputs.</summary>
    Mismatch = 2,

    /// <summary>The figure cannot be recomputed: an input is not printed (or the figure itself is not a number).</summary>
    NotCheckable = 3,

    /// <summary>
    /// A plausibility note (docs/methods.md#plausibility): the figures compared are each printed consistently with
    /// their own inputs, but together they are implausible — rows copied from another table, shares that do not sum
    /// to 100 within rounding, a table of truncated figures in a report that rounds. Informational: never a
    /// mismatch, never part of <see cref="AuditSummary.Total"/> and never by itself a reason for exit code 1. Its
    /// rule id starts with <c>plausibility.</c> and its trace names both places it compares.
    /// </summary>
    Implausible = 4,
}
