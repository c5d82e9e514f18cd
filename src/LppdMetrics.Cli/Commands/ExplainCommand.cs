using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LppdMetrics.Audit;
using LppdMetrics.Reports;

namespace LppdMetrics.Cli;

/// <summary><c>lppd explain FIGURE-ID [FILE.json]</c>: one figure's audit and its full calculation trace.</summary>
public static class ExplainCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("FIGURE-ID") { Description = "The figure's id, as `lppd audit` lists it (e.g. 4.3.2.1/2881/capaian)." };
        var file = new Argument<string?>("FILE")
        {
            Description = "The report: a document (JSON) or a report as published (.txt, .md, .docx, .pdf), read by content; default: the embedded Kabupaten Blitar 2024 report.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = OutputFormat.Create(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("explain", "Show how one printed figure of a report was recomputed: its finding and its calculation trace.");
        command.Arguments.Add(id);
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            string figureId = parseResult.GetValue(id)!;
            string? path = parseResult.GetValue(file);
            LppdReport report;
            string name;
            using (var progress = TerminalProgress.Start(context, "explain", "reading"))
                (report, name) = ReportInput.Load(path, progress);
            AuditFinding finding = (path is null ? ReportAudit.Explain(report, figureId) : ArgumentErrors.About(path, () => ReportAudit.Explain(report, figureId)))
                ?? throw new InputException(path, null, null, $"no figure '{figureId}' in the {(path is null ? ReportInput.EmbeddedName : "document")}; `lppd audit` lists the ids.");
            if (parseResult.GetValue(format) == OutputFormat.Json)
                JsonOutput.Write(context.Out, w =>
                {
                    if (finding.Trace is null) w.WriteNullValue();
                    else LppdMetricsJson.WriteTrace(w, finding.Trace);
                });
            else
                WriteText(context.Out, finding, name);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, AuditFinding f, string name)
    {
        var ci = CultureInfo.InvariantCulture;
        output.WriteLine($"{f.Id}: {f.Label}");
        output.WriteLine($"  in        {f.Section} ({name}{(f.Source is { } s ? ", line " + s.ToString(ci) : "")})");
        output.WriteLine($"  status    {AuditCommand.Status(f.Status)}");
        output.WriteLine($"  reported  {f.ReportedText ?? f.Reported?.ToString(ci) ?? "-"}   ({f.Decimals.ToString(ci)} decimals printed)");
        output.WriteLine($"  recomputed {f.RecomputedText ?? AuditCommand.Number(f.Recomputed, f.Decimals, signed: false)}   (unrounded {f.Unrounded?.ToString(ci) ?? "-"})");
        output.WriteLine($"  Δ         {AuditCommand.Number(f.Difference, f.Decimals, signed: true)}");
        if (f.Explanation is not null)
            output.WriteLine($"  why       {f.Explanation}");
        foreach (string note in f.Notes)
            output.WriteLine($"  info      {note}");
        output.WriteLine();
        output.WriteLine(f.Trace?.ToText() ?? "(no calculation: the figure could not be recomputed)");
    }
}
