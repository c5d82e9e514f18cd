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
}
