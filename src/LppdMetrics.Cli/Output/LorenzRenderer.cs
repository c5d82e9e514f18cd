namespace LppdMetrics.Cli;

/// <summary>What <c>lppd lorenz</c> computed.</summary>
/// <param name="File">The microdata file.</param>
/// <param name="Gini">The Gini ratio.</param>
/// <param name="Curve">The points of the curve.</param>
internal sealed record LorenzOutput(string File, double Gini, IReadOnlyList<LorenzPoint> Curve);

/// <summary>One point of the curve in JSON.</summary>
/// <param name="PopulationShare">Cumulative population share (0–1).</param>
/// <param name="IncomeShare">Cumulative income share (0–1).</param>
internal sealed record LorenzPointJson(double PopulationShare, double IncomeShare);

/// <summary>The JSON of <c>lppd lorenz</c>.</summary>
/// <param name="Gini">The Gini ratio.</param>
/// <param name="Points">The curve.</param>
internal sealed record LorenzJson(Figure Gini, IReadOnlyList<LorenzPointJson> Points);

/// <summary>Writes <see cref="LorenzOutput"/>.</summary>
internal sealed class LorenzRenderer : ResultRenderer<LorenzOutput, LorenzJson>
{
    /// <summary>The renderer.</summary>
    public static LorenzRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<LorenzJson> JsonType => CliJsonContext.Default.LorenzJson;

    /// <inheritdoc/>
    public override LorenzJson ToJson(LorenzOutput o) =>
        new(Figure.Statistic(o.Gini), [.. o.Curve.Select(p => new LorenzPointJson(p.PopulationShare, p.IncomeShare))]);

    /// <inheritdoc/>
    public override void WriteCsv(TextWriter output, LorenzOutput o)
    {
        CsvOutput.Row(output, "populationShare", "incomeShare");
        foreach (LorenzPoint p in o.Curve)
            CsvOutput.Row(output, CsvOutput.Number(p.PopulationShare), CsvOutput.Number(p.IncomeShare));
    }

    /// <inheritdoc/>
    public override void WriteText(TextWriter output, LorenzOutput o)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lorenz curve of {EchoText.Escape(o.File)} (Gini {o.Gini:0.000000})"));
        output.WriteLine("  population share   income share");
        foreach (LorenzPoint p in o.Curve)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.PopulationShare,16:0.000000}   {p.IncomeShare,12:0.000000}"));
    }
}
