namespace LppdMetrics.Cli;

/// <summary>What <c>lppd grouped</c> computed.</summary>
/// <param name="Groups">The number of groups read.</param>
/// <param name="Model">The model of the Gini: trapezoid, gq, beta, or none when no model fits.</param>
/// <param name="Gini">The Gini, or null when no model fits.</param>
/// <param name="PovertyModel">The model of P0, P1, P2 (with <c>--line</c>), or null without a line.</param>
/// <param name="Poverty">P0, P1, P2, or null when not asked for or no model fits.</param>
/// <param name="Checks">The validity checks of the fitted curve (none for the trapezoid rule).</param>
/// <param name="Notes">Why a figure is missing, and other remarks.</param>
internal sealed record GroupedOutput(int Groups, string Model, double? Gini, string? PovertyModel, LorenzPoverty? Poverty,
    IReadOnlyList<LorenzCheck> Checks, IReadOnlyList<string> Notes);

/// <summary>One check of a fitted Lorenz curve in JSON.</summary>
/// <param name="Name">The check (e.g. gq.c-nonnegative).</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Detail">What was checked, with the numbers.</param>
internal sealed record LorenzCheckJson(string Name, bool Passed, string Detail);

/// <summary>The JSON of <c>lppd grouped</c>.</summary>
/// <param name="Model">The model of the Gini.</param>
/// <param name="Gini">The Gini.</param>
/// <param name="PovertyModel">The model of the poverty figures; absent without <c>--line</c>.</param>
/// <param name="P0">Headcount ratio; absent without <c>--line</c>.</param>
/// <param name="P1">Poverty gap; absent without <c>--line</c>.</param>
/// <param name="P2">Squared poverty gap; absent without <c>--line</c>.</param>
/// <param name="Checks">The checks of the fitted curve.</param>
/// <param name="Notes">Remarks.</param>
internal sealed record GroupedJson(
    string Model,
    Figure Gini,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PovertyModel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Figure? P0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Figure? P1,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Figure? P2,
    IReadOnlyList<LorenzCheckJson> Checks,
    IReadOnlyList<string> Notes);

/// <summary>Writes <see cref="GroupedOutput"/>.</summary>
internal sealed class GroupedRenderer : ResultRenderer<GroupedOutput, GroupedJson>
{
    /// <summary>The renderer.</summary>
    public static GroupedRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<GroupedJson> JsonType => CliJsonContext.Default.GroupedJson;

    /// <inheritdoc/>
    public override GroupedJson ToJson(GroupedOutput o)
    {
        string reason = string.Join(" ", o.Notes);
        bool poverty = o.PovertyModel is not null;
        return new(o.Model, Figure.Statistic(o.Gini, reason), o.PovertyModel,
            poverty ? Figure.Statistic(o.Poverty?.Headcount, reason) : null,
            poverty ? Figure.Statistic(o.Poverty?.PovertyGap, reason) : null,
            poverty ? Figure.Statistic(o.Poverty?.SquaredPovertyGap, reason) : null,
            [.. o.Checks.Select(c => new LorenzCheckJson(c.Name, c.Passed, c.Detail))], o.Notes);
    }

    /// <inheritdoc/>
    public override void WriteText(TextWriter output, GroupedOutput o)
    {
        if (o.Model == "trapezoid")
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Model: trapezoid (BPS), {o.Groups} groups\nGini: {o.Gini:F6}"));
            return;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Groups: {o.Groups}"));
        output.WriteLine($"Gini: {Show(o.Gini)} (model: {o.Model})");
        if (o.PovertyModel is not null)
        {
            output.WriteLine($"P0 (headcount): {Show(o.Poverty?.Headcount)} (model: {o.PovertyModel})");
            output.WriteLine($"P1 (poverty gap): {Show(o.Poverty?.PovertyGap)}");
            output.WriteLine($"P2 (squared poverty gap): {Show(o.Poverty?.SquaredPovertyGap)}");
        }
        output.WriteLine("Checks:");
        foreach (LorenzCheck check in o.Checks)
            output.WriteLine($"  {(check.Passed ? "ok  " : "FAIL")} {check.Name}: {check.Detail}");
        foreach (string note in o.Notes)
            output.WriteLine("Note: " + note);
    }

    private static string Show(double? value) => value is double v ? v.ToString("F6", CultureInfo.InvariantCulture) : "not computed";
}
