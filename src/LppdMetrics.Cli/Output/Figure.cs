namespace LppdMetrics.Cli;

/// <summary>
/// One figure in every command's JSON output (README.md, "JSON output"): <c>{"value", "unrounded", "decimals",
/// "reason"}</c>. <c>value</c> is the figure as printed: rounded half-up at <c>decimals</c> (report arithmetic), or
/// at full precision with <c>decimals</c> null (a statistic of microdata, where <c>value</c> equals
/// <c>unrounded</c>). A missing or undefined figure has <c>value</c> and <c>unrounded</c> null and says why in
/// <c>reason</c>, which is null otherwise. Maps one to one onto a traced value (value, unrounded, decimals, reason).
/// </summary>
/// <param name="Value">The printed value, or null when missing.</param>
/// <param name="Unrounded">The value before rounding, or null when missing.</param>
/// <param name="Decimals">The printed decimals; null when the value is not rounded.</param>
/// <param name="Reason">Why the figure is missing; null when it is present.</param>
internal sealed record Figure(JsonScalar Value, JsonScalar Unrounded, int? Decimals, string? Reason)
{
    /// <summary>A report figure rounded at <paramref name="decimals"/>, or missing with its reason.</summary>
    /// <param name="value">The rounded value, or null when missing.</param>
    /// <param name="unrounded">The value before rounding.</param>
    /// <param name="decimals">The printed decimals.</param>
    /// <param name="reason">Why it is missing (used only when <paramref name="value"/> is null).</param>
    /// <returns>The figure.</returns>
    public static Figure Rounded(decimal? value, decimal? unrounded, int decimals, string? reason = null) =>
        value is null ? Missing(reason, decimals) : new(value, unrounded, decimals, null);

    /// <summary>The figure of a library result's traced value: its value, unrounded value, decimals and reason.</summary>
    /// <param name="traced">The traced value (<see cref="LppdMetrics.Tracing.TracedValue"/>).</param>
    /// <returns>The figure.</returns>
    public static Figure Of(LppdMetrics.Tracing.TracedValue traced) =>
        Rounded(traced.Value, traced.Unrounded, traced.Decimals, traced.UndefinedReason);

    /// <summary>A statistic at full precision (not rounded), or missing with its reason.</summary>
    /// <param name="value">The value, or null when missing.</param>
    /// <param name="reason">Why it is missing (used only when <paramref name="value"/> is null).</param>
    /// <returns>The figure.</returns>
    public static Figure Statistic(double? value, string? reason = null) =>
        value is null ? Missing(reason, null) : new(value, value, null, null);

    private static Figure Missing(string? reason, int? decimals) =>
        new((decimal?)null, (decimal?)null, decimals, string.IsNullOrWhiteSpace(reason) ? "not computed." : reason);
}
