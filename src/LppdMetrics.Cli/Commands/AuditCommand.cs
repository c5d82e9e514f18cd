using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using LppdMetrics.Audit;
using LppdMetrics.Documents.Writing;
using LppdMetrics.Reports;

namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd audit [FILE] [--format text|json|html|xlsx|md|csv] [-o PATH] [--lang id|en] [--verbose] [--only STATUS]</c>:
/// recompute every printed figure of an LPPD report (default: the embedded Blitar 2024 report) and report the findings
/// (renderers in LppdMetrics.Documents.Writing; JSON streamed and language-neutral); <c>--export-default</c> writes the
/// embedded document. Exit 0 without mismatch, 1 with mismatches, 2 on invalid input.
/// </summary>
public static class AuditCommand
{
    /// <summary>The status names of the output, in <see cref="FindingStatus"/> order.</summary>
    internal static readonly string[] StatusNames = [.. AuditTexts.StatusCodes];

    private const string Html = "html", Xlsx = "xlsx", Markdown = "md";

    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "The report: a document (JSON, see --export-default) or a report as published (.txt, .md, .docx, .pdf), read by content; default: the embedded Kabupaten Blitar 2024 report.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = OutputFormat.Create(OutputFormat.Text, OutputFormat.Json, Html, Xlsx, Markdown, OutputFormat.Csv);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout (required for xlsx)." };
        var lang = new Option<string?>("--lang") { Description = "Language of the report: id (Bahasa Indonesia) or en; default: id when LC_ALL, LC_MESSAGES or LANG is id_*, else en. JSON is language-neutral." };
        lang.AcceptOnlyFromAmong([.. ReportLanguages.Codes]);
        var verbose = new Option<bool>("--verbose") { Description = "Text output: add each listed finding's calculation trace." };
        var only = new Option<string?>("--only") { Description = "List only the findings with this status: " + string.Join(", ", StatusNames) + " (text, json and csv; the summary still counts all)." };
        only.AcceptOnlyFromAmong(StatusNames);
        var export = new Option<bool>("--export-default") { Description = "Write the embedded Blitar 2024 report document (JSON) to stdout, to edit or extend." };
        var command = new Command("audit", "Recompute every printed figure of an LPPD report (default: the embedded Blitar 2024 report) and report the findings (text, JSON, HTML, XLSX, Markdown, CSV).");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(lang);
        command.Options.Add(verbose);
        command.Options.Add(only);
        command.Options.Add(export);
        command.SetAction(parseResult =>
        {
            string? path = parseResult.GetValue(file);
            if (parseResult.GetValue(export))
            {
                if (path is not null)
                    throw new InputException(null, null, null, "--export-default writes the embedded report and takes no FILE.");
                context.Out.Write(LppdReportJson.Blitar2024Json());
                return ExitCodes.Success;
            }
            string form = parseResult.GetValue(format) ?? OutputFormat.Text;
            string? target = parseResult.GetValue(output);
            if (form == Xlsx && target is null)
                throw new InputException(null, null, null, "--format xlsx writes a binary workbook: give the file with -o PATH.");
            using var progress = TerminalProgress.Start(context, "audit", "reading");
            var (report, name) = ReportInput.Load(path, progress);
            progress.Phase = "auditing";
            AuditResult result = path is null ? ReportAudit.Run(report) : ArgumentErrors.About(path, () => ReportAudit.Run(report));
            string? status = parseResult.GetValue(only);
            var shown = result.Findings.Where(f => status is null || StatusNames[(int)f.Status] == status).ToList();
            var language = parseResult.GetValue(lang) is { } code ? ReportLanguages.Parse(code) : ReportLanguages.FromEnvironment();
            var audit = new AuditReport(form == OutputFormat.Csv ? new AuditResult(shown, result.Summary) : result,
                report, name, DateTimeOffset.UtcNow, ToolVersion(), language);
            // Writing to stdout (maybe the same terminal): end the progress line first so that the two never mix.
            if (target is null)
            {
                progress.Dispose();
                context.CommitOutput(); // the document is read and audited: stream the result
            }
            else progress.Phase = "writing " + form;
            ReportOutput.Write(context, target, form == OutputFormat.Csv, form switch
            {
                OutputFormat.Json => stream => WriteJson(stream, shown, result.Summary),
                Xlsx => stream => XlsxAuditWriter.Write(audit, stream),
                _ => null,
            }, form switch
            {
                Html => writer => HtmlAuditWriter.Write(audit, writer),
                Markdown => writer => MarkdownAuditWriter.Write(audit, writer),
                OutputFormat.Csv => writer => CsvAuditWriter.Write(audit, writer),
                _ => writer => TextAuditWriter.Write(audit, shown, parseResult.GetValue(verbose), writer),
            });
            return result.HasMismatches ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The tool's version without its build metadata ("0.1.0").</summary>
    internal static string ToolVersion()
    {
        string version = typeof(AuditCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    /// <summary>
    /// Streams the findings and the summary as JSON (language-neutral) onto <paramref name="stream"/>, flushing every
    /// 256 findings so that the whole document is never held in memory.
    /// </summary>
    private static void WriteJson(Stream stream, List<AuditFinding> findings, AuditSummary summary)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        int written = 0;
        w.WriteStartObject();
        w.WriteStartArray("findings");
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteString("section", f.Section);
            w.WriteString("label", f.Label);
            w.WriteString("rule", f.Rule);
            w.WriteString("status", StatusNames[(int)f.Status]);
            if (f.ReportedText is not null) w.WriteString("reported", f.ReportedText);
            else JsonOutput.NumberOrNull(w, "reported", f.Reported);
            if (f.RecomputedText is not null) w.WriteString("recomputed", f.RecomputedText);
            else JsonOutput.NumberOrNull(w, "recomputed", f.Recomputed);
            JsonOutput.NumberOrNull(w, "difference", f.Difference);
            if (f.Source is { } source) w.WriteNumber("source", source);
            else w.WriteNull("source");
            if (f.Location is { } location) WriteLocation(w, location);
            if (f.Explanation is not null) w.WriteString("explanation", f.Explanation);
            if (f.Notes.Count > 0)
            {
                w.WriteStartArray("notes");
                foreach (string note in f.Notes) w.WriteStringValue(note);
                w.WriteEndArray();
            }
            if (f.Propagation.Count > 0)
            {
                w.WritePropertyName("propagation");
                LppdMetricsJson.WritePropagation(w, f.Propagation);
            }
            if (f.Status == FindingStatus.Mismatch && f.Trace is not null)
            {
                w.WritePropertyName("trace");
                LppdMetricsJson.WriteTrace(w, f.Trace);
            }
            w.WriteEndObject();
            if (++written % 256 == 0) w.Flush();
        }
        w.WriteEndArray();
        w.WriteStartObject("summary");
        w.WriteNumber("match", summary.Match);
        w.WriteNumber("rounding", summary.Rounding);
        w.WriteNumber("mismatch", summary.Mismatch);
        w.WriteNumber("notCheckable", summary.NotCheckable);
        w.WriteNumber("total", summary.Total);
        w.WriteNumber("informational", summary.Informational);
        w.WriteNumber("propagated", summary.Propagated);
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
        stream.Write("\n"u8);
        stream.Flush();
    }

    /// <summary>"location": the parts of <paramref name="location"/> that are known (line; or page, table, row, column).</summary>
    private static void WriteLocation(Utf8JsonWriter w, SourceLocation location)
    {
        w.WriteStartObject("location");
        (string Name, int? Value)[] parts = [("line", location.Line), ("page", location.Page), ("table", location.Table), ("row", location.Row), ("column", location.Column)];
        foreach (var (name, value) in parts)
            if (value is { } v) w.WriteNumber(name, v);
        w.WriteEndObject();
    }

    internal static string Status(FindingStatus status) => status == FindingStatus.Mismatch ? "MISMATCH" : StatusNames[(int)status];

    internal static string Number(decimal? value, int decimals, bool signed)
    {
        if (value is not { } v) return "-";
        string text = v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return signed && v > 0 ? "+" + text : text;
    }
}
