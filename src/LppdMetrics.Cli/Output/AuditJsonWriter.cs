namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd audit --format json</c>: <c>{"findings": [...], "summary": {...}}</c>, each finding an
/// <see cref="AuditFindingJson"/> serialised through <see cref="CliJsonContext"/>, streamed (flushed every 256
/// findings) so that the whole document is never held in memory. Language-neutral.
/// </summary>
internal static class AuditJsonWriter
{
    /// <summary>Writes the findings and the summary onto <paramref name="stream"/>, then a newline.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="findings">The findings to list.</param>
    /// <param name="summary">The summary of all findings.</param>
    public static void Write(Stream stream, IEnumerable<AuditFinding> findings, AuditSummary summary)
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
        w.WriteEndObject();
        w.Flush();
        stream.Write("\n"u8);
        stream.Flush();
    }
}
