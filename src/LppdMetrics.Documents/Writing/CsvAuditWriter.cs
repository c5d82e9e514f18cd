using System.Globalization;
using LppdMetrics.Numbers;
using nietras.SeparatedValues;

namespace LppdMetrics.Documents.Writing;

/// <summary>
/// Writes the findings of an <see cref="AuditReport"/> as CSV (through Sep), one row per finding in document order,
/// with a header row in the report's language.
/// </summary>
/// <remarks>
/// Columns: id, section, figure, rule id, rule (in words), status, reported, recomputed, difference, decimals, source,
/// explanation, notes (joined with " | "). Numbers are plain, ungrouped and at the printed precision so that a
/// spreadsheet reads them as numbers: in Indonesian with a decimal comma and <c>;</c> between fields (what Excel
/// expects in an Indonesian locale), in English with a decimal point and <c>,</c>. A text figure's printed text stands
/// in the reported/recomputed columns; an absent value is an empty field. Fields are quoted where needed. With no
/// finding, the header row alone is written.
/// </remarks>
public static class CsvAuditWriter
{
    private static readonly string[] Heads =
        ["col.id", "col.section", "col.label", "col.rule-id", "col.rule", "col.status", "col.reported", "col.recomputed", "col.difference", "col.decimals", "col.source", "col.explanation", "col.notes"];

    /// <summary>The field separator of <paramref name="language"/>: <c>;</c> for Indonesian, <c>,</c> for English.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The separator.</returns>
    public static char Separator(ReportLanguage language) => language == ReportLanguage.Indonesian ? ';' : ',';

    /// <summary>Writes the CSV of <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The audit report.</param>
    /// <param name="output">Where to write (left open).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AuditReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var t = report.Texts;
        string[] heads = [.. Heads.Select(h => t[h])];
        using var writer = Sep.New(Separator(t.Language)).Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        writer.Header.Add(heads);
        if (report.Result.Findings.Count == 0) writer.Header.Write();  // the header alone, for no findings
        foreach (var f in report.Result.Findings)
        {
            using var row = writer.NewRow();
            string?[] values =
            [
                f.Id, f.Section, f.Label, f.Rule, t.Rule(f.Rule), t.Status(f.Status),
                f.ReportedText ?? Plain(f.Reported, f.Decimals, t.Language),
                f.RecomputedText ?? Plain(f.Recomputed, f.Decimals, t.Language),
                Plain(f.Difference, f.Decimals, t.Language),
                f.Decimals.ToString(CultureInfo.InvariantCulture),
                t.Source(f), f.Explanation, string.Join(" | ", f.Notes.Select(t.Note)),
            ];
            for (int i = 0; i < heads.Length; i++)
                row[heads[i]].Set(InertText.SpreadsheetCell(values[i]));
        }
    }

    /// <summary>A number rounded half away from zero at <paramref name="decimals"/>, ungrouped, with the language's decimal separator.</summary>
    internal static string Plain(decimal? value, int decimals, ReportLanguage language)
    {
        if (value is not { } v) return "";
        decimal rounded = ReportRounding.Round(v, decimals);
        string text = (rounded == 0m ? 0m : rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return language == ReportLanguage.Indonesian ? text.Replace('.', ',') : text;
    }
}
