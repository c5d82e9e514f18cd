using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Audit;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Tests.Audit;

public class PerturbationProperties
{
    private static readonly LppdReport Blitar = LppdReportJson.Blitar2024();
    private static readonly AuditResult Baseline = ReportAudit.Run(Blitar);

    /// <summary>The findings that were recomputed (a printed number and a recomputed one).</summary>
    private static readonly AuditFinding[] Recomputed =
        Baseline.Findings.Where(f => f.Reported is not null && f.Recomputed is not null).ToArray();

    private static readonly Gen<int> Units = Gen.OneOf(Gen.Choose(2, 60), Gen.Choose(-60, -2));

    [Property(MaxTest = 150)]
    public Property Moving_a_printed_value_by_more_than_its_precision_makes_it_a_mismatch_and_leaves_the_rest_alone() =>
        Prop.ForAll(Shrinkers.Choose(0, Recomputed.Length - 1), Arb.From(Units, u => Shrinkers.Int(u, Math.Sign(u) * 2)), (index, units) =>
        {
            AuditFinding target = Recomputed[index];
            decimal delta = units * ReportRounding.UnitInLastPlace(target.Decimals);
            decimal moved = target.Reported!.Value + delta;
            AuditResult after = ReportAudit.Run(Perturb(Blitar, target.Id, moved));
            var changed = after.Find(target.Id)!;
            // Match and rounding need |printed − Round(recomputed)| ≤ one unit; a value 2 or more units away is a mismatch.
            bool farFromRecomputed = Math.Abs(moved - target.Recomputed!.Value) >= 2 * ReportRounding.UnitInLastPlace(target.Decimals);
            // Plausibility notes may come and go (a value moved to a truncation can make its table's second one); the figures keep their statuses.
            bool others = Figures(after).Zip(Figures(Baseline)).All(p => p.First.Id == target.Id || p.First.Status == p.Second.Status);
            return (!farFromRecomputed || changed.Status == FindingStatus.Mismatch) && others && changed.Reported == moved;
        });

    private static IEnumerable<AuditFinding> Figures(AuditResult result) => result.Findings.Where(f => f.Status != FindingStatus.Implausible);

    [Fact]
    public void There_are_recomputed_figures_to_perturb_and_an_unchanged_report_keeps_every_status()
    {
        Assert.True(Recomputed.Length > 50);
        var again = ReportAudit.Run(Perturb(Blitar, "no/such/id", 0m));
        Assert.Equal(Baseline.Findings.Select(f => f.Status), again.Findings.Select(f => f.Status));
    }

    /// <summary>The report with the printed value of figure <paramref name="id"/> replaced by <paramref name="value"/>.</summary>
    internal static LppdReport Perturb(LppdReport report, string id, decimal value)
    {
        PrintedValue? P(PrintedValue? v) => v is not null && v.Id == id ? v with { Reported = value } : v;
        SpmCountDocument C(SpmCountDocument c) => c with { Achievement = P(c.Achievement) };
        return report with
        {
            Tables = report.Tables.Select(t => t with
            {
                Figures = t.Figures.Select(f => f.Id == id ? f with { Reported = value } : f).ToArray(),
            }).ToArray(),
            Spm = report.Spm.Select(u => u with
            {
                Index = P(u.Index),
                SubAffair = u.SubAffair.Select(s => s with { Index = P(s.Index) }).ToArray(),
                Services = u.Services.Select(s => s with
                {
                    Index = P(s.Index),
                    Quality = P(s.Quality),
                    Recipients = C(s.Recipients),
                    QualityGroups = s.QualityGroups.Select(g => g with { Achievement = P(g.Achievement), Items = g.Items.Select(C).ToArray() }).ToArray(),
                }).ToArray(),
            }).ToArray(),
        };
    }
}
