namespace LppdMetrics.Numbers;

/// <summary>
/// A comparison or approximation sign printed in front of a number in an LPPD report ("±167 meter",
/// "&lt;5 liter/detik"). The number itself is still the printed value; the qualifier says how to read it.
/// </summary>
public enum NumberQualifier
{
    /// <summary>No sign: the printed value is the value (the usual case).</summary>
    None = 0,

    /// <summary>"±" (also "+/-" and LaTeX <c>\pm</c>): approximately, "kurang lebih" ("±167" meter, line 206).</summary>
    Approximately = 1,

    /// <summary>"&lt;": less than ("&lt;5 liter/detik", line 228).</summary>
    LessThan = 2,

    /// <summary>"≤" (also "&lt;=" and LaTeX <c>\leq</c>): at most.</summary>
    LessThanOrEqual = 3,

    /// <summary>"&gt;": more than ("lebih besar dari").</summary>
    GreaterThan = 4,

    /// <summary>"≥" (also "&gt;=" and LaTeX <c>\geq</c>): at least.</summary>
    GreaterThanOrEqual = 5,
}
