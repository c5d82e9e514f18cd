namespace LppdMetrics.Inequality;

/// <summary>One measure of an <see cref="InequalityProfile"/>: its value, or why it cannot be computed.</summary>
/// <param name="Name">A stable camelCase name: <c>gini</c>, <c>theil</c>, <c>meanLogDeviation</c>, <c>atkinson(0.5)</c>, <c>s80s20</c>, <c>palma</c>.</param>
/// <param name="Value">The value, or null when undefined for these data.</param>
/// <param name="Unavailable">Why the value is null (e.g. a zero income under a logarithm); null when there is a value.</param>
public sealed record InequalityMeasure(string Name, double? Value, string? Unavailable);
