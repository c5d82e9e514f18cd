namespace LppdMetrics.Cli;

/// <summary>What <c>lppd poverty</c> computed: the FGT indices, Watts (null with its reason) and the decomposition by group.</summary>
/// <param name="File">The microdata file.</param>
/// <param name="Result">P0, P1, P2 of the whole file.</param>
/// <param name="Watts">The Watts index, or null when undefined.</param>
/// <param name="WattsReason">Why Watts is undefined, or null.</param>
/// <param name="Decomposition">The decomposition by <c>--by</c>, or null.</param>
internal sealed record PovertyOutput(string File, FgtResult Result, double? Watts, string? WattsReason, FgtDecomposition? Decomposition);

/// <summary>The JSON of <c>lppd poverty</c>.</summary>
/// <param name="Population">Weighted population.</param>
/// <param name="PoorPopulation">Weighted poor population.</param>
/// <param name="P0">Headcount ratio (fraction).</param>
/// <param name="P1">Poverty gap index (fraction).</param>
/// <param name="P2">Poverty severity index (fraction).</param>
/// <param name="Watts">Watts index (null with a reason when a poor household has zero consumption).</param>
/// <param name="Groups">The decomposition with <c>--by</c>; absent otherwise.</param>
internal sealed record PovertyJson(double Population, double PoorPopulation, Figure P0, Figure P1, Figure P2, Figure Watts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PovertyGroupJson>? Groups);

/// <summary>One group of the decomposition.</summary>
/// <param name="Group">The group's value in the <c>--by</c> column.</param>
/// <param name="Population">Weighted population of the group.</param>
/// <param name="PopulationShare">Its share of the total population.</param>
/// <param name="P0">Headcount ratio in the group.</param>
/// <param name="P1">Poverty gap in the group.</param>
/// <param name="P2">Severity in the group.</param>
/// <param name="ContributionP0">Its share of the total P0.</param>
/// <param name="ContributionP1">Its share of the total P1.</param>
/// <param name="ContributionP2">Its share of the total P2.</param>
internal sealed record PovertyGroupJson(string Group, double Population, double PopulationShare, Figure P0, Figure P1, Figure P2,
    double ContributionP0, double ContributionP1, double ContributionP2);

/// <summary>Writes <see cref="PovertyOutput"/>.</summary>
internal sealed class PovertyRenderer : ResultRenderer<PovertyOutput, PovertyJson>
{
    /// <summary>The renderer.</summary>
    public static PovertyRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<PovertyJson> JsonType => CliJsonContext.Default.PovertyJson;

    /// <inheritdoc/>
    public override PovertyJson ToJson(PovertyOutput o) => new(
        o.Result.Population, o.Result.PoorPopulation,
        Figure.Statistic(o.Result.P0), Figure.Statistic(o.Result.P1), Figure.Statistic(o.Result.P2),
        Figure.Statistic(o.Watts, o.WattsReason),
        o.Decomposition?.Groups.Select(g => new PovertyGroupJson(g.Group, g.Result.Population, g.PopulationShare,
            Figure.Statistic(g.Result.P0), Figure.Statistic(g.Result.P1), Figure.Statistic(g.Result.P2),
            g.ContributionP0, g.ContributionP1, g.ContributionP2)).ToList());

    /// <inheritdoc/>
    public override void WriteCsv(TextWriter output, PovertyOutput o)
    {
        FgtResult r = o.Result;
        if (o.Decomposition is not { } d)
        {
            CsvOutput.Row(output, "population", "poorPopulation", "p0", "p1", "p2", "watts");
            CsvOutput.Row(output, CsvOutput.Number(r.Population), CsvOutput.Number(r.PoorPopulation), CsvOutput.Number(r.P0),
                CsvOutput.Number(r.P1), CsvOutput.Number(r.P2), CsvOutput.Number(o.Watts));
            return;
        }
        CsvOutput.Row(output, "group", "population", "populationShare", "p0", "p1", "p2", "contributionP0", "contributionP1", "contributionP2");
        foreach (FgtGroup g in d.Groups)
            CsvOutput.Row(output, CsvOutput.Text(g.Group), CsvOutput.Number(g.Result.Population), CsvOutput.Number(g.PopulationShare),
                CsvOutput.Number(g.Result.P0), CsvOutput.Number(g.Result.P1), CsvOutput.Number(g.Result.P2),
                CsvOutput.Number(g.ContributionP0), CsvOutput.Number(g.ContributionP1), CsvOutput.Number(g.ContributionP2));
        CsvOutput.Row(output, "(total)", CsvOutput.Number(r.Population), "1", CsvOutput.Number(r.P0), CsvOutput.Number(r.P1), CsvOutput.Number(r.P2), "1", "1", "1");
    }

    /// <inheritdoc/>
    public override void WriteText(TextWriter output, PovertyOutput o)
    {
        FgtResult r = o.Result;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Poverty in {EchoText.Escape(o.File)} at the line z = {r.PovertyLine:R} (poor when consumption < z)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  population (weighted)   {r.Population,18:N2}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  poor (weighted)         {r.PoorPopulation,18:N2}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  P0 headcount ratio      {r.P0,18:0.000000}   ({r.P0 * 100:0.00} %)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  P1 poverty gap          {r.P1,18:0.000000}   (×100: {r.P1 * 100:0.00})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  P2 severity             {r.P2,18:0.000000}   (×100: {r.P2 * 100:0.00})"));
        output.WriteLine(o.Watts is double value
            ? string.Create(CultureInfo.InvariantCulture, $"  Watts                   {value,18:0.000000}")
            : "  Watts                   unavailable: " + o.WattsReason);
        if (o.Decomposition is not { } d)
            return;
        output.WriteLine();
        output.WriteLine("  group                 population   share        P0        P1        P2   contrib P0  contrib P1  contrib P2");
        foreach (FgtGroup g in d.Groups)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {EchoText.Escape(g.Group),-18} {g.Result.Population,14:N0} {g.PopulationShare,7:0.0000} {g.Result.P0,9:0.000000} {g.Result.P1,9:0.000000} {g.Result.P2,9:0.000000}   {g.ContributionP0,9:0.0000}   {g.ContributionP1,9:0.0000}   {g.ContributionP2,9:0.0000}"));
    }
}
