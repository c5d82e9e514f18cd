namespace LppdMetrics.Cli;

/// <summary>What <c>lppd spm</c> computed.</summary>
/// <param name="File">The SPM file.</param>
/// <param name="Result">The urusan's index with its services and sub-urusan.</param>
/// <param name="Bands">Where the category bands come from (for the text).</param>
internal sealed record SpmOutput(string File, SpmAffairResult Result, string Bands);

/// <summary>One service in JSON.</summary>
/// <param name="Name">The service.</param>
/// <param name="SubAffair">Its sub-urusan; absent when the urusan has none.</param>
/// <param name="Index">0,8 × recipients + 0,2 × quality.</param>
/// <param name="Recipients">Capaian of the recipients (A).</param>
/// <param name="Quality">Capaian of the quality items (B).</param>
internal sealed record SpmServiceJson(string Name, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] [property: JsonPropertyName("subUrusan")] string? SubAffair,
    Figure Index, Figure Recipients, Figure Quality);

/// <summary>One sub-urusan in JSON.</summary>
/// <param name="Name">The sub-urusan.</param>
/// <param name="Index">The mean of its services' indices.</param>
/// <param name="Category">Its category.</param>
internal sealed record SpmSubAffairJson(string Name, Figure Index, string Category);

/// <summary>The JSON of <c>lppd spm</c>.</summary>
/// <param name="Affair">The urusan.</param>
/// <param name="Index">The urusan's index (the mean of all services).</param>
/// <param name="Category">Its category.</param>
/// <param name="CategoryVerified">Whether the category band is verified against the regulation.</param>
/// <param name="Services">The services.</param>
/// <param name="SubAffair">The sub-urusan.</param>
internal sealed record SpmJson([property: JsonPropertyName("urusan")] string Affair, Figure Index, string Category, bool CategoryVerified, IReadOnlyList<SpmServiceJson> Services, [property: JsonPropertyName("subUrusan")] IReadOnlyList<SpmSubAffairJson> SubAffair);

/// <summary>Writes <see cref="SpmOutput"/>: every index rounded at <see cref="SpmIndex.PrintedDecimals"/>.</summary>
internal sealed class SpmRenderer : ResultRenderer<SpmOutput, SpmJson>
{
    /// <summary>The renderer.</summary>
    public static SpmRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<SpmJson> JsonType => CliJsonContext.Default.SpmJson;

    /// <inheritdoc/>
    public override SpmJson ToJson(SpmOutput o)
    {
        SpmAffairResult r = o.Result;
        return new(r.Name, Of(r.Rounded, r.Index), r.Category.Label, r.Category.Verified,
            [.. r.Services.Select(s => new SpmServiceJson(s.Name, s.SubAffair, Of(s.Rounded, s.Index),
                Of(s.Recipients.Rounded, s.Recipients.Achievement), Of(s.Quality.Rounded, s.Quality.Achievement)))],
            [.. r.SubAffair.Select(sub => new SpmSubAffairJson(sub.Name, Of(sub.Rounded, sub.Index), sub.Category.Label))]);
    }

    /// <inheritdoc/>
    public override void WriteText(TextWriter o, SpmOutput output)
    {
        var ci = CultureInfo.InvariantCulture;
        SpmAffairResult r = output.Result;
        o.WriteLine(string.Create(ci, $"SPM index (Permendagri 59/2021) of {EchoText.Escape(r.Name)} ({EchoText.Escape(output.File)})"));
        o.WriteLine("  #  service                                                  A recipients  B quality   index");
        for (int i = 0; i < r.Services.Count; i++)
        {
            SpmServiceResult s = r.Services[i];
            string name = EchoText.Escape((s.SubAffair is null ? "" : s.SubAffair + ": ") + s.Name);
            if (name.Length > 55) name = name[..54] + "…";
            o.WriteLine(string.Create(ci, $"{i + 1,3}  {name,-55}  {s.Recipients.Rounded,12:0.00}  {s.Quality.Rounded,9:0.00}  {s.Rounded,6:0.00}"));
        }
        foreach (SpmSubAffairResult sub in r.SubAffair)
            o.WriteLine(string.Create(ci, $"sub-urusan {EchoText.Escape(sub.Name)}: {sub.Rounded:0.00} ({sub.Category.Label})"));
        o.WriteLine(string.Create(ci, $"urusan index {r.Rounded:0.00}: {r.Category.Label} (category bands: {output.Bands})"));
        if (r.SubAffair.Count > 0)
            o.WriteLine("note: the urusan index is the mean of all service indices; the report prints only the sub-urusan indices.");
    }

    private static Figure Of(decimal rounded, decimal unrounded) => Figure.Rounded(rounded, unrounded, SpmIndex.PrintedDecimals);
}
