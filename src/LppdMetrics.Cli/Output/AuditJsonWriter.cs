namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd audit --format json</c>: <c>{"findings": [...], "summary": {...}, "conventions": {"capaianCap": null}}</c>, each finding an
/// <see cref="AuditFindingJson"/> serialised through <see cref="CliJsonContext"/>, streamed (flushed every 256
/// findings) so that the whole document is never held in memory. Language-neutral.
/// </summary>
internal static class AuditJsonWriter
{
    /// <summary>Writes the findings, the summary and the conventions onto <paramref name="stream"/>, then a newline.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="findings">The findings to list.</param>
    /// <param name="summary">The summary of all findings.</param>
    /// <param name="conventions">The conventions the audit ran under (<c>capaianCap</c>: the stated cap in %, or null for none).</param>
    public static void Write(Stream stream, IEnumerable<AuditFinding> findings, AuditSummary summary, AuditOptions conventions)
    {
        using var w = new Utf8JsonWriter(stream, JsonOutput.WriterOptions);
        int written = 0;
        w.WriteStartObject();
        w.WriteStartArray("findings");
        foreach (AuditFinding f in findings)
        {
            JsonSerializer.Serialize(w, AuditFindingJson.Of(f, withTrace: f.Status is FindingStatus.Mismatch or FindingStatus.Implausible), CliJsonContext.Default.AuditFindingJson);
            if (++written % 256 == 0) w.Flush();
        }
        w.WriteEndArray();
        w.WritePropertyName("summary");
        JsonSerializer.Serialize(w, AuditSummaryJson.Of(summary), CliJsonContext.Default.AuditSummaryJson);
        w.WriteStartObject("conventions");
        if (conventions.CapaianCap is { } cap) w.WriteNumber("capaianCap", cap);
        else w.WriteNull("capaianCap");
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
        stream.Write("\n"u8);
        stream.Flush();
    }
}
