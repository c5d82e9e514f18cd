using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.Audit;
using LppdMetrics.Documents.Writing;
using nietras.SeparatedValues;

namespace LppdMetrics.Documents.Tests.Writing;

public class MarkdownCsvAuditWriterTests
{
    private static string Markdown(ReportLanguage language)
    {
        var sw = new StringWriter();
        MarkdownAuditWriter.Write(EmbeddedAudit.In(language), sw);
        return sw.ToString();
    }

    [Fact]
    public void Markdown_summary_table_counts_what_the_audit_counts()
    {
        string md = Markdown(ReportLanguage.Indonesian);
        var s = EmbeddedAudit.Result.Summary;
        Assert.Contains("| sesuai | " + s.Match + " |", md, StringComparison.Ordinal);
        Assert.Contains("| pembulatan | " + s.Rounding + " |", md, StringComparison.Ordinal);
        Assert.Contains("| tidak sesuai | 82 |", md, StringComparison.Ordinal);
        Assert.Contains("| tidak dapat diuji | " + s.NotCheckable + " |", md, StringComparison.Ordinal);
        Assert.Contains("| **Total** | **1678** |", md, StringComparison.Ordinal);
        // Per section: one row per table, its counts summing to the findings of that section.
        var sectionRows = md.Split('\n').Where(l => l.StartsWith("| Tabel 1.6 ", StringComparison.Ordinal)).ToList();
        Assert.Single(sectionRows);
        Assert.EndsWith("| 57 | 0 | 2 | 0 | 0 | 59 |", sectionRows[0].TrimEnd()); // no plausibility note; the total counts figures only
        Assert.Contains("| tidak wajar | 10 |", md, StringComparison.Ordinal); // copied rows: Tabel 2.5 and four runs of Tabel 1.12; five truncated figures
    }

    [Fact]
    public void Markdown_lists_every_mismatch_once_with_values_as_printed_and_its_trace()
    {
        string md = Markdown(ReportLanguage.Indonesian);
        var headings = Regex.Matches(md, @"^### \d+\. `([^`]+)`", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        var mismatches = EmbeddedAudit.Result.Findings.Where(f => f.Status == FindingStatus.Mismatch).Select(f => f.Id).ToList();
        Assert.Equal(mismatches, headings);
        // Nilai SAKIP 67,16 / 71 = 94,59 %, printed 94,60 %: the section of that finding shows both as printed.
        int at = md.IndexOf("`4.3.2.1/2881/capaian`", StringComparison.Ordinal);
        string block = md[at..md.IndexOf("\n### ", at, StringComparison.Ordinal)];
        Assert.Contains("**Tercetak:** 94,60 % · **Hitung ulang:** 94,59 % · **Selisih:** +0,01", block, StringComparison.Ordinal);
        Assert.Contains("**Sumber:** baris 2881", block, StringComparison.Ordinal);
        Assert.Contains("```text\ncapaian.positive:", block.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(mismatches.Count, Regex.Matches(md, "^```text$", RegexOptions.Multiline).Count);
        Assert.DoesNotContain("`1.6/1/total`", md, StringComparison.Ordinal); // a matching row is counted, not listed
    }

    [Fact]
    public void Markdown_escapes_table_and_emphasis_characters()
    {
        Assert.Equal(@"a \| b \*c\* \_d\_", MarkdownAuditWriter.Inline("a | b *c* _d_"));
        Assert.Equal("one two", MarkdownAuditWriter.Inline("one\ntwo"));
    }

    private static List<string[]> Csv(ReportLanguage language, out string[] header)
    {
        var sw = new StringWriter();
        CsvAuditWriter.Write(EmbeddedAudit.In(language), sw);
        using var reader = Sep.New(CsvAuditWriter.Separator(language)).Reader(o => o with { Unescape = true }).FromText(sw.ToString());
        header = [.. reader.Header.ColNames];
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (int i = 0; i < cells.Length; i++) cells[i] = row[i].ToString();
            rows.Add(cells);
        }
        return rows;
    }

    [Theory]
    [InlineData(ReportLanguage.Indonesian)]
    [InlineData(ReportLanguage.English)]
    public void Csv_has_one_row_per_finding_with_its_status_and_numbers(ReportLanguage language)
    {
        var rows = Csv(language, out var header);
        var t = AuditTexts.For(language);
        var findings = EmbeddedAudit.Result.Findings;
        Assert.Equal(findings.Count, rows.Count);
        Assert.Equal(t["col.id"], header[0]);
        for (int i = 0; i < rows.Count; i++)
        {
            var f = findings[i];
            Assert.Equal(f.Id, rows[i][0]);
            Assert.Equal(f.Rule, rows[i][3]);
            Assert.Equal(t.Status(f.Status), rows[i][5]);
            if (f.ReportedText is null && f.Reported is { } reported)
                Assert.Equal(reported, decimal.Parse(rows[i][6].Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture));
        }
        int dprd = findings.ToList().FindIndex(f => f.Id == "1.6/427/total-7");
        Assert.Equal(["37", "38", "-1", "0"], rows[dprd][6..10]);
        int sakip = findings.ToList().FindIndex(f => f.Id == "4.3.2.1/2881/capaian");
        Assert.Equal(language == ReportLanguage.Indonesian ? ["94,60", "94,59", "0,01"] : ["94.60", "94.59", "0.01"], rows[sakip][6..9]);
    }

    /// <summary>Field texts with the characters that need quoting in CSV; shrinks by dropping characters.</summary>
    private static readonly Arbitrary<string> Fields = Arb.From(
        Gen.ArrayOf(Gen.Elements('a', 'Z', ' ', ',', ';', '"', '\n', '|', 'é', '%')).Select(cs => new string(cs)),
        s => Enumerable.Range(0, s.Length).Select(i => s.Remove(i, 1)));

    [Fact]
    public void Csv_fields_round_trip_whatever_they_contain()
    {
        Prop.ForAll(Fields, label =>
        {
            var f = EmbeddedAudit.Finding("1.6/427/total-7") with { Label = label, Explanation = label };
            var result = new AuditResult([f], AuditSummary.Of([f]));
            var report = new AuditReport(result, EmbeddedAudit.Document, "x", EmbeddedAudit.RunAt, "1", ReportLanguage.Indonesian);
            var sw = new StringWriter();
            CsvAuditWriter.Write(report, sw);
            using var reader = Sep.New(';').Reader(o => o with { Unescape = true }).FromText(sw.ToString());
            var rows = reader.Enumerate(r => (r[2].ToString(), r[11].ToString())).ToList();
            return rows.Count == 1 && rows[0].Item1 == label && rows[0].Item2 == label;
        }).QuickCheckThrowOnFailure();
    }
}

public class CsvEmptyTests
{
    [Fact]
    public void Csv_without_findings_is_the_header_alone()
    {
        var report = new AuditReport(new AuditResult([], AuditSummary.Of([])), EmbeddedAudit.Document, "x", EmbeddedAudit.RunAt, "1", ReportLanguage.English);
        var sw = new StringWriter();
        CsvAuditWriter.Write(report, sw);
        string[] lines = sw.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("ID,Section / table,Figure,Rule id,Rule,Status,Reported,", lines[0], StringComparison.Ordinal);
    }
}
