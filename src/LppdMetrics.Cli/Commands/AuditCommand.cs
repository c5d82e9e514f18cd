using System.Reflection;
using LppdMetrics.Documents.Writing;

namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd audit [FILE | --input FILE] [--format text|json|html|xlsx|md|csv] [-o PATH] [--lang id|en] [--verbose] [--only STATUS] [--capaian-cap PCT]</c>:
/// recompute every printed figure of an LPPD report (default: the embedded Blitar 2024 report) and report the findings
/// (renderers in LppdMetrics.Documents.Writing; JSON streamed and language-neutral); <c>--export-default</c> writes the
/// embedded document. Exit 0 without mismatch, 1 with mismatches, 2 on invalid input.
/// </summary>
public static class AuditCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var file = new InputFileArgument("The report: a document (JSON, see --export-default) or a report as published (.txt, .md, .docx, .pdf), read by content; default: the embedded Kabupaten Blitar 2024 report.", required: false);
        var format = OutputFormatOption.Create(OutputFormat.Json, OutputFormat.Html, OutputFormat.Xlsx, OutputFormat.Md, OutputFormat.Csv);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout (required for xlsx)." };
        var lang = EnumOption.Optional<LanguageCode>("--lang",
            "Language of the report: id (Bahasa Indonesia) or en; when not given, id when LC_ALL, LC_MESSAGES or LANG is id_*, else en. JSON is language-neutral.");
        var verbose = new Option<bool>("--verbose") { Description = "Text output: add each listed finding's calculation trace." };
        var only = EnumOption.Optional<FindingStatus>("--only", "List only the findings with this status (text, json and csv; the summary still counts all).");
        var export = new Option<bool>("--export-default") { Description = "Write the embedded Blitar 2024 report document (JSON) to stdout, to edit or extend." };
        var cap = CapaianCap();
        var command = new Command("audit", "Recompute every printed figure of an LPPD report (default: the embedded Blitar 2024 report) and report the findings (text, JSON, HTML, XLSX, Markdown, CSV).");
        file.AddTo(command);
        command.AddOptions(format, output, lang, verbose, only, export, cap);
        command.SetAction(parseResult =>
        {
            string? path = file.Get(parseResult);
            if (parseResult.GetValue(export))
            {
                if (path is not null)
                    throw new InputException(null, null, null, "--export-default writes the embedded report and takes no FILE.");
                if (parseResult.GetResult(format) is { Implicit: false } && parseResult.GetValue(format) != OutputFormat.Json)
                    throw new InputException(null, null, "--format", "--export-default writes the report document as JSON: give --format json or no --format.");
                // to stdout, or whole to the file of -o (before, -o was ignored and the document went to stdout)
                ReportOutput.Write(context, parseResult.GetValue(output), bom: false, binary: null, writer => writer.Write(LppdReportJson.Blitar2024Json()));
                return ExitCodes.Success;
            }
            OutputFormat form = parseResult.GetValue(format);
            string? target = parseResult.GetValue(output);
            ReportOutput.RefuseInputAsOutput(target, path, "-o");
            if (form == OutputFormat.Xlsx && target is null)
                throw new InputException(null, null, null, "--format xlsx writes a binary workbook: give the file with -o PATH.");
            using var progress = TerminalProgress.Start(context, "audit", "reading");
            var (report, name) = ReportInput.Load(path, progress);
            progress.Phase = "auditing";
            var conventions = new AuditOptions { CapaianCap = parseResult.GetValue(cap) };
            AuditResult result = path is null ? ReportAudit.Run(report, conventions) : ArgumentErrors.About(path, () => ReportAudit.Run(report, conventions));
            FindingStatus? status = parseResult.GetValue(only);
            var shown = result.Findings.Where(f => status is null || f.Status == status).ToList();
            var language = parseResult.GetValue(lang) is { } code ? ReportLanguages.Parse(EnumOption.Name(code)) : ReportLanguages.FromEnvironment();
            var audit = new AuditReport(form == OutputFormat.Csv ? result with { Findings = shown } : result,
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
                OutputFormat.Json => stream => AuditJsonWriter.Write(stream, shown, result.Summary, result.Conventions),
                OutputFormat.Xlsx => stream => XlsxAuditWriter.Write(audit, stream),
                _ => null,
            }, form switch
            {
                OutputFormat.Html => writer => HtmlAuditWriter.Write(audit, writer),
                OutputFormat.Md => writer => MarkdownAuditWriter.Write(audit, writer),
                OutputFormat.Csv => writer => CsvAuditWriter.Write(audit, writer),
                _ => writer => TextAuditWriter.Write(audit, shown, parseResult.GetValue(verbose), writer),
            });
            return result.HasMismatches ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// <c>--capaian-cap PCT</c>: the cap the report applies to capaian kinerja before printing it (<see cref="AuditOptions.CapaianCap"/>);
    /// none by default, as the seed report.
    /// </summary>
    internal static Option<decimal?> CapaianCap() =>
        NumberOption.Decimal("--capaian-cap", "The report caps capaian kinerja at this % before printing it (e.g. 100: a realisation above target printed as 100,00); none by default, as the Blitar 2024 report (173,43 %).", NumberRange.Positive);

    /// <summary>The tool's version without its build metadata ("0.1.0").</summary>
    internal static string ToolVersion()
    {
        string version = typeof(AuditCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}

/// <summary>The <c>--lang</c> values of <c>lppd audit</c>: the codes of <see cref="ReportLanguages.Codes"/>.</summary>
internal enum LanguageCode
{
    /// <summary>id: Bahasa Indonesia.</summary>
    Id,

    /// <summary>en: English.</summary>
    En,
}
