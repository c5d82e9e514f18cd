using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Documents.Tests;

/// <summary>
/// What counts as a line of a text report (TextLines; README "Line numbers of a text"): a line ends at LF, CR LF, LF
/// CR or a lone CR, so every line number a finding or a refusal names is the one <c>grep -n</c>, <c>sed -n</c> and an
/// editor show for an LF or CR LF text. The code before counted form feed, NEL, LS and PS as line ends too (the lines
/// after one were numbered one more than an editor shows) and LF CR as two (a blank line after every line: tables
/// broken after every row).
/// </summary>
public class TextLinesTests
{
    [Theory]
    [InlineData("\f")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void A_form_feed_nel_ls_or_ps_inside_a_line_ends_no_line(string character)
    {
        // line 2 holds the character in its middle; the table's rows are lines 4 and 5 as grep -n counts them
        string text = "Tabel 1\nJudul" + character + "tabel\n\nA\tB\n1\t2,5\n";
        var doc = TextDocumentReader.ReadText(text, "x.txt");
        var table = Assert.Single(doc.Blocks.OfType<DocumentTable>());
        Assert.Equal([4, 5], table.Rows.Select(r => r.Location.Line!.Value));
        Assert.Equal(["Tabel 1", "Judul tabel"], doc.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
        Assert.Equal([1, 2], doc.Blocks.OfType<DocumentParagraph>().Select(p => p.Location.Line!.Value));
    }

    [Theory]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void A_line_break_inside_a_cell_keeps_two_numbers_two(string character)
    {
        // "80" over "85" in one cell, as a Word cell's line break: "80; 85", never 8085
        var row = Assert.Single(Assert.Single(TextDocumentReader.ReadText("A\t80" + character + "85\n", "x.txt").Blocks.OfType<DocumentTable>()).Rows);
        Assert.Equal(["A", "80; 85"], row.Cells.Select(c => c.Text));
        var pipe = Assert.Single(TextDocumentReader.ReadText("| B | 1" + character + "2 |\n", "x.md").Blocks.OfType<DocumentTable>()).Rows[0];
        Assert.Equal(["B", "1; 2"], pipe.Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_form_feed_beginning_a_line_is_a_page_break_that_ends_the_table_above()
    {
        // pdftotext writes a form feed before a page's first line: the table goes on in a part of its own, as after a
        // blank line (the recognisers join the parts), and its rows keep their grep -n line numbers
        var doc = TextDocumentReader.ReadText("A\tB\n1\t2\n\fA\tB\n3\t4\n", "x.txt");
        var tables = doc.Blocks.OfType<DocumentTable>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal([[1, 2], [3, 4]], tables.Select(t => t.Rows.Select(r => r.Location.Line!.Value).ToArray()));
        Assert.Equal("A", tables[1].Rows[0].Cells[0].Text);
    }

    [Theory]
    [InlineData("\f")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void A_refusal_names_the_line_grep_shows(string character)
    {
        // a grid line out of line with its border on line 4 (grep -n); the code before said line 5
        string text = "Judul" + character + "tabel\n\n+---+---+\n| a  | b |\n+---+---+\n";
        var ex = Assert.Throws<DocumentReadException>(() => TextDocumentReader.ReadText(text, "x.md"));
        Assert.Equal(4, ex.Location?.Line);
        Assert.Contains("at line 4", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\nb", new[] { "a", "b" })]
    [InlineData("a\r\nb\r\n", new[] { "a", "b", "" })]
    [InlineData("a\n\rb\n\r", new[] { "a", "b", "" })]
    [InlineData("a\rb", new[] { "a", "b" })]
    [InlineData("a\r\n\rb", new[] { "a", "", "b" })]   // CR LF, then a lone CR: a blank line
    [InlineData("a\n\r\nb", new[] { "a", "", "b" })]   // LF CR, then LF
    [InlineData("a\n\nb", new[] { "a", "", "b" })]
    [InlineData("a\r\rb", new[] { "a", "", "b" })]
    [InlineData("a\f\u0085\u2028\u2029b", new[] { "a\f\u0085\u2028\u2029b" })]
    public void Lines_end_at_lf_cr_lf_lf_cr_or_cr(string text, string[] lines) =>
        Assert.Equal(lines, TextLines.Split(text));

    private static readonly string[] Endings = ["\n", "\r\n", "\n\r"];

    private static readonly string[] Kinds = ["gfm.md", "grid.md", "pandoc.md", "commonmark.md"];

    private static readonly Lazy<Dictionary<string, string[]>> Fixtures = new(() => Kinds.ToDictionary(k => k, k =>
        File.ReadAllText(TestDataPath.Of("documents", "converted", "lppd-wrapped-running-header." + k)).Split('\n')));

    /// <summary>Every table cell with its line and column, every paragraph with its line, then every finding.</summary>
    private static List<string> Read(string text)
    {
        var content = TextDocumentReader.ReadText(text, "x.md");
        var result = content.Blocks.SelectMany(b => b is DocumentTable t
            ? t.Rows.SelectMany(r => r.Cells).Select(c => $"{c.Location.Line}:{c.Location.Column} {c.Text}")
            : [$"{b.Location.Line} {((DocumentParagraph)b).Text}"]).ToList();
        result.AddRange(ReportAudit.Run(ReportRecognizer.Recognize(content).Report).Findings
            .Select(f => $"{f.Id} {f.Rule} {f.Status} {f.Reported} {f.Recomputed} {f.Source}"));
        return result;
    }

    /// <summary>
    /// A converted report (pipe, grid, multiline or HTML tables) whose lines end each in LF, CR LF or LF CR, chosen line
    /// by line, reads as the same blocks at the same lines, and audits to the same findings, as with LF only; and the
    /// LF text's capaian are those worked out by hand (ConvertedTextTests: 84 / 80 = 105,00 %, (2·10 − 9) / 10 =
    /// 110,00 % with 111,00 % printed in Tabel 3.3).
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Any_mix_of_lf_cr_lf_and_lf_cr_reads_as_lf() =>
        Prop.ForAll(Shrinkers.Elements(Kinds), EndingChoices(), (kind, choices) =>
        {
            string[] lines = Fixtures.Value[kind];
            var expected = Read(string.Join("\n", lines));
            string mixed = string.Concat(lines.Select((l, i) => l + (i == lines.Length - 1 ? "" : Endings[choices[i % choices.Length]])));
            return expected.SequenceEqual(Read(mixed)).Label($"{kind}, endings {string.Join("", choices.Select(c => c))}");
        });

    [Fact]
    public void The_lf_text_and_old_mac_cr_text_give_the_capaian_worked_out_by_hand()
    {
        string[] lines = File.ReadAllText(TestDataPath.Of("documents", "converted", "lppd-wrapped-running-header.grid.md")).Split('\n');
        foreach (string ending in (string[])["\n", "\r", "\n\r"])
        {
            var findings = ReportAudit.Run(ReportRecognizer.Recognize(TextDocumentReader.ReadText(string.Join(ending, lines), "x.md")).Report).Findings
                .Where(f => f.Rule.StartsWith("capaian.", StringComparison.Ordinal)).ToList();
            Assert.Equal(16, findings.Count);
            Assert.Equal(Enumerable.Range(1, 8).SelectMany(t => new[] { 105.00m, 110.00m }), findings.Select(f => f.Recomputed!.Value));
            Assert.Equal(Enumerable.Range(1, 8).SelectMany(t => new[] { 105.00m, t == 3 ? 111.00m : 110.00m }), findings.Select(f => f.Reported!.Value));
        }
    }

    /// <summary>An ending index (into <see cref="Endings"/>) for each of up to 400 lines, cycled over longer texts;
    /// shrinking toward fewer choices and LF.</summary>
    private static Arbitrary<int[]> EndingChoices() =>
        Arb.From(Gen.Choose(1, 400).SelectMany(n => Gen.Choose(0, Endings.Length - 1).ArrayOf(n)),
            a => Shrinkers.Array(a, x => Shrinkers.Int(x, 0), minLength: 1));
}
