namespace LppdMetrics.Cli;

/// <summary>What <c>lppd gini</c> computed.</summary>
/// <param name="File">The microdata file.</param>
/// <param name="Gini">The Gini ratio.</param>
/// <param name="Population">The weighted population.</param>
/// <param name="Count">The number of observations.</param>
/// <param name="Correction">The small-sample correction, as given on the command line.</param>
internal sealed record GiniOutput(string File, double Gini, double Population, int Count, string Correction);

/// <summary>The JSON of <c>lppd gini</c>.</summary>
/// <param name="Gini">The Gini ratio (0–1).</param>
/// <param name="Population">The weighted population.</param>
/// <param name="N">The number of observations.</param>
/// <param name="Correction">The small-sample correction.</param>
internal sealed record GiniJson(Figure Gini, double Population, int N, string Correction);

/// <summary>Writes <see cref="GiniOutput"/>.</summary>
internal sealed class GiniRenderer : ResultRenderer<GiniOutput, GiniJson>
{
    /// <summary>The renderer.</summary>
    public static GiniRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<GiniJson> JsonType => CliJsonContext.Default.GiniJson;

    /// <inheritdoc/>
    public override GiniJson ToJson(GiniOutput o) => new(Figure.Statistic(o.Gini), o.Population, o.Count, o.Correction);

    /// <inheritdoc/>
    public override void WriteCsv(TextWriter output, GiniOutput o)
    {
        CsvOutput.Row(output, "gini", "population", "n");
        CsvOutput.Row(output, CsvOutput.Number(o.Gini), CsvOutput.Number(o.Population), o.Count.ToString(CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public override void WriteText(TextWriter output, GiniOutput o) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Gini ratio of {EchoText.Escape(o.File)}: {o.Gini:0.000000}  (n = {o.Count}, weighted population {o.Population:N2}; correction: {o.Correction})"));
}
