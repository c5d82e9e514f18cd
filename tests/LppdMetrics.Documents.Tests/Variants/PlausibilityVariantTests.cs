using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Audit;
using LppdMetrics.Audit.Rules;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;

namespace LppdMetrics.Documents.Tests.Variants;

/// <summary>
/// Issue 17's acceptance for plausibility notes on synthetic reports in the seed's layout
/// (<see cref="PlausibilityReport"/>): a report in which every figure is consistent gets no plausibility note (and no
/// mismatch); a share moved beyond the rounding tolerance and a block of rows copied under other labels are each one
/// note, at the table and line where they are printed, with a trace naming both places.
/// </summary>
public class PlausibilityVariantTests
{
    private static List<AuditFinding> Audit(string text) =>
        [.. ReportAudit.Run(ReportRecognizer.Recognize(TextDocumentReader.ReadText(text, "generated.txt")).Report).Findings];

    [Property(MaxTest = 60)]
    public Property A_consistent_report_has_no_plausibility_note_and_no_mismatch() =>
        Prop.ForAll(Arb.From(PlausibilityReport.Generator), report =>
        {
            var findings = Audit(report.Render().Text);
            var noted = findings.Where(f => f.Status is FindingStatus.Implausible or FindingStatus.Mismatch).Select(f => f.Id + " " + f.Status).ToList();
            return (noted.Count == 0).Label("flagged: " + string.Join(", ", noted));
        });

    private static readonly Gen<(PlausibilityReport Report, int Table, int Column, int Row, int Units)> MovedShare =
        from report in PlausibilityReport.Generator
        from table in Gen.Choose(0, report.Shares.Count - 1)
        from column in Gen.Choose(0, 1)
        from row in Gen.Choose(0, report.Shares[table].Labels.Count - 1)
        from extra in Gen.Choose(1, 20)
        select (report, table, column, row, report.Shares[table].Labels.Count + extra);

    /// <summary>Shrinks the units towards the smallest move that must be caught (n + 1).</summary>
    private static IEnumerable<(PlausibilityReport, int, int, int, int)> ShrinkMove((PlausibilityReport Report, int Table, int Column, int Row, int Units) c)
    {
        int least = c.Report.Shares[c.Table].Labels.Count + 1;
        if (c.Units > least) yield return (c.Report, c.Table, c.Column, c.Row, least);
        if (c.Row > 0) yield return (c.Report, c.Table, c.Column, 0, c.Units);
    }

    [Property(MaxTest = 60)]
    public Property A_share_moved_beyond_the_tolerance_is_one_note_at_its_table() =>
        Prop.ForAll(Arb.From(MovedShare, ShrinkMove), c =>
        {
            var moved = c.Report.WithShareMoved(c.Table, c.Column, c.Row, c.Units);
            var (text, shareLines, _) = moved.Render();
            var notes = Audit(text).Where(f => f.Status == FindingStatus.Implausible).ToList();
            var lines = shareLines[c.Table];
            int movedLine = lines[c.Row];
            int anchor = lines[^1]; // the total row, or the last share
            return (notes.Count == 1 && notes[0].Rule == RuleCatalog.ShareTotal && notes[0].Source == anchor
                    && notes[0].Trace!.Inputs.Any(i => i.Note is { } n && n.Contains("line " + movedLine, StringComparison.Ordinal)))
                .Label($"notes: {string.Join(", ", notes.Select(n => n.Id + "@" + n.Source))}; moved line {movedLine}, anchor {anchor}");
        });

    private static readonly Gen<(PlausibilityReport Report, int Table, int Source, int From, int Target, int At, int Count)> CopiedBlock =
        from report in PlausibilityReport.Generator
        from table in Gen.Choose(0, report.Compositions.Count - 1)
        let blocks = report.Compositions[table].Blocks
        from target in Gen.Choose(1, blocks.Count - 1)
        from source in Gen.Choose(0, target - 1)
        from count in Gen.Choose(3, Math.Min(blocks[source].Count, blocks[target].Count)) // one number per row: 3 rows make the 3 numbers a copy needs
        from start in Gen.Choose(0, blocks[source].Count - count)
        from at in Gen.Choose(0, blocks[target].Count - count)
        select (report, table, source, start, target, at, count);

