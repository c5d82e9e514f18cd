namespace LppdMetrics.Tracing;

/// <summary>One intermediate value of a calculation: what was computed, how, and the result.</summary>
/// <param name="Name">The name of the intermediate ("2T − R", "I_Pendidikan").</param>
/// <param name="Expression">The expression with the numbers substituted ("(2 × 8.19 − 8.16) / 8.19 × 100").</param>
/// <param name="Value">The value at full precision (before any rounding for print).</param>
public sealed record TraceStep(string Name, string Expression, decimal Value);
