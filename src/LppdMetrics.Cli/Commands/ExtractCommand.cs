using LppdMetrics.Documents.Recognition;

namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd extract FILE [--format text|json]</c> (or <c>--input FILE</c>): reads a report as published (text, markdown; or a JSON document)
/// and writes the document the audit reads (json, the schema of <c>audit --export-default</c>) or a summary (text):
/// the tables found, those classified with the kinds of figure found, those skipped with the reason (for a paged
/// document, PDF, both listed page by page), and the number of figures per kind.
/// </summary>
public static class ExtractCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var file = new InputFileArgument("The report file: text or markdown (tab-separated table rows), Word (.docx), PDF with a text layer, or a report document (JSON); read by content.");
        var format = OutputFormatOption.Create(OutputFormat.Json);
        var command = new Command("extract", "Read an LPPD report file, recognise its tables (capaian, budget, totals, efficiency) and write the report document (json) or a summary of what was found (text).");
        file.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            string path = file.Required(parseResult);
            ExtractionResult result;
            using (var progress = TerminalProgress.Start(context, "extract", "reading"))
                result = DocumentInput.Extract(path, progress);
            if (parseResult.GetValue(format) == OutputFormat.Json)
                context.Out.WriteLine(LppdReportJson.Write(result.Report));
            else
                ExtractSummary.Write(context.Out, result, path);
            return ExitCodes.Success;
        });
        return command;
    }
}
