using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Audit;
using LppdMetrics.Audit.Rules;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Tests.Audit;

/// <summary>
/// Plausibility notes (docs/methods.md#plausibility): informational findings of status Implausible, only for checks
/// that fail, with traces naming every place compared; values worked out by hand.
/// </summary>
public class PlausibilityTests
{
    private static FigureInput In(string name, decimal value, int? line = null) => new() { Name = name, Value = value, Source = line };

    private static AuditResult Audit(params ReportFigure[] figures) =>
        ReportAudit.Run(new LppdReport { Title = "t", Tables = [new ReportTable { Id = "t", Title = "T", Figures = figures }] });

    private static ReportFigure Shares(string id, int decimals, decimal total, params decimal[] shares) => new()
    {
        Id = id, Label = id, Rule = RuleCatalog.ShareTotal, Reported = total, Decimals = decimals, Source = 100,
        Inputs = [In("total", total, 100), .. shares.Select((s, i) => In("s" + i.ToString(CultureInfo.InvariantCulture), s, 90 + i))],
    };

    [Fact]
    public void Shares_that_miss_100_by_more_than_the_rounding_tolerance_are_one_implausible_note()
    {
        // 20,13 + 30,01 + 49,80 = 99,94; 3 shares × ½ × 0,01 = 0,015 < 0,06.
        var finding = Assert.Single(Audit(Shares("x", 2, 100m, 20.13m, 30.01m, 49.80m)).Findings);
        Assert.Equal(FindingStatus.Implausible, finding.Status);
        Assert.Equal(RuleCatalog.ShareTotal, finding.Rule);
        Assert.Equal(99.94m, finding.Unrounded);
        Assert.Contains("0.015", finding.Explanation, StringComparison.Ordinal);
        // The trace names every place: the total's line and each share's.
        Assert.Equal([100, 90, 91, 92], finding.Trace!.Inputs.Select(i => int.Parse(i.Note!.Split("line ")[1], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Shares_within_the_tolerance_give_no_finding()
    {
        // 33,33 × 3 = 99,99: 0,01 ≤ 3 × 0,005 = 0,015. 0,2 + 0,3 + 0,5 = 1 share of 1 in whole numbers is not a share of 100.
        Assert.Empty(Audit(Shares("x", 2, 100m, 33.33m, 33.33m, 33.33m)).Findings);
        // 16,91 + 83,09 against the printed "100%" of the second Tabel 1.7 of the seed (line 534).
        Assert.Empty(Audit(Shares("y", 2, 100m, 16.91m, 83.09m)).Findings);
        var result = Audit(Shares("z", 0, 100m, 33m, 33m, 33m)); // 99 vs 100: 1 ≤ 3 × 0,5
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.Summary.Implausible);
    }

    [Fact]
    public void Explain_shows_a_holding_check_as_a_match_with_its_trace()
    {
        var report = new LppdReport { Title = "t", Tables = [new ReportTable { Id = "t", Title = "T", Figures = [Shares("x", 2, 100m, 84.64m, 15.36m)] }] };
        var finding = ReportAudit.Explain(report, "x");
        Assert.NotNull(finding);
        Assert.Equal(FindingStatus.Match, finding.Status);
        Assert.Equal(100m, finding.Unrounded);
    }

    [Fact]
    public void Copied_rows_are_implausible_when_every_pair_is_equal()
    {
        // Seed Tabel 2.5: SD/MTs 695.845, SLTA 34.859, Perguruan Tinggi 4,77 (lines 1474–1476) repeat lines 1469–1471.
        var copy = new ReportFigure
        {
            Id = "c", Label = "c", Rule = RuleCatalog.CopiedRows, Source = 1474,
            Inputs = [In("copy: SD/MTs", 695845m, 1474), In("original: bekerja", 695845m, 1469), In("copy: SLTA", 34859m, 1475),
                In("original: pengangguran", 34859m, 1470), In("copy: PT", 4.77m, 1476), In("original: TPT", 4.77m, 1471)],
        };
        var finding = Assert.Single(Audit(copy).Findings);
        Assert.Equal(FindingStatus.Implausible, finding.Status);
        Assert.Equal(3m, finding.Unrounded);
        Assert.Contains("lines 1469, 1470, 1471", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal(6, finding.Trace!.Inputs.Count);
        // One pair differs: not a copy.
        Assert.Empty(Audit(copy with { Inputs = [.. copy.Inputs.Take(5), In("original: TPT", 4.78m, 1471)] }).Findings);
    }

    [Fact]
    public void Each_truncated_figure_in_a_report_that_rounds_gets_a_note_at_its_place()
    {
        // 2 / 3 × 100 = 66,666…: rounded 66,67, truncated 66,66.
        ReportFigure Share(string id, decimal printed) => new()
        {
            Id = id, Label = id, Rule = RuleCatalog.Share, Reported = printed, Decimals = 2, Source = 10,
            Inputs = [In("bagian", 2m), In("keseluruhan", 3m)],
        };
        var report = new LppdReport
        {
            Title = "t",
            Tables =
            [
                new ReportTable { Id = "a", Title = "A", Figures = [Share("a1", 66.67m), Share("a2", 66.67m), Share("a3", 66.67m)] },
                new ReportTable { Id = "b", Title = "B", Figures = [Share("b1", 66.66m), Share("b2", 66.66m)] },
            ],
        };
        var result = ReportAudit.Run(report);
        Assert.Equal(2, result.Summary.Rounding);
        var notes = result.Findings.Where(f => f.Status == FindingStatus.Implausible).ToList();
        Assert.Equal(2, notes.Count);
        Assert.All(notes, n => Assert.Equal(RuleCatalog.Truncated, n.Rule));
        Assert.All(notes, n => Assert.Equal("B", n.Section));
        Assert.Contains("b1", notes[0].Explanation, StringComparison.Ordinal);
        Assert.Contains("b2", notes[1].Explanation, StringComparison.Ordinal);
        Assert.Equal(5, result.Summary.Total);
        Assert.Equal(result.Findings.Count, result.Summary.Total + result.Summary.Implausible);
        // The note follows its table's figures.
        Assert.Equal(["a1", "a2", "a3", "b1", "b2", "b1/plausibility-truncated", "b2/plausibility-truncated"], result.Findings.Select(f => f.Id));

        // A report that truncates everywhere (no rounding evidence elsewhere) gets no note; a lone truncation in a
        // report that rounds does (the report's own convention is the evidence).
        Assert.DoesNotContain(ReportAudit.Run(report with { Tables = [report.Tables[1]] }).Findings, f => f.Status == FindingStatus.Implausible);
        var lone = report with { Tables = [report.Tables[0], report.Tables[1] with { Figures = [Share("b1", 66.66m)] }] };
        var loneNote = Assert.Single(ReportAudit.Run(lone).Findings, f => f.Status == FindingStatus.Implausible);
        Assert.Contains("b1", loneNote.Explanation, StringComparison.Ordinal);
        Assert.Equal(10, loneNote.Source);
    }

    [Fact]
    public void A_plausibility_figure_with_a_wrong_shape_is_a_document_error()
    {
        var odd = new ReportFigure { Id = "c", Label = "c", Rule = RuleCatalog.CopiedRows, Inputs = [In("a", 1m), In("b", 1m), In("c", 1m)] };
        Assert.Contains("'c'", Assert.Throws<ReportDocumentException>(() => Audit(odd)).Message, StringComparison.Ordinal);
        var one = Shares("s", 2, 100m, 100m);
        Assert.Throws<ReportDocumentException>(() => Audit(one));
        var badDecimals = new ReportFigure { Id = "t", Label = "t", Rule = RuleCatalog.Truncated, Inputs = [In("p", 1m), In("u", 1m), In("d", 1.5m), In("p", 1m), In("u", 1m), In("d", 2m)] };
        Assert.Contains("1.5", Assert.Throws<ReportDocumentException>(() => Audit(badDecimals)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_with_an_input_not_printed_gives_no_finding()
    {
        var figure = Shares("x", 2, 100m, 20m, 30m) with { Inputs = [In("total", 100m), In("a", 20m), new FigureInput { Name = "b" }] };
        Assert.Empty(Audit(figure).Findings);
    }

    [Fact]
    public void The_plausibility_rules_are_in_the_catalogue_under_their_prefix()
    {
        Assert.All([RuleCatalog.CopiedRows, RuleCatalog.ShareTotal, RuleCatalog.Truncated], id =>
        {
            Assert.True(RuleCatalog.IsPlausibility(id));
            Assert.NotNull(RuleCatalog.Find(id));
        });
        Assert.False(RuleCatalog.IsPlausibility(RuleCatalog.Share));
        Assert.False(RuleCatalog.IsPlausibility(null));
    }

    /// <summary>Parts of a whole (positive counts), the printed decimals (0–2) and how many units to move one share.</summary>
    private static readonly Gen<(int[] Parts, int Decimals, int Move, int Index)> SharesCase =
        from n in Gen.Choose(2, 12)
        from parts in Gen.Choose(1, 1_000_000).ArrayOf(n)
        from decimals in Gen.Choose(0, 2)
        from move in Gen.Choose(0, 3)
        from index in Gen.Choose(0, n - 1)
        select (parts, decimals, move, index);

    /// <summary>
    /// Shares computed from any parts and rounded half up at the printed precision never raise a note; moving one
    /// share by n + 1 units or more (beyond n × ½ unit from any sum of rounded shares) always does.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Rounded_shares_of_a_whole_are_quiet_and_a_share_moved_beyond_the_tolerance_is_flagged() =>
        Prop.ForAll(Arb.From(SharesCase), c =>
        {
            decimal whole = c.Parts.Sum(p => (decimal)p);
            decimal[] shares = [.. c.Parts.Select(p => ReportRounding.Round(p / whole * 100m, c.Decimals))];
            bool quiet = Audit(Shares("x", c.Decimals, 100m, shares)).Findings.Count == 0;
            if (c.Move == 0) return quiet;
            decimal[] moved = [.. shares];
            moved[c.Index] += (shares.Length + c.Move) * ReportRounding.UnitInLastPlace(c.Decimals);
            var flagged = Audit(Shares("x", c.Decimals, 100m, moved)).Findings;
            return quiet && flagged.Count == 1 && flagged[0].Status == FindingStatus.Implausible && flagged[0].Trace!.Inputs.Count == shares.Length + 1;
        });
}
