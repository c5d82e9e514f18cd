namespace LppdMetrics.Cli;

/// <summary>The JSON of <c>lppd efficiency</c>.</summary>
/// <param name="Efficiency">The tingkat efisiensi, rounded at its printed decimals; null with a reason when missing.</param>
/// <param name="Achievement">The capaian (%) as given, or null for a missing-value word.</param>
/// <param name="BudgetRealization">The budget realisation (%) as given, or null for a missing-value word.</param>
/// <param name="Trace">The calculation trace.</param>
internal sealed record EfficiencyJson(Figure Efficiency, [property: JsonPropertyName("capaian")] decimal? Achievement, decimal? BudgetRealization, CalculationTrace Trace);

/// <summary>Writes the <see cref="EfficiencyResult"/> of <c>lppd efficiency</c>.</summary>
internal sealed class EfficiencyRenderer : ResultRenderer<EfficiencyResult, EfficiencyJson>
{
    /// <summary>The renderer.</summary>
    public static EfficiencyRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<EfficiencyJson> JsonType => CliJsonContext.Default.EfficiencyJson;

    /// <inheritdoc/>
    public override EfficiencyJson ToJson(EfficiencyResult r) =>
        new(Figure.Of(r.Outcome), r.AchievementPercent, r.BudgetRealizationPercent, r.Trace);

    /// <inheritdoc/>
    public override void WriteText(TextWriter output, EfficiencyResult r) =>
        output.WriteLine(r.Value is { } v
            ? $"efficiency {v.ToString(CultureInfo.InvariantCulture)}; unrounded {r.Unrounded!.Value.ToString(CultureInfo.InvariantCulture)}"
            : "efficiency undefined: " + r.UndefinedReason);
}
