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

    private static readonly Gen<(PlausibilityReport Report, int Row, int Year, int Units)> MovedGrowth =
        from report in PlausibilityReport.Generator
        from row in Gen.Choose(0, 1)
        from year in Gen.Choose(2022, 2024)
        from size in Gen.Choose(2, 60)
        from sign in Gen.Elements(-1, 1)
        select (report, row, year, sign * size);

    /// <summary>Shrinks the move towards the smallest that must be caught (2 units of 0,01: the levels' rounding allows far less than one).</summary>
    private static IEnumerable<(PlausibilityReport, int, int, int)> ShrinkGrowth((PlausibilityReport Report, int Row, int Year, int Units) c)
    {
        if (Math.Abs(c.Units) > 2) yield return (c.Report, c.Row, c.Year, Math.Sign(c.Units) * 2);
        if (c.Year > 2022) yield return (c.Report, c.Row, 2022, c.Units);
        if (c.Row > 0) yield return (c.Report, 0, c.Year, c.Units);
    }

    /// <summary>
    /// A growth printed in the Tabel 4.4.2-like table that does not follow from the levels of the Tabel 2.6-like table
    /// (levels of 10⁵ and more printed to the unit: their rounding moves a growth by less than 0,001 %, so 2 units of
    /// 0,01 are beyond it) is one <c>plausibility.growth-levels</c> note at the growth's line, its trace naming the levels' line.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property A_growth_moved_off_the_levels_of_another_table_is_one_note_at_its_line() =>
        Prop.ForAll(Arb.From(MovedGrowth, ShrinkGrowth), c =>
        {
            var (text, _, _, cross) = c.Report.WithGrowthMoved(c.Row, c.Year, c.Units).RenderWithCrossTables();
            var notes = Audit(text).Where(f => f.Status == FindingStatus.Implausible).ToList();
            int growthLine = c.Row == 0 ? cross!.EconomicGrowth : cross!.PopulationGrowth;
            int levelLine = c.Row == 0 ? cross.RealGdp : cross.Population;
            return (notes.Count == 1 && notes[0].Rule == RuleCatalog.GrowthLevels && notes[0].Source == growthLine
                    && notes[0].Id.EndsWith("growth-levels-" + c.Year, StringComparison.Ordinal)
                    && notes[0].Trace!.Inputs.Count(i => i.Note is { } n && n.Contains("line " + levelLine, StringComparison.Ordinal)) == 2)
                .Label($"notes: {string.Join(", ", notes.Select(n => n.Id + "@" + n.Source))}; growth line {growthLine}, levels line {levelLine}");
        });

    private static readonly Gen<(PlausibilityReport Report, int Row, int Units)> MovedSectorShare =
        from report in PlausibilityReport.Generator
        from row in Gen.Choose(0, report.Sectors!.Labels.Count - 1)
        from size in Gen.Choose(3, 40)
        from sign in Gen.Elements(-1, 1)
        let down = report.Sectors!.Share(row) - size * LppdMetrics.Numbers.ReportRounding.UnitInLastPlace(report.Sectors.Decimals) >= 0
        select (report, row, sign < 0 && down ? -size : size); // a share is never printed below 0 (a column with a negative value is not shares)

    private static IEnumerable<(PlausibilityReport, int, int)> ShrinkSectorShare((PlausibilityReport Report, int Row, int Units) c)
    {
        if (Math.Abs(c.Units) > 3) yield return (c.Report, c.Row, Math.Sign(c.Units) * 3);
        if (c.Row > 0) yield return (c.Report, 0, c.Units);
    }

    /// <summary>
    /// A sector's share that does not follow from its count and the Jumlah printed in another table (counts of 10⁴ and
    /// more: their rounding moves a share by at most 0,01 points, so 3 units of the last digit are beyond it) is a
    /// <c>plausibility.share-of-total</c> note at the share's line naming the part's and the total's lines (the moved
    /// share may also break the column's sum to 100: a <c>plausibility.share-total</c> note, another check).
    /// </summary>
    [Property(MaxTest = 60)]
    public Property A_share_moved_off_the_counts_of_another_table_is_one_note_at_its_line() =>
        Prop.ForAll(Arb.From(MovedSectorShare, ShrinkSectorShare), c =>
        {
            var (text, _, _, cross) = c.Report.WithSectorShareMoved(c.Row, c.Units).RenderWithCrossTables();
            var notes = Audit(text).Where(f => f.Status == FindingStatus.Implausible && f.Rule == RuleCatalog.ShareOfTotal).ToList();
            int shareLine = cross!.Shares[c.Row], partLine = cross.Counts[c.Row], totalLine = cross.Counts[^1];
            return (notes.Count == 1 && notes[0].Source == shareLine
                    && notes[0].Trace!.Inputs.Any(i => i.Note is { } n && n.Contains("line " + partLine, StringComparison.Ordinal))
                    && notes[0].Trace!.Inputs.Any(i => i.Note is { } n && n.Contains("line " + totalLine, StringComparison.Ordinal)))
                .Label($"notes: {string.Join(", ", notes.Select(n => n.Id + "@" + n.Source))}; share line {shareLine}, part {partLine}, total {totalLine}");
        });

    /// <summary>The consistent report prints the cross-table pairs, and each is a check the extractor finds (so the zero notes above are checks that hold, not checks never made).</summary>
    [Fact]
    public void The_consistent_report_carries_the_cross_table_checks()
    {
        var report = PlausibilityReport.Generator.Sample(1, 1).Single();
        var figures = ReportRecognizer.Recognize(TextDocumentReader.ReadText(report.Render().Text, "generated.txt")).Report.Tables.SelectMany(t => t.Figures).ToList();
        Assert.Equal(6, figures.Count(f => f.Rule == RuleCatalog.GrowthLevels)); // 2 rows × 3 years
        Assert.Equal(report.Sectors!.Labels.Count, figures.Count(f => f.Rule == RuleCatalog.ShareOfTotal));
    }
}
