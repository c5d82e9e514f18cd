using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Audit;
using LppdMetrics.Reports;

namespace LppdMetrics.Tests.Audit;

public class PropagationTests
{
    private static ReportFigure Achievement(string id, int line, decimal t, decimal r, decimal reported, string printed) => new()
    {
        Id = id, Label = id, Rule = "capaian", Polarity = LppdMetrics.Accountability.Polarity.Positive, Reported = reported, Printed = printed, Decimals = 2, Source = line,
        Inputs = [new FigureInput { Name = "T", Value = t, Source = line }, new FigureInput { Name = "R", Value = r, Source = line }],
    };

    private static ReportFigure Mean(string id, int line, decimal reported, int decimals, params (string Name, decimal Value, int Line)[] members) => new()
    {
        Id = id, Label = id, Rule = "capaian.mean", Reported = reported, Decimals = decimals, Source = line,
        Inputs = members.Select(m => new FigureInput { Name = m.Name, Value = m.Value, Source = m.Line }).ToArray(),
    };

    private static LppdReport Report(params ReportFigure[] figures) =>
        new() { Title = "propagation", Tables = [new ReportTable { Id = "t", Title = "T", Figures = figures }] };

    // By hand: 67,16 / 71 × 100 = 94,5915… → 94,59, printed 94,60 (a mismatch, as Tabel 4.3.2.1 of the seed).
    // The mean (94,60 + 90,00) / 2 = 92,300 matches its print; with 94,59 it is 184,59 / 2 = 92,295.
    private static readonly ReportFigure Sakip = Achievement("sakip", 10, 71m, 67.16m, 94.60m, "94,60%");
    private static readonly ReportFigure Other = Achievement("other", 11, 100m, 90m, 90.00m, "90,00%");
    private static readonly ReportFigure MeanOne = Mean("mean", 12, 92.300m, 3, ("SAKIP", 94.60m, 10), ("other", 90.00m, 11));

    [Fact]
    public void A_misprinted_capaian_propagates_into_the_mean_it_feeds()
    {
        var result = ReportAudit.Run(Report(Sakip, Other, MeanOne));
        var sakip = result.Find("sakip")!;
        var mean = result.Find("mean")!;
        Assert.Equal(FindingStatus.Mismatch, sakip.Status);
        Assert.Equal(94.59m, sakip.Recomputed);
        Assert.Equal(FindingStatus.Match, mean.Status); // unchanged: the note is informational
        var link = Assert.Single(mean.Propagation);
        Assert.Equal(new PropagationLink("sakip", "mean", "SAKIP", 10, 94.59m, 92.295m, null, false), link);
        Assert.Equal(link, Assert.Single(sakip.Propagation));
        Assert.Equal("propagated: input SAKIP (line 10) is mismatch sakip; with 94.59 the figure would be 92.295", Assert.Single(mean.Notes));
        Assert.Equal("propagated: feeds mean (input SAKIP); with 94.59 it would be 92.295", Assert.Single(sakip.Notes));
        Assert.Empty(result.Find("other")!.Propagation);
        Assert.Equal(new AuditSummary(2, 0, 1, 0) { Informational = 0, Propagated = 2 }, result.Summary);
    }

    [Fact]
    public void A_chain_of_two_runs_from_cause_to_effect()
    {
        // A total of the sasaran mean and an unlinked 100,000: 192,300 as printed; with 92,295 it is 192,295.
        // (A capaian.mean above it would not show the chain: its rule rounds members to 2 decimals, 92,295 → 92,30.)
        var outer = new ReportFigure
        {
            Id = "outer", Label = "outer", Rule = "sum", Reported = 192.300m, Decimals = 3, Source = 14,
            Inputs = [new FigureInput { Name = "sasaran", Value = 92.300m, Source = 12 }, new FigureInput { Name = "unlinked", Value = 100.000m, Source = 13 }],
        };
        var result = ReportAudit.Run(Report(Sakip, Other, MeanOne, outer));
        var mean = result.Find("mean")!;
        Assert.Equal(["sakip", "mean"], mean.Propagation.Select(l => l.UpstreamId)); // cause first, then effect
        Assert.Equal(["mean", "outer"], mean.Propagation.Select(l => l.DependantId));
        var last = Assert.Single(result.Find("outer")!.Propagation);
        Assert.Equal(new PropagationLink("mean", "outer", "sasaran", 12, 92.295m, 192.295m, null, false), last);
        Assert.Equal("propagated: input sasaran (line 12) is propagated mean; with 92.295 the figure would be 192.295",
            Assert.Single(result.Find("outer")!.Notes));
        Assert.All(result.Findings.Where(f => f.Id != "sakip"), f => Assert.Equal(FindingStatus.Match, f.Status));
    }

