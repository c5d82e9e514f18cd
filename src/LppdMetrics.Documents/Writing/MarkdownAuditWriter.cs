using System.Globalization;
using LppdMetrics.Audit;

namespace LppdMetrics.Documents.Writing;

/// <summary>
/// Writes an <see cref="AuditReport"/> as Markdown to paste into a memo or an issue tracker: the document, the summary
/// table (counts per status), the counts per section, then each mismatch with its values, rule, source, explanation,
/// notes and calculation trace (a fenced text block). Findings of other statuses are counted, not listed.
/// </summary>
public static class MarkdownAuditWriter
{
    /// <summary>Writes the Markdown of <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The audit report.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AuditReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var t = report.Texts;
        var summary = report.Result.Summary;
        output.WriteLine("# " + Inline(t["doc.title"]));
        output.WriteLine();
        foreach (var (name, value) in report.Facts())
            output.WriteLine($"- **{name}:** {Inline(value)}");
        output.WriteLine();
        output.WriteLine("## " + t["doc.summary"]);
        output.WriteLine();
        output.WriteLine($"| {t["col.status"]} | {t["col.count"]} |");
        output.WriteLine("| --- | ---: |");
        var statuses = Enum.GetValues<FindingStatus>();
        foreach (var status in statuses)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {t.Status(status)} | {report.Count(status)} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **{t["col.total"]}** | **{summary.Total}** |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {t["doc.informational"]} | {summary.Informational} |"));
        output.WriteLine();
        output.WriteLine("### " + t["doc.per-section"]);
        output.WriteLine();
        output.WriteLine($"| {t["col.section"]} | {string.Join(" | ", statuses.Select(t.Status))} | {t["col.total"]} |");
        output.WriteLine("| --- |" + string.Concat(Enumerable.Repeat(" ---: |", statuses.Length + 1)));
        foreach (var section in report.Sections())
            output.WriteLine($"| {Cell(section.Section)} | {string.Join(" | ", section.Counts.Select(c => c.ToString(CultureInfo.InvariantCulture)))} | {section.Total.ToString(CultureInfo.InvariantCulture)} |");
        output.WriteLine();
        output.WriteLine("## " + t["doc.mismatches"]);
        output.WriteLine();
        var mismatches = report.Result.Findings.Where(f => f.Status == FindingStatus.Mismatch).ToList();
        if (mismatches.Count == 0)
        {
            output.WriteLine(t["doc.no-mismatch"]);
            return;
        }
        int n = 0;
        foreach (var f in mismatches)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"### {++n}. `{f.Id}` — {Inline(f.Label)}"));
            output.WriteLine();
            output.WriteLine($"- **{t["col.section"]}:** {Inline(f.Section)}");
            output.WriteLine($"- **{t["col.reported"]}:** {Inline(report.Reported(f))} · **{t["col.recomputed"]}:** {Inline(report.Recomputed(f))} · **{t["col.difference"]}:** {Inline(report.Difference(f))}");
            output.WriteLine($"- **{t["col.rule"]}:** {Inline(t.Rule(f.Rule))} (`{f.Rule}`)");
            output.WriteLine($"- **{t["col.source"]}:** {Inline(t.Source(f))}");
            if (f.Explanation is not null)
                output.WriteLine($"- **{t["col.explanation"]}:** {Inline(f.Explanation)}");
            foreach (string note in f.Notes)
                output.WriteLine($"- **{t["col.notes"]}:** {Inline(t.Note(note))}");
            if (f.Trace is not null)
            {
                output.WriteLine();
                output.WriteLine($"{t["col.trace"]}:");
                output.WriteLine();
                output.WriteLine("```text");
                output.WriteLine(f.Trace.ToText().Replace("```", "`\u200b``", StringComparison.Ordinal));
                output.WriteLine("```");
            }
            output.WriteLine();
        }
    }

    /// <summary>Text on one line, with the characters Markdown would read as markup escaped.</summary>
    internal static string Inline(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (char c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Cell(string text) => Inline(text);
}