    private static IEnumerable<(PlausibilityReport, int, int, int, int, int, int)> ShrinkCopy((PlausibilityReport Report, int Table, int Source, int From, int Target, int At, int Count) c)
    {
        if (c.Count > 3) yield return (c.Report, c.Table, c.Source, c.From, c.Target, c.At, 3);
        if (c.At > 0) yield return (c.Report, c.Table, c.Source, c.From, c.Target, 0, c.Count);
        if (c.From > 0) yield return (c.Report, c.Table, c.Source, 0, c.Target, c.At, c.Count);
    }

    [Fact]
    public void Two_rows_of_one_number_each_are_too_little_to_call_a_copy()
    {
        var report = PlausibilityReport.Generator.Sample(1, 1).Single();
        var (text, _, _) = report.WithCopiedRows(0, 0, 0, 1, 0, 2).Render();
        Assert.DoesNotContain(Audit(text), f => f.Status == FindingStatus.Implausible);
    }

    [Property(MaxTest = 60)]
    public Property Rows_copied_under_other_labels_are_one_note_at_the_first_copied_row() =>
        Prop.ForAll(Arb.From(CopiedBlock, ShrinkCopy), c =>
        {
            var copied = c.Report.WithCopiedRows(c.Table, c.Source, c.From, c.Target, c.At, c.Count);
            var (text, _, compositionLines) = copied.Render();
            var notes = Audit(text).Where(f => f.Status == FindingStatus.Implausible).ToList();
            var blocks = compositionLines[c.Table];
            int first = blocks[c.Target][c.At];
            var originals = Enumerable.Range(c.From, c.Count).Select(r => blocks[c.Source][r]).ToList();
            return (notes.Count == 1 && notes[0].Rule == RuleCatalog.CopiedRows && notes[0].Source == first
                    && originals.All(line => notes[0].Trace!.Inputs.Any(i => i.Note is { } n && n.EndsWith("line " + line, StringComparison.Ordinal))))
                .Label($"notes: {string.Join(", ", notes.Select(n => n.Id + "@" + n.Source))}; expected at {first} from {string.Join(",", originals)}");
        });
    /// <summary>
    /// The same row, amounts to the rupiah, under two headings of one table is a copy (seed Tabel 1.12 lines 1136 and
    /// 1224); the same small counts under two headings (36 tenaga kesehatan for two SPM services) are not.
    /// </summary>
    [Fact]
    public void The_same_row_under_another_heading_is_a_copy_only_with_an_amount()
    {
        string Report(string a, string b) => string.Join('\n',
            "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN SUKAMAJU TAHUN 2024", "", "**Tabel 1.12**  ", "**Anggaran dan Realisasi Program**", "",
            "No.\tProgram\tAnggaran\tRealisasi\t%",
            "<b>Dinas Pertanian</b>\t\t\t\t",
            "1.\tProgram Penyuluhan Pertanian\t" + a,
            "2.\tProgram Pengelolaan Irigasi\t1.200.000,00\t1.100.000,00\t91,67%",
            "<b>Dinas Perikanan</b>\t\t\t\t",
            "3.\tProgram Pengelolaan Tambak\t2.400.000,00\t2.000.000,00\t83,33%",
            "4.\tProgram Penyuluhan Pertanian\t" + b,
            "", "Sumber: data uji.", "") ;
        // Lines: the first programme row is line 8, its repetition line 12.
        var notes = Audit(Report("3.973.603.552,00\t3.761.661.807,00\t94,67%", "3.973.603.552,00\t3.761.661.807,00\t94,67%"))
            .Where(f => f.Status == FindingStatus.Implausible).ToList();
        var note = Assert.Single(notes);
        Assert.Equal(12, note.Source);
        Assert.Contains("line 8", note.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(Audit(Report("36\t34\t94,44%", "36\t34\t94,44%")), f => f.Status == FindingStatus.Implausible);
        Assert.DoesNotContain(Audit(Report("3.973.603.552,00\t3.761.661.807,00\t94,67%", "3.973.603.552,00\t3.761.661.800,00\t94,67%")),
            f => f.Status == FindingStatus.Implausible);
    }
}