    [Fact]
    public void No_link_when_the_upstream_matches()
    {
        // 67,16 / 71 printed correctly as 94,59: the mean (94,59 + 90) / 2 = 92,295 as printed, nothing to propagate.
        var right = Achievement("sakip", 10, 71m, 67.16m, 94.59m, "94,59%");
        var mean = Mean("mean", 12, 92.295m, 3, ("SAKIP", 94.59m, 10), ("other", 90.00m, 11));
        var result = ReportAudit.Run(Report(right, Other, mean));
        Assert.All(result.Findings, f => Assert.Empty(f.Propagation));
        Assert.All(result.Findings, f => Assert.Empty(f.Notes));
        Assert.Equal(0, result.Summary.Propagated);
    }

    [Fact]
    public void The_same_quantity_printed_in_two_places_links_both_occurrences()
    {
        // Tabel 5 repeats the SAKIP capaian as printed (94,60): the identity matches its print, but is the same error.
        var repeat = new ReportFigure
        {
            Id = "tabel5", Label = "SAKIP = Tabel 4.3.2.1", Rule = "identity", Reported = 94.60m, Decimals = 2, Source = 40,
            Inputs = [new FigureInput { Name = "Tabel 4.3.2.1", Value = 94.60m, Printed = "94,60%", Source = 10 }],
        };
        var result = ReportAudit.Run(Report(Sakip, repeat));
        var link = Assert.Single(result.Find("tabel5")!.Propagation);
        Assert.Equal(new PropagationLink("sakip", "tabel5", "Tabel 4.3.2.1", 10, 94.59m, 94.59m, null, true), link);
        Assert.Equal(link, Assert.Single(result.Find("sakip")!.Propagation));
        Assert.Equal(FindingStatus.Match, result.Find("tabel5")!.Status);

        // Both consistent: still linked as one quantity, with no corrected value.
        var right = Achievement("sakip", 10, 71m, 67.16m, 94.59m, "94,59%");
        var same = repeat with { Reported = 94.59m, Inputs = [repeat.Inputs[0] with { Value = 94.59m, Printed = "94,59%" }] };
        var ok = ReportAudit.Run(Report(right, same));
        Assert.Equal(new PropagationLink("sakip", "tabel5", "Tabel 4.3.2.1", 10, null, null, null, true), Assert.Single(ok.Find("tabel5")!.Propagation));
        Assert.Contains("same quantity printed in two places", Assert.Single(ok.Find("sakip")!.Notes));
    }

    [Fact]
    public void A_cycle_is_cut_and_a_long_chain_does_not_exhaust_the_stack()
    {
        // Two identities that quote each other (lines 1 and 2, printed 5 and 7): each is a mismatch (5 ≠ 7, 7 ≠ 5).
        // The link is kept both ways; the correction is passed along one direction only, never around the cycle.
        var a = new ReportFigure { Id = "a", Label = "a", Rule = "identity", Reported = 5m, Source = 1, Inputs = [new FigureInput { Name = "b", Value = 7m, Source = 2 }] };
        var b = new ReportFigure { Id = "b", Label = "b", Rule = "identity", Reported = 7m, Source = 2, Inputs = [new FigureInput { Name = "a", Value = 5m, Source = 1 }] };
        var cycle = ReportAudit.Run(Report(a, b));
        Assert.All(cycle.Findings, f => Assert.Equal(FindingStatus.Mismatch, f.Status));
        Assert.Equal(2, cycle.Find("a")!.Propagation.Count);
        Assert.All(cycle.Find("a")!.Propagation, l => Assert.True(l.SameQuantity));

        // A chain of 20 000 sums, each the previous total + 1, the first misprinted (2 for 1 + 0): every total would be
        // one less than printed, down to the last, 20 001 printed, 20 000 with the correction.
        const int n = 20_000;
        var figures = new ReportFigure[n];
        figures[0] = new ReportFigure { Id = "s0", Label = "s0", Rule = "sum", Reported = 2m, Source = 1, Inputs = [new FigureInput { Name = "x", Value = 1m }, new FigureInput { Name = "y", Value = 0m }] };
        for (int i = 1; i < n; i++)
            figures[i] = new ReportFigure
            {
                Id = "s" + i, Label = "s", Rule = "sum", Reported = i + 2, Source = i + 1,
                Inputs = [new FigureInput { Name = "previous", Value = i + 1, Source = i }, new FigureInput { Name = "one", Value = 1m }],
            };
        var chain = ReportAudit.Run(Report(figures));
        var last = Assert.Single(chain.Find("s" + (n - 1))!.Propagation);
        Assert.Equal(n, last.WouldBe);
        Assert.Equal(n, chain.Summary.Propagated);
    }

    [Fact]
    public void An_ambiguous_place_is_not_linked()
    {
        // Two figures of line 10 both print 94,60: an input 94,60 at line 10 cannot be told apart, so it is not linked.
        var twin = Achievement("twin", 10, 71m, 67.16m, 94.60m, "94,60%");
        var result = ReportAudit.Run(Report(Sakip, twin, MeanOne));
        Assert.Empty(result.Find("mean")!.Propagation);
    }

