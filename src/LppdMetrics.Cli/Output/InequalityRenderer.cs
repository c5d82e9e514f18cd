namespace LppdMetrics.Cli;

/// <summary>What <c>lppd inequality</c> computed.</summary>
/// <param name="File">The microdata file.</param>
/// <param name="Profile">Every measure, a measure undefined for the data with its reason.</param>
internal sealed record InequalityOutput(string File, InequalityProfile Profile);

/// <summary>The JSON of <c>lppd inequality</c>.</summary>
/// <param name="N">The number of observations.</param>
/// <param name="Population">The weighted population.</param>
/// <param name="Mean">The weighted mean income.</param>
/// <param name="Measures">Every measure by name (gini, theil, meanLogDeviation, atkinson(ε), s80s20, palma), null with a reason when undefined.</param>
internal sealed record InequalityJson(int N, double Population, double Mean, Dictionary<string, Figure> Measures);

/// <summary>Writes <see cref="InequalityOutput"/>.</summary>
internal sealed class InequalityRenderer : ResultRenderer<InequalityOutput, InequalityJson>
{
    /// <summary>The renderer.</summary>
    public static InequalityRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<InequalityJson> JsonType => CliJsonContext.Default.InequalityJson;

    /// <inheritdoc/>
    public override InequalityJson ToJson(InequalityOutput o) =>
        new(o.Profile.Count, o.Profile.Population ?? throw new InvalidOperationException("The weighted population exceeds a double."), o.Profile.Mean,
            o.Profile.Measures.ToDictionary(m => m.Name, m => Figure.Statistic(m.Value, m.Unavailable), StringComparer.Ordinal));

    /// <inheritdoc/>
    public override void WriteCsv(TextWriter output, InequalityOutput o)
    {
        CsvOutput.Row(output, "measure", "value", "reason");
        foreach (InequalityMeasure m in o.Profile.Measures)
            CsvOutput.Row(output, CsvOutput.Text(m.Name), CsvOutput.Number(m.Value), CsvOutput.Text(m.Value is null ? m.Unavailable : null));
    }

    /// <inheritdoc/>
    public override void WriteText(TextWriter output, InequalityOutput o)
    {
        InequalityProfile p = o.Profile;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Inequality in {EchoText.Escape(o.File)} (n = {p.Count}, weighted population {(p.Population ?? throw new InvalidOperationException("The weighted population exceeds a double.")):N2}, mean {p.Mean:N2})"));
        foreach (InequalityMeasure m in p.Measures)
            output.WriteLine(m.Value is double v
                ? string.Create(CultureInfo.InvariantCulture, $"  {m.Name,-18} {v,12:0.000000}")
                : $"  {m.Name,-18} unavailable: {m.Unavailable}");
    }
}
