namespace LppdMetrics.Cli;

/// <summary>What <c>lppd explain</c> found.</summary>
/// <param name="Finding">The figure's finding, with its trace.</param>
/// <param name="Report">The report's name as shown.</param>
internal sealed record ExplainOutput(AuditFinding Finding, string Report);

/// <summary>Writes <see cref="ExplainOutput"/>: JSON is the figure's audit finding with its trace (the shape of one <c>audit</c> finding).</summary>
internal sealed class ExplainRenderer : ResultRenderer<ExplainOutput, AuditFindingJson>
{
    /// <summary>The renderer.</summary>
    public static ExplainRenderer Instance { get; } = new();

    /// <inheritdoc/>
    protected override JsonTypeInfo<AuditFindingJson> JsonType => CliJsonContext.Default.AuditFindingJson;

    /// <inheritdoc/>
    public override AuditFindingJson ToJson(ExplainOutput o) => AuditFindingJson.Of(o.Finding, withTrace: true);

    /// <inheritdoc/>
    public override void WriteText(TextWriter output, ExplainOutput o)
    {
        var ci = CultureInfo.InvariantCulture;
        AuditFinding f = o.Finding;
        output.WriteLine($"{f.Id}: {f.Label}");
        output.WriteLine($"  in        {f.Section} ({o.Report}{(f.Source is { } s ? ", line " + s.ToString(ci) : "")})");
        output.WriteLine($"  status    {(f.Status == FindingStatus.Mismatch ? "MISMATCH" : EnumOption.Name(f.Status))}");
        output.WriteLine($"  reported  {f.ReportedText ?? f.Reported?.ToString(ci) ?? "-"}   ({f.Decimals.ToString(ci)} decimals printed)");
        output.WriteLine($"  recomputed {f.RecomputedText ?? Number(f.Recomputed, f.Decimals, signed: false)}   (unrounded {f.Unrounded?.ToString(ci) ?? "-"})");
        output.WriteLine($"  Δ         {Number(f.Difference, f.Decimals, signed: true)}");
        if (f.Explanation is not null)
            output.WriteLine($"  why       {f.Explanation}");
        foreach (string note in f.Notes)
            output.WriteLine($"  info      {note}");
        output.WriteLine();
        output.WriteLine(f.Trace?.ToText() ?? "(no calculation: the figure could not be recomputed)");
    }

    private static string Number(decimal? value, int decimals, bool signed)
    {
        if (value is not { } v) return "-";
        string text = v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return signed && v > 0 ? "+" + text : text;
    }
}
