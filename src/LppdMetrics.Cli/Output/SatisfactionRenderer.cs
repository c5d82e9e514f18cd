namespace LppdMetrics.Cli;

/// <summary>What <c>lppd ikm</c> computed.</summary>
/// <param name="File">The survey file.</param>
/// <param name="Pooled">The IKM over all respondents.</param>
/// <param name="Units">Each unit's IKM (with <c>--unit</c>).</param>
/// <param name="Mean">The mean of the unit indices (with <c>--unit</c>), or null.</param>
internal sealed record SatisfactionOutput(string File, SatisfactionResult Pooled, IReadOnlyList<(string Name, SatisfactionResult Result)> Units, SatisfactionMeanOfUnitsResult? Mean);

/// <summary>One element U1…U9 in JSON.</summary>
/// <param name="Element">U1…U9.</param>
/// <param name="MeanScore">Nilai rata-rata (mean answer, 1–4), rounded at 4 decimals.</param>
/// <param name="Answered">Respondents who answered.</param>
/// <param name="Unanswered">Respondents who did not.</param>
internal sealed record SatisfactionElementJson(string Element, [property: JsonPropertyName("nrr")] Figure MeanScore, long Answered, long Unanswered);

/// <summary>The IKM of the respondents, or of one unit, in JSON.</summary>
/// <param name="Unit">The unit's name; absent for the pooled index.</param>
/// <param name="Respondents">The respondents.</param>
/// <param name="Elements">The elements.</param>
/// <param name="Index">IKM (1–4), rounded at 4 decimals.</param>
/// <param name="Converted">IKM × 25 (25–100), rounded at 2 decimals.</param>
/// <param name="Quality">Mutu pelayanan (A–D).</param>
/// <param name="Performance">Kinerja unit pelayanan (Sangat Baik … Tidak Baik).</param>
internal sealed record SatisfactionResultJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unit,
    long Respondents, IReadOnlyList<SatisfactionElementJson> Elements, [property: JsonPropertyName("ikm")] Figure Index, Figure Converted, string Quality, string Performance);

/// <summary>The mean of the unit indices in JSON.</summary>
/// <param name="Units">The number of units.</param>
/// <param name="Index">Mean IKM, rounded at 4 decimals.</param>
/// <param name="Converted">× 25, rounded at 2 decimals.</param>
/// <param name="Quality">Mutu pelayanan.</param>
/// <param name="Performance">Kinerja unit pelayanan.</param>
internal sealed record SatisfactionMeanJson(int Units, [property: JsonPropertyName("ikm")] Figure Index, Figure Converted, string Quality, string Performance);

/// <summary>The JSON of <c>lppd ikm</c>: the pooled index's fields, and with <c>--unit</c> the units and their mean.</summary>
/// <param name="Respondents">The respondents.</param>
/// <param name="Elements">The elements.</param>
/// <param name="Index">IKM (1–4).</param>
/// <param name="Converted">IKM × 25.</param>
/// <param name="Quality">Mutu pelayanan.</param>
/// <param name="Performance">Kinerja unit pelayanan.</param>
/// <param name="Units">Each unit; absent without <c>--unit</c>.</param>
/// <param name="MeanOfUnitIndices">The mean of the unit indices; absent without <c>--unit</c>.</param>
internal sealed record SatisfactionJson(long Respondents, IReadOnlyList<SatisfactionElementJson> Elements, [property: JsonPropertyName("ikm")] Figure Index, Figure Converted, string Quality, string Performance,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SatisfactionResultJson>? Units,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SatisfactionMeanJson? MeanOfUnitIndices);

/// <summary>Writes <see cref="SatisfactionOutput"/>: IKM at 4 decimals, the converted IKM at 2, NRR at 4.</summary>
internal sealed class SatisfactionRenderer : ResultRenderer<SatisfactionOutput, SatisfactionJson>
{
    /// <summary>Printed decimals of the IKM and of each NRR.</summary>
    public const int IndexDecimals = 4;

    /// <summary>Printed decimals of the converted IKM.</summary>
    public const int ConvertedDecimals = 2;

    /// <summary>The renderer.</summary>
    public static SatisfactionRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<SatisfactionJson> JsonType => CliJsonContext.Default.SatisfactionJson;

    /// <inheritdoc/>
    public override SatisfactionJson ToJson(SatisfactionOutput o)
    {
        SatisfactionResultJson pooled = Result(null, o.Pooled);
        return new(pooled.Respondents, pooled.Elements, pooled.Index, pooled.Converted, pooled.Quality, pooled.Performance,
            o.Mean is null ? null : [.. o.Units.Select(u => Result(u.Name, u.Result))],
            o.Mean is { } m ? new SatisfactionMeanJson(m.Units.Count, Index(m.Index), Converted(m.Converted), m.Quality, m.Performance) : null);
    }

    /// <inheritdoc/>
    public override void WriteText(TextWriter o, SatisfactionOutput r)
    {
        var ci = CultureInfo.InvariantCulture;
        SatisfactionResult pooled = r.Pooled;
        o.WriteLine(string.Create(ci, $"IKM (PermenPANRB 14/2017) of {EchoText.Escape(r.File)}: {pooled.Respondents} respondents{(r.Mean is null ? "" : ", pooled over respondents")}"));
        o.WriteLine("element  answered  unanswered     NRR");
        foreach (SatisfactionElementResult e in pooled.Elements)
            o.WriteLine(string.Create(ci, $"{e.Element,-7}  {e.Answered,8}  {e.Unanswered,10}  {ReportRounding.Round(e.MeanScore, IndexDecimals),6:0.0000}"));
        o.WriteLine(string.Create(ci, $"IKM {ReportRounding.Round(pooled.Index, IndexDecimals):0.0000}  converted {ReportRounding.Round(pooled.Converted, ConvertedDecimals):0.00}  quality {pooled.Quality} ({pooled.Performance})"));
        if (r.Mean is not { } mean) return;
        o.WriteLine();
        o.WriteLine("unit                            respondents     IKM  converted  quality");
        foreach (var (name, u) in r.Units)
            o.WriteLine(string.Create(ci, $"{EchoText.Escape(name),-30}  {u.Respondents,11}  {ReportRounding.Round(u.Index, IndexDecimals),6:0.0000}  {ReportRounding.Round(u.Converted, ConvertedDecimals),9:0.00}  {u.Quality} ({u.Performance})"));
        o.WriteLine(string.Create(ci, $"mean of {mean.Units.Count} unit indices: IKM {ReportRounding.Round(mean.Index, IndexDecimals):0.0000}  converted {ReportRounding.Round(mean.Converted, ConvertedDecimals):0.00}  quality {mean.Quality} ({mean.Performance})"));
    }

    private static SatisfactionResultJson Result(string? unit, SatisfactionResult r) => new(unit, r.Respondents,
        [.. r.Elements.Select(e => new SatisfactionElementJson(e.Element, Index(e.MeanScore), e.Answered, e.Unanswered))],
        Index(r.Index), Converted(r.Converted), r.Quality, r.Performance);

    private static Figure Index(decimal value) => Figure.Rounded(ReportRounding.Round(value, IndexDecimals), value, IndexDecimals);

    private static Figure Converted(decimal value) => Figure.Rounded(ReportRounding.Round(value, ConvertedDecimals), value, ConvertedDecimals);
}
