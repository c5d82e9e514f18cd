using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LppdMetrics.Audit;
using LppdMetrics.Reports;
using LppdMetrics.Tracing;

namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd audit [FILE.json] [--format text|json] [--only STATUS]</c>: recompute every printed figure of an LPPD
/// report (default: the embedded Blitar 2024 report) and list the findings; <c>--export-default</c> writes the
/// embedded document. Exit 0 without mismatch, 1 with mismatches, 2 on invalid input.
/// </summary>
public static class AuditCommand
{
    /// <summary>The status names of the output, in <see cref="FindingStatus"/> order.</summary>
    internal static readonly string[] StatusNames = ["match", "rounding", "mismatch", "not-checkable"];

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
        var format = OutputFormat.Create(OutputFormat.Text, OutputFormat.Json);
        var only = new Option<string?>("--only") { Description = "List only the findings with this status: " + string.Join(", ", StatusNames) + " (the summary still counts all)." };
        only.AcceptOnlyFromAmong(StatusNames);
        var export = new Option<bool>("--export-default") { Description = "Write the embedded Blitar 2024 report document (JSON) to stdout, to edit or extend." };
        var command = new Command("audit", "Recompute every printed figure of an LPPD report (default: the embedded Blitar 2024 report) and list the mismatches.");
        command.Arguments.Add(file);
        command.Options.Add(format);
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
            var (report, name) = ReportInput.Load(path);
            AuditResult result = path is null ? ReportAudit.Run(report) : ArgumentErrors.About(path, () => ReportAudit.Run(report));
            string? status = parseResult.GetValue(only);
            var shown = result.Findings.Where(f => status is null || StatusNames[(int)f.Status] == status).ToList();
            if (parseResult.GetValue(format) == OutputFormat.Json)
                WriteJson(context.Out, shown, result.Summary);
            else
                WriteText(context.Out, report, name, shown, result.Summary);
            return result.HasMismatches ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, LppdReport report, string name, List<AuditFinding> findings, AuditSummary summary)
    {
        output.WriteLine($"lppd audit: {report.Title} ({name})");
        string? section = null;
        foreach (var f in findings)
        {
            if (f.Section != section)
            {
                section = f.Section;
                output.WriteLine();
                output.WriteLine(section);
                output.WriteLine($"  {"status",-13} {"reported",18} {"recomputed",18} {"Δ",14}  {"rule",-31} {"line",5}  figure");
            }
            output.WriteLine($"  {Status(f.Status),-13} {Reported(f),18} {Recomputed(f),18} {Number(f.Difference, f.Decimals, signed: true),14}  {f.Rule,-31} {f.Source?.ToString(CultureInfo.InvariantCulture) ?? "-",5}  {f.Id}  {f.Label}");
            if (f.Explanation is not null)
                output.WriteLine($"  {"",13} ↳ {f.Explanation}");
            if (f.Status == FindingStatus.Mismatch && f.Trace is not null)
                output.WriteLine($"  {"",13} ↳ {TraceLine(f.Trace)}");
            foreach (string note in f.Notes)
                output.WriteLine($"  {"",13} ↳ info: {note}");
        }
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant(
            $"summary: {summary.Total} figures: {summary.Match} match, {summary.Rounding} rounding, {summary.Mismatch} mismatch, {summary.NotCheckable} not-checkable; {summary.Informational} with informational notes"));
    }

    private static void WriteJson(TextWriter output, List<AuditFinding> findings, AuditSummary summary) =>
        JsonOutput.Write(output, w =>
        {
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
                else WriteNumber(w, "reported", f.Reported);
                if (f.RecomputedText is not null) w.WriteString("recomputed", f.RecomputedText);
                else WriteNumber(w, "recomputed", f.Recomputed);
                WriteNumber(w, "difference", f.Difference);
                if (f.Source is { } source) w.WriteNumber("source", source);
                else w.WriteNull("source");
                if (f.Explanation is not null) w.WriteString("explanation", f.Explanation);
                if (f.Notes.Count > 0)
                {
                    w.WriteStartArray("notes");
                    foreach (string note in f.Notes) w.WriteStringValue(note);
                    w.WriteEndArray();
                }
                if (f.Status == FindingStatus.Mismatch && f.Trace is not null)
                {
                    w.WritePropertyName("trace");
                    JsonSerializer.Serialize(w, f.Trace, LppdMetricsJsonContext.Default.CalculationTrace);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("summary");
            w.WriteNumber("match", summary.Match);
            w.WriteNumber("rounding", summary.Rounding);
            w.WriteNumber("mismatch", summary.Mismatch);
            w.WriteNumber("notCheckable", summary.NotCheckable);
            w.WriteNumber("total", summary.Total);
            w.WriteNumber("informational", summary.Informational);
            w.WriteEndObject();
            w.WriteEndObject();
        });

    private static void WriteNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    internal static string Status(FindingStatus status) => status == FindingStatus.Mismatch ? "MISMATCH" : StatusNames[(int)status];

    private static string Reported(AuditFinding f) => f.ReportedText ?? (f.Reported?.ToString(CultureInfo.InvariantCulture) ?? "-");

    private static string Recomputed(AuditFinding f) => f.RecomputedText ?? Number(f.Recomputed, f.Decimals, signed: false);

    internal static string Number(decimal? value, int decimals, bool signed)
    {
        if (value is not { } v) return "-";
        string text = v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return signed && v > 0 ? "+" + text : text;
    }

    /// <summary>A trace on one line: rule, formula, inputs, unrounded result.</summary>
    internal static string TraceLine(CalculationTrace trace)
    {
        const int MaxInputs = 6;
        var inputs = trace.Inputs.Take(MaxInputs).Select(i => i.Name + " = " + i.Value.ToString(CultureInfo.InvariantCulture));
        string more = trace.Inputs.Count > MaxInputs ? FormattableString.Invariant($", … ({trace.Inputs.Count} inputs)") : "";
        return $"{trace.Rule}: {trace.Formula}; {string.Join(", ", inputs)}{more} → {(trace.Unrounded is decimal u ? u.ToString(CultureInfo.InvariantCulture) : "undefined: " + trace.UndefinedReason)}";
    }
}
