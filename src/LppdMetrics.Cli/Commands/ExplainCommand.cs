namespace LppdMetrics.Cli;

/// <summary><c>lppd explain FIGURE-ID [FILE | --input FILE] [--format text|json] [--capaian-cap PCT]</c>: one figure's audit, its full calculation
/// trace, and its propagation chain from cause to effect with the other places the same figure is printed.</summary>
public static class ExplainCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("FIGURE-ID") { Description = "The figure's id, as `lppd audit` lists it (e.g. 4.3.2.1/2881/capaian)." };
        var file = new InputFileArgument("The report: a document (JSON) or a report as published (.txt, .md, .docx, .pdf), read by content; default: the embedded Kabupaten Blitar 2024 report.", required: false);
        var format = OutputFormatOption.Create(OutputFormat.Json);
        var cap = AuditCommand.CapaianCap();
        var command = new Command("explain", "Show how one printed figure of a report was recomputed: its finding, its calculation trace, the chain of misprints it takes part in (from cause to effect) and the other places the same figure is printed.");
        command.Arguments.Add(id);
        file.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(cap);
        command.SetAction(parseResult =>
        {
            string figureId = parseResult.GetValue(id)!;
            string? path = file.Get(parseResult);
            LppdReport report;
            string name;
            using (var progress = TerminalProgress.Start(context, "explain", "reading"))
                (report, name) = ReportInput.Load(path, progress);
            // The whole report is audited so that the finding carries its propagation links (issue 17) and the chain
            // through the other figures can be shown.
            var conventions = new AuditOptions { CapaianCap = parseResult.GetValue(cap) };
            AuditResult result = path is null ? ReportAudit.Run(report, conventions) : ArgumentErrors.About(path, () => ReportAudit.Run(report, conventions));
            // A plausibility check that holds is no finding of the audit; explain shows it as a match with its trace.
            AuditFinding finding = result.Find(figureId) ?? ReportAudit.Explain(report, figureId, conventions)
                ?? throw new InputException(path, null, null, $"no figure '{figureId}' in the {(path is null ? ReportInput.EmbeddedName : "document")}; `lppd audit` lists the ids.");
            ExplainRenderer.Instance.Write(context.Out, parseResult.GetValue(format), new ExplainOutput(finding, name, result));
            return ExitCodes.Success;
        });
        return command;
    }
}
