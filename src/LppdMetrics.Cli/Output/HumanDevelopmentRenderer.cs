namespace LppdMetrics.Cli;

/// <summary>The JSON of <c>lppd ipm</c>.</summary>
/// <param name="Index">The IPM, rounded at the method's printed decimals.</param>
/// <param name="Category">The BPS category in Indonesian (Rendah, Sedang, Tinggi, Sangat Tinggi) of the printed value.</param>
/// <param name="Method">The goalposts (the method's name).</param>
/// <param name="HealthIndex">I_kesehatan (0–1).</param>
/// <param name="EducationIndex">I_pendidikan (0–1).</param>
/// <param name="ExpenditureIndex">I_pengeluaran (0–1).</param>
/// <param name="Trace">The calculation trace (its notes say when a component was capped).</param>
internal sealed record HumanDevelopmentJson([property: JsonPropertyName("ipm")] Figure Index, string Category, string Method, Figure HealthIndex, Figure EducationIndex, Figure ExpenditureIndex,
    CalculationTrace Trace);

/// <summary>Writes the IPM of <c>lppd ipm</c>.</summary>
internal sealed class HumanDevelopmentRenderer : ResultRenderer<HumanDevelopmentResult, HumanDevelopmentJson>
{
    /// <summary>The renderer.</summary>
    public static HumanDevelopmentRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<HumanDevelopmentJson> JsonType => CliJsonContext.Default.HumanDevelopmentJson;

    /// <inheritdoc/>
    public override HumanDevelopmentJson ToJson(HumanDevelopmentResult r) => new(
        Figure.Of(r.Outcome),
        HumanDevelopmentIndex.IndonesianName(r.Category),
        r.Method.Name,
        Figure.Statistic(r.HealthIndex), Figure.Statistic(r.EducationIndex), Figure.Statistic(r.ExpenditureIndex),
        r.Trace);

    /// <inheritdoc/>
    public override void WriteText(TextWriter output, HumanDevelopmentResult r)
    {
        var ci = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(ci, $"IPM {r.Value} ({HumanDevelopmentIndex.IndonesianName(r.Category)}), {r.Method.Name}"));
        output.WriteLine(string.Create(ci, $"  health index (I_kesehatan)         {r.HealthIndex:F4}"));
        output.WriteLine(string.Create(ci, $"  education index (I_pendidikan)     {r.EducationIndex:F4}"));
        output.WriteLine(string.Create(ci, $"  expenditure index (I_pengeluaran)  {r.ExpenditureIndex:F4}"));
        foreach (string note in r.Trace.Notes)
            output.WriteLine("  note: " + note);
    }
}

/// <summary>The JSON of <c>lppd ipm --female --male</c>.</summary>
/// <param name="Ipg">The IPG (female / male × 100).</param>
/// <param name="FemaleIndex">The IPM of women as given.</param>
/// <param name="MaleIndex">The IPM of men as given.</param>
/// <param name="Trace">The calculation trace.</param>
internal sealed record GenderDevelopmentJson(Figure Ipg, [property: JsonPropertyName("femaleIpm")] decimal FemaleIndex, [property: JsonPropertyName("maleIpm")] decimal MaleIndex, CalculationTrace Trace);

/// <summary>Writes the IPG of <c>lppd ipm --female --male</c>.</summary>
internal sealed class GenderDevelopmentRenderer : ResultRenderer<GenderDevelopmentResult, GenderDevelopmentJson>
{
    /// <summary>The renderer.</summary>
    public static GenderDevelopmentRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<GenderDevelopmentJson> JsonType => CliJsonContext.Default.GenderDevelopmentJson;

    /// <inheritdoc/>
    public override GenderDevelopmentJson ToJson(GenderDevelopmentResult r) =>
        new(Figure.Of(r.Outcome), r.FemaleIndex, r.MaleIndex, r.Trace);

    /// <inheritdoc/>
    public override void WriteText(TextWriter output, GenderDevelopmentResult r) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"IPG {r.Value}"));
}