    [Fact]
    public void Embedded_report_sakip_capaian_propagates_into_the_sasaran_mean()
    {
        // Tabel 4.3.2.1 (lines 2881-2886): Nilai SAKIP T 71, R 67,16 → 94,5915… % → 94,59, printed 94,60 %.
        // Capaian Kinerja printed 112,278 % = (94,60 + 99,21 + 90,67 + 173,43 + 103,48) / 5 = 561,39 / 5;
        // with 94,59 it is 561,38 / 5 = 112,276.
        var blitar = ReportAudit.Run(LppdReportJson.Blitar2024());
        var sakip = blitar.Find("4.3.2.1/2881/capaian")!;
        var mean = blitar.Find("4.3.2.1/2886/capaian-kinerja")!;
        Assert.Equal(FindingStatus.Mismatch, sakip.Status);
        Assert.Equal(FindingStatus.Match, mean.Status);
        var link = mean.Propagation.Single(l => l.DependantId == mean.Id);
        Assert.Equal(new PropagationLink("4.3.2.1/2881/capaian", "4.3.2.1/2886/capaian-kinerja", "Nilai SAKIP", 2881, 94.59m, 112.276m, null, false), link);
        Assert.Contains(link, sakip.Propagation);
        // Tabel 3 line 1786 prints the same sasaran mean (112,278 %) from the same five lines: the same would-be 112,276;
        // its predicate "Sangat Tinggi" (≥ 91 %) stays, so the chain stops there.
        Assert.Equal(["3/1786/rata-rata", "4.3.2.1/2886/capaian-kinerja"], sakip.Propagation.Select(l => l.DependantId).Order(StringComparer.Ordinal));
        Assert.All(sakip.Propagation, l => Assert.Equal(112.276m, l.WouldBe));
        Assert.Empty(blitar.Find("3/1786/predikat")!.Propagation);
        Assert.Contains("propagated: input Nilai SAKIP (line 2881) is mismatch 4.3.2.1/2881/capaian; with 94.59 the figure would be 112.276", mean.Notes);
        // Tabel 4.2.2.5 line 2626 prints the Kepemudaan budget as 1.040.264.621 / 1.028.493.456 (98,87 %), Tabel 1.12
        // line 1209 as 6.315.982.278 / 6.212.856.209: with those, 6.212.856.209 / 6.315.982.278 = 98,367 % → 98,37
        // (the 98,37 % Tabel 1.12 prints).
        var persen = blitar.Find("4.2.2.5/2626/persen")!;
        Assert.Equal(FindingStatus.Match, persen.Status);
        Assert.Equal(
            [("4.2.2.5/2626/alokasi-1.12", 6315982278m), ("4.2.2.5/2626/realisasi-1.12", 6212856209m)],
            persen.Propagation.Select(l => (l.UpstreamId, l.CorrectedValue!.Value)));
        Assert.All(persen.Propagation, l => Assert.Equal(98.37m, l.WouldBe));
        // Statuses and the informational count are those of the audit without propagation.
        Assert.Equal(3, blitar.Summary.Informational);
        Assert.True(blitar.Summary.Propagated > 2);
    }

    private static readonly Arbitrary<decimal> Percent = Shrinkers.Scaled(5000, 15000, 100m);

    [Property(MaxTest = 100)]
    public Property The_would_be_mean_is_the_mean_with_the_misprint_corrected_and_no_status_changes() =>
        Prop.ForAll(Arb.From(Percent.Generator.ArrayOf().Where(a => a.Length >= 1 && a.Length <= 6), a => Shrinkers.Array(a, Percent.Shrinker, minLength: 1)), Shrinkers.Choose(2, 40), (others, units) =>
        {
            // One capaian T = 100, R = r: capaian = r exactly; printed r + units/100 (≥ 2 units off: a mismatch).
            decimal r = others[0];
            decimal printed = r + units / 100m;
            var figures = new List<ReportFigure> { Achievement("c0", 1, 100m, r, printed, "") };
            var members = new List<(string, decimal, int)> { ("c0", printed, 1) };
            for (int i = 1; i < others.Length; i++) members.Add(("x" + i, others[i], 100 + i)); // unlinked printed values
            decimal printedMean = ReportRounding2(members.Sum(m => m.Item2) / members.Count);
            figures.Add(Mean("mean", 50, printedMean, 3, [.. members]));
            var result = ReportAudit.Run(Report([.. figures]));
            decimal expected = ReportRounding2((r + others.Skip(1).Sum()) / members.Count);
            var link = Assert.Single(result.Find("mean")!.Propagation);
            var noPropagation = result.Findings.Select(f => ReportAudit.Explain(Report([.. figures]), f.Id)!.Status);
            return link.WouldBe == expected && link.CorrectedValue == r
                && result.Find("c0")!.Status == FindingStatus.Mismatch
                && result.Findings.Select(f => f.Status).SequenceEqual(noPropagation);
        });

    /// <summary>Half away from zero at 3 decimals (all means here are positive).</summary>
    private static decimal ReportRounding2(decimal x) => Math.Round(x, 3, MidpointRounding.AwayFromZero);
}
