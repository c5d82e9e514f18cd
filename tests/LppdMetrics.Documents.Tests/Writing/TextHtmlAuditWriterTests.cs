using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.Audit;
using LppdMetrics.Documents.Writing;

namespace LppdMetrics.Documents.Tests.Writing;

public class TextHtmlAuditWriterTests
{
    private static string Text(ReportLanguage language, bool verbose, FindingStatus? only = null)
    {
        var sw = new StringWriter();
        var listed = EmbeddedAudit.Result.Findings.Where(f => only is null || f.Status == only);
        TextAuditWriter.Write(EmbeddedAudit.In(language), listed, verbose, sw);
        return sw.ToString();
    }

    [Theory]
    [InlineData(ReportLanguage.Indonesian, false)]
    [InlineData(ReportLanguage.English, false)]
    [InlineData(ReportLanguage.English, true)]
    public void No_text_line_is_wider_than_120_columns(ReportLanguage language, bool verbose)
    {
        var lines = Text(language, verbose).ReplaceLineEndings("\n").Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= 120, l));
    }

    [Fact]
    public void Text_starts_with_the_summary_and_per_table_counts_and_prints_numbers_as_printed()
    {
        string text = Text(ReportLanguage.Indonesian, verbose: false, FindingStatus.Mismatch);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        Assert.StartsWith("ringkasan: 1678 angka: ", lines[1], StringComparison.Ordinal);
        Assert.Contains("82 tidak sesuai", lines[1], StringComparison.Ordinal);
        Assert.Matches(@"^\s+57\s+0\s+2\s+0\s+0\s+Tabel 1\.6 ", lines.Single(l => l.Contains("Tabel 1.6 ASN", StringComparison.Ordinal) && Regex.IsMatch(l, @"^\s+\d")));
        // Tabel 2.5: its education rows repeat its labour rows (seed lines 1474–1476 and 1469–1471): one plausibility note.
        Assert.Matches(@"^\s+\d+\s+\d+\s+\d+\s+\d+\s+1\s+Tabel 2\.5 ", lines.Single(l => l.Contains("Tabel 2.5 Komposisi", StringComparison.Ordinal) && Regex.IsMatch(l, @"^\s+\d")));
        Assert.Contains("10 tidak wajar", lines[1], StringComparison.Ordinal);
        // Tabel 1.12 row 1: realised 2.908.724.557.697 of 2.748.871.333.025 = 105,82 %, printed 94,50 %.
        Assert.Matches(@"TIDAK SESUAI\s+94,50 %\s+105,82 %\s+-11,32\s+baris 1061\s+1\.12/1061/persen", text);
        Assert.DoesNotContain("input  ", text, StringComparison.Ordinal); // traces only with --verbose
        Assert.Contains("input  ", Text(ReportLanguage.Indonesian, verbose: true, FindingStatus.Mismatch), StringComparison.Ordinal);
    }

    /// <summary>Words of 1–200 letters (some longer than a line); shrinks by dropping words and shortening them.</summary>
    private static readonly Arbitrary<string[]> Words = Arb.From(
        Gen.ArrayOf(Gen.Choose(1, 200).Select(n => new string('w', n))),
        ws => Enumerable.Range(0, ws.Length).Select(i => ws.Where((_, j) => j != i).ToArray())
            .Concat(ws.Any(w => w.Length > 1) ? [ws.Select(w => w[..((w.Length + 1) / 2)]).ToArray()] : []));

    [Fact]
    public void Wrapping_keeps_every_character_and_the_width()
    {
        Prop.ForAll(Words, words =>
        {
            var written = new StringWriter { NewLine = "\n" };
            TextAuditWriter.Wrap(written, string.Join(' ', words), "      ");
            var lines = written.ToString().Split('\n')[..^1];
            return lines.All(l => l.Length <= TextAuditWriter.Width && l.StartsWith("      ", StringComparison.Ordinal))
                && string.Concat(lines.Select(l => l.Replace(" ", "", StringComparison.Ordinal))) == string.Concat(words);
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Separators between words: spaces and every line ending; shrinks towards one space.</summary>
    private static readonly Gen<string> Separator = Gen.Elements(" ", "  ", "\n", "\r\n", "\r", "\f", "\u0085", "\u2028", "\u2029", " \n ");

    [Fact]
    public void Wrapping_treats_runs_of_spaces_and_line_endings_as_one_space()
    {
        // The same words joined by one space each, and by random runs of spaces and line endings (before, between and
        // after them), wrap to the same lines.
        var cases = Arb.From(
            from words in Words.Generator
            from separators in Gen.ArrayOf(Separator, words.Length + 1)
            select (words, separators),
            c => Words.Shrinker(c.words).Select(w => (w, c.separators.Take(w.Length + 1).ToArray())));
        Prop.ForAll(cases, c =>
        {
            var single = new StringWriter();
            TextAuditWriter.Wrap(single, string.Join(' ', c.words), "    ");
            var mixed = new StringWriter();
            TextAuditWriter.Wrap(mixed, string.Concat(c.words.Select((w, i) => c.separators[i] + w)) + c.separators[^1], "    ");
            return single.ToString() == mixed.ToString();
        }).QuickCheckThrowOnFailure();
    }

    private static string Html(ReportLanguage language)
    {
        var sw = new StringWriter();
        HtmlAuditWriter.Write(EmbeddedAudit.In(language), sw);
        return sw.ToString();
    }

    [Theory]
    [InlineData(ReportLanguage.Indonesian)]
    [InlineData(ReportLanguage.English)]
    public void Html_keeps_the_markup_contract_and_stays_small_and_offline(ReportLanguage language)
    {
        string html = Html(language);
        var s = EmbeddedAudit.Result.Summary;
        Assert.Contains($"data-count-match=\"{s.Match}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-count-mismatch=\"82\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-count-rounding=\"{s.Rounding}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-count-not-checkable=\"{s.NotCheckable}\"", html, StringComparison.Ordinal);
        var ids = Regex.Matches(html, "data-finding-id=\"([^\"]+)\" data-status=\"([a-z-]+)\"").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(EmbeddedAudit.Result.Findings.Count, ids.Count);
        // Mismatches first, each finding once with its status code.
        Assert.All(ids.Take(82), x => Assert.Equal("mismatch", x.Item2));
        Assert.Equal(EmbeddedAudit.Result.Findings.Select(f => (f.Id, AuditTexts.StatusCode(f.Status))).Order(), ids.Order());
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) < 2_000_000);
        Assert.DoesNotMatch("(src|href)=\"?(https?:)?//", html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Contains(language == ReportLanguage.Indonesian ? "<html lang=\"id\">" : "<html lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_shows_values_as_printed_sources_and_notes()
    {
        string html = Html(ReportLanguage.Indonesian);
        int at = html.IndexOf("data-finding-id=\"4.3.2.1/2881/capaian\"", StringComparison.Ordinal);
        string finding = html[at..html.IndexOf("</article>", at, StringComparison.Ordinal)];
        Assert.Contains("<span class=\"num\">94,60 %</span><span class=\"num\">94,59 %</span><span class=\"num\">+0,01</span>", finding, StringComparison.Ordinal);
        Assert.Contains("baris 2881", finding, StringComparison.Ordinal);
        Assert.Contains("<details class=\"trace\">", finding, StringComparison.Ordinal);
        // ICOR scored with positive polarity (seed line 3597): the note is visible, its heading translated.
        at = html.IndexOf("data-finding-id=\"4.4.3.1/3597/capaian\"", StringComparison.Ordinal);
        finding = html[at..html.IndexOf("</article>", at, StringComparison.Ordinal)];
        Assert.Contains("<p class=\"note\">ⓘ polaritas meragukan:", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_escapes_markup_in_labels()
    {
        Assert.Equal("a &lt;b&gt; &amp; &quot;c&quot; 'd'", HtmlAuditWriter.E("a <b> & \"c\" 'd'"));
    }
}

public class TextSourceTests
{
    [Fact]
    public void A_long_document_source_moves_below_rather_than_cutting_the_id()
    {
        var f = EmbeddedAudit.Finding("4.3.2.1/2881/capaian") with { Location = new Reports.SourceLocation { Page = 112, Table = 31, Row = 14, Column = 6 } };
        var report = new AuditReport(new Audit.AuditResult([f], Audit.AuditSummary.Of([f])), EmbeddedAudit.Document, "lppd.pdf",
            EmbeddedAudit.RunAt, "1", ReportLanguage.Indonesian);
        var sw = new StringWriter();
        TextAuditWriter.Write(report, [f], verbose: false, sw);
        var lines = sw.ToString().ReplaceLineEndings("\n").Split('\n');
        int row = Array.FindIndex(lines, l => l.EndsWith(" 4.3.2.1/2881/capaian", StringComparison.Ordinal) && l.Contains("94,60 %", StringComparison.Ordinal));
        Assert.True(row > 0);
        Assert.StartsWith("      hlm. 112, tabel 31, baris tabel 14, kolom 6 · Nilai SAKIP", lines[row + 1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Length <= TextAuditWriter.Width, l));
    }
}
