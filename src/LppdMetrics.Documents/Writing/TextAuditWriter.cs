using System.Globalization;
using System.Text;
using LppdMetrics.Audit;

namespace LppdMetrics.Documents.Writing;

/// <summary>
/// Writes an <see cref="AuditReport"/> as readable terminal text, no line wider than <see cref="Width"/> columns: the
/// summary and the counts per section first, then the listed findings by section, each with its status, reported and
/// recomputed values as printed, difference, source and id on one line, and its label, rule, explanation and notes
/// indented below; calculation traces only when asked (<c>--verbose</c>).
/// </summary>
public static class TextAuditWriter
{
    /// <summary>The maximum line width, in characters: 120.</summary>
    public const int Width = 120;

    /// <summary>Writes the text of <paramref name="report"/>, listing <paramref name="listed"/> (the summary counts all findings).</summary>
    /// <param name="report">The audit report.</param>
    /// <param name="listed">The findings to list (all of them, or those of one status), in document order.</param>
    /// <param name="verbose">Adds each listed finding's calculation trace.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AuditReport report, IEnumerable<AuditFinding> listed, bool verbose, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(output);
        var t = report.Texts;
        var summary = report.Result.Summary;
        void Line(string text) => output.WriteLine(Fit(text));

        Line($"lppd audit: {report.Document.Title} ({report.SourceName})");
        Line(SummaryLine(report));
        output.WriteLine();
        Line(t["doc.per-section"]);
        string[] shortNames = [.. Enumerable.Range(0, AuditTexts.StatusCodes.Count).Select(s => Status(t, (FindingStatus)s))];
        int[] widths = [.. shortNames.Select(s => Math.Max(s.Length, 5))];
        Line("  " + string.Join(" ", shortNames.Select((s, i) => s.PadLeft(widths[i]))) + "  " + t["col.section"]);
        foreach (var section in report.Sections())
            Line("  " + string.Join(" ", section.Counts.Select((c, i) => c.ToString(CultureInfo.InvariantCulture).PadLeft(widths[i]))) + "  " + section.Section);

        int statusWidth = shortNames.Max(s => s.Length);
        string? current = null;
        string pad = new(' ', 6);
        foreach (var f in listed)
        {
            if (f.Section != current)
            {
                current = f.Section;
                output.WriteLine();
                Line(current);
                Line($"  {t["col.status"].PadRight(statusWidth)} {t["col.reported"],22} {t["col.recomputed"],22} {t["col.difference"],16}  {t["col.source"],-14} {t["col.id"]}");
            }
            string values = $"  {Status(t, f.Status).PadRight(statusWidth)} {report.Reported(f),22} {report.Recomputed(f),22} {report.Difference(f),16}  ";
            string source = t.Source(f);
            // A long source (page, table, row of a PDF) goes to the next line rather than cut the id.
            bool fits = values.Length + Math.Max(source.Length, 14) + 1 + f.Id.Length <= Width;
            Line(fits ? $"{values}{source,-14} {f.Id}" : $"{values}{f.Id}");
            foreach (string wrapped in Wrap((fits ? "" : source + " · ") + f.Label + " · " + t.Rule(f.Rule), pad))
                output.WriteLine(wrapped);
            if (f.Explanation is not null)
                foreach (string wrapped in Wrap("↳ " + f.Explanation, pad))
                    output.WriteLine(wrapped);
            foreach (string note in f.Notes)
                foreach (string wrapped in Wrap("↳ " + t["note.info"] + ": " + t.Note(note), pad))
                    output.WriteLine(wrapped);
            if (verbose && f.Trace is not null)
                foreach (string traceLine in f.Trace.ToText().Split('\n'))
                {
                    string body = traceLine.TrimEnd('\r');
                    if (pad.Length + 2 + body.Length <= Width)
                    {
                        output.WriteLine(pad + "  " + body);
                        continue;
                    }
                    body = body.Trim();
                    string lead = new(' ', Math.Min(traceLine.Length - traceLine.TrimStart().Length, 40));
                    foreach (string wrapped in Wrap(body, pad + "  " + lead))
                        output.WriteLine(wrapped);
                }
        }
        output.WriteLine();
        Line(SummaryLine(report));
        if (!verbose && summary.Mismatch > 0)
            Line(t["doc.verbose-hint"]);
    }

    /// <summary>
    /// The one-line summary: "summary: 1497 figures: 1283 match, 6 rounding, 79 mismatch, 129 not checkable; 3 with
    /// informational notes" in English, in Indonesian "ringkasan: 1497 angka: 1283 sesuai, …".
    /// </summary>
    /// <param name="report">The audit report.</param>
    /// <returns>The line.</returns>
    public static string SummaryLine(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = report.Texts;
        var s = report.Result.Summary;
        return FormattableString.Invariant(
            $"{t["doc.summary"].ToLowerInvariant()}: {s.Total} {t["doc.figures"]}: {s.Match} {t.Status(FindingStatus.Match)}, {s.Rounding} {t.Status(FindingStatus.Rounding)}, {s.Mismatch} {t.Status(FindingStatus.Mismatch)}, {s.NotCheckable} {t.Status(FindingStatus.NotCheckable)}; {s.Implausible} {t.Status(FindingStatus.Implausible)}; {s.Informational} {t["doc.informational"]}");
    }

    /// <summary>The status as the text output shows it: a mismatch in capitals, so that it stands out.</summary>
    private static string Status(AuditTexts t, FindingStatus status) =>
        status == FindingStatus.Mismatch ? t.Status(status).ToUpperInvariant() : t.Status(status);

    /// <summary>Cuts <paramref name="text"/> to <see cref="Width"/> characters, ending in "…" when cut.</summary>
    internal static string Fit(string text)
    {
        text = text.TrimEnd();
        return text.Length <= Width ? text : text[..(Width - 1)] + "…";
    }

    /// <summary>Word-wraps <paramref name="text"/> to <see cref="Width"/>, every line starting with <paramref name="indent"/>.</summary>
    internal static IEnumerable<string> Wrap(string text, string indent)
    {
        int room = Width - indent.Length;
        var line = new StringBuilder();
        foreach (string word in text.ReplaceLineEndings(" ").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string w = word;
            while (w.Length > room)
            {
                if (line.Length > 0) { yield return indent + line; line.Clear(); }
                yield return indent + w[..room];
                w = w[room..];
            }
            if (line.Length > 0 && line.Length + 1 + w.Length > room)
            {
                yield return indent + line;
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(w);
        }
        if (line.Length > 0) yield return indent + line;
    }
}
