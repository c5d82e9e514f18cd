using System.Buffers;
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
        // One line is composed at a time in `text` and written from it (cut to the width, or word-wrapped): a listing
        // of 1 700 findings then allocates only the values it shows, not each line and word again.
        var text = new StringBuilder(256);
        var lines = new LineWriter(output);

        lines.Fit(text.Append($"lppd audit: {report.Document.Title} ({report.SourceName})"));
        lines.Fit(text.Append(SummaryLine(report)));
        if (report.Result.Conventions.CapaianCap is not null)
        {
            // a convention the auditor stated changes the findings: say it under the summary (none is the default, unsaid)
            var (name, value) = report.CapaianCapFact();
            lines.Fit(text.Append($"{name}: {value}"));
        }
        output.WriteLine();
        lines.Fit(text.Append(t["doc.per-section"]));
        string[] shortNames = [.. Enumerable.Range(0, AuditTexts.StatusCodes.Count).Select(s => Status(t, (FindingStatus)s))];
        int[] widths = [.. shortNames.Select(s => Math.Max(s.Length, 5))];
        lines.Fit(text.Append("  ").AppendJoin(' ', shortNames.Select((s, i) => s.PadLeft(widths[i]))).Append("  ").Append(t["col.section"]));
        foreach (var section in report.Sections())
        {
            text.Append(' ');
            for (int i = 0; i < section.Counts.Count; i++)
                text.Append(' ').Append(section.Counts[i].ToString(CultureInfo.InvariantCulture).PadLeft(widths[i]));
            lines.Fit(text.Append("  ").Append(section.Section));
        }

        int statusWidth = shortNames.Max(s => s.Length);
        string? current = null;
        string pad = new(' ', 6);
        string[] statusNames = [.. shortNames.Select(s => s.PadRight(statusWidth))];
        string dot = " · ", info = "↳ " + t["note.info"] + ": ";
        foreach (var f in listed)
        {
            if (f.Section != current)
            {
                current = f.Section;
                output.WriteLine();
                lines.Fit(text.Append(current));
                lines.Fit(text.Append(CultureInfo.InvariantCulture,
                    $"  {t["col.status"].PadRight(statusWidth)} {t["col.reported"],22} {t["col.recomputed"],22} {t["col.difference"],16}  {t["col.source"],-14} {t["col.id"]}"));
            }
            text.Append(CultureInfo.InvariantCulture, $"  {statusNames[(int)f.Status]} {report.Reported(f),22} {report.Recomputed(f),22} {report.Difference(f),16}  ");
            string source = t.Source(f);
            // A long source (page, table, row of a PDF) goes to the next line rather than cut the id.
            bool fits = text.Length + Math.Max(source.Length, 14) + 1 + f.Id.Length <= Width;
            if (fits) text.Append(CultureInfo.InvariantCulture, $"{source,-14} ");
            lines.Fit(text.Append(f.Id));
            if (!fits) text.Append(source).Append(dot);
            lines.Wrap(text.Append(f.Label).Append(dot).Append(t.Rule(f.Rule)), pad);
            if (f.Explanation is not null)
                lines.Wrap(text.Append("↳ ").Append(f.Explanation), pad);
            foreach (string note in f.Notes)
                lines.Wrap(text.Append(info).Append(t.Note(note)), pad);
            if (verbose && f.Trace is not null)
                foreach (string traceLine in f.Trace.ToText().Split('\n'))
                {
                    string body = traceLine.TrimEnd('\r');
                    if (pad.Length + 2 + body.Length <= Width)
                    {
                        output.Write(pad);
                        output.Write("  ");
                        output.WriteLine(body);
                        continue;
                    }
                    string lead = new(' ', Math.Min(traceLine.Length - traceLine.TrimStart().Length, 40));
                    lines.Wrap(text.Append(body.AsSpan().Trim()), pad + "  " + lead);
                }
        }
        output.WriteLine();
        lines.Fit(text.Append(SummaryLine(report)));
        if (!verbose && summary.Mismatch > 0)
            lines.Fit(text.Append(t["doc.verbose-hint"]));
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
        return string.Create(CultureInfo.InvariantCulture,
            $"{t["doc.summary"].ToLowerInvariant()}: {s.Total} {t["doc.figures"]}: {s.Match} {t.Status(FindingStatus.Match)}, {s.Rounding} {t.Status(FindingStatus.Rounding)}, {s.Mismatch} {t.Status(FindingStatus.Mismatch)}, {s.NotCheckable} {t.Status(FindingStatus.NotCheckable)}; {s.Implausible} {t.Status(FindingStatus.Implausible)}; {s.Informational} {t["doc.informational"]}");
    }

    /// <summary>The status as the text output shows it: a mismatch in capitals, so that it stands out.</summary>
    private static string Status(AuditTexts t, FindingStatus status) =>
        status == FindingStatus.Mismatch ? t.Status(status).ToUpperInvariant() : t.Status(status);

    /// <summary>The characters that end a word when wrapping: the space and every line ending (\r, \n, \f, NEL, LS, PS).</summary>
    private static readonly SearchValues<char> WordEnds = SearchValues.Create(" \r\n\f\u0085\u2028\u2029");

    /// <summary>
    /// Writes <paramref name="text"/> word-wrapped to <see cref="Width"/>, every line starting with
    /// <paramref name="indent"/>: words (runs between spaces and line endings) are joined by one space, and a word longer
    /// than a line is cut into pieces of a line each. Nothing is written for text without a word.
    /// </summary>
    internal static void Wrap(TextWriter output, ReadOnlySpan<char> text, string indent)
    {
        int room = Width - indent.Length;
        int length = 0; // of the open line, after its indent; 0: no line is open
        while (!text.IsEmpty)
        {
            int end = text.IndexOfAny(WordEnds);
            ReadOnlySpan<char> word = end < 0 ? text : text[..end];
            text = end < 0 ? default : text[(end + 1)..];
            while (word.Length > room)
            {
                if (length > 0) { output.WriteLine(); length = 0; }
                output.Write(indent);
                output.WriteLine(word[..room]);
                word = word[room..];
            }
            if (word.IsEmpty) continue;
            if (length > 0 && length + 1 + word.Length > room) { output.WriteLine(); length = 0; }
            if (length > 0) { output.Write(' '); length++; }
            else output.Write(indent);
            output.Write(word);
            length += word.Length;
        }
        if (length > 0) output.WriteLine();
    }

    /// <summary>Writes lines composed in a <see cref="StringBuilder"/>, which it then clears, through one reused buffer.</summary>
    private sealed class LineWriter(TextWriter output)
    {
        private char[] _buffer = new char[256];

        /// <summary>Writes <paramref name="text"/> as one line, without trailing white space, cut to <see cref="Width"/> characters and ending in "…" when cut.</summary>
        public void Fit(StringBuilder text)
        {
            var line = Take(text).TrimEnd();
            if (line.Length <= Width) output.WriteLine(line);
            else
            {
                output.Write(line[..(Width - 1)]);
                output.WriteLine('…');
            }
        }

        /// <summary>Writes <paramref name="text"/> word-wrapped (<see cref="TextAuditWriter.Wrap"/>).</summary>
        public void Wrap(StringBuilder text, string indent) => TextAuditWriter.Wrap(output, Take(text), indent);

        private ReadOnlySpan<char> Take(StringBuilder text)
        {
            InertText.Terminal(text);  // a label, section or title read from the report carries no control character
            if (_buffer.Length < text.Length) _buffer = new char[Math.Max(text.Length, 2 * _buffer.Length)];
            int length = text.Length;
            text.CopyTo(0, _buffer, length);
            text.Clear();
            return _buffer.AsSpan(0, length);
        }
    }
}
