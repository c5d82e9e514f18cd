using LppdMetrics.Audit;
using LppdMetrics.Documents.Tests.Writing;
using LppdMetrics.TestSupport;
using nietras.SeparatedValues;

namespace LppdMetrics.Documents.Tests;

/// <summary>
/// Issue 17's acceptance on the seed: the misprints of the Blitar 2024 report listed in
/// tests/TestData/seed-misprints/blitar-2024-misprints.csv (worked out from the seed by hand and scripts, independently
/// of the audit; see tests/TestData/README.md) must be flagged by the audit of the embedded report at their line: a
/// mismatch, a finding that takes a corrected value through a propagation link, or a plausibility finding.
/// </summary>
public class SeedMisprintCoverageTests(ITestOutputHelper output)
{
    /// <summary>One listed misprint (a row of the CSV).</summary>
    public sealed record Misprint(string Id, int Line, IReadOnlyList<int> AlsoLines, string Location, string Kind, string Printed, string Expected, string FoundBy)
    {
        /// <summary>The lines where a finding flags this misprint: its own line; for a figure compared with another
        /// place (a repeated figure, a copied row) the other place as well, since the comparison names both.</summary>
        public IEnumerable<int> Places => Kind is "repeated-figure" or "copied-rows" ? [Line, .. AlsoLines] : [Line];
    }

    private static readonly string[] Kinds = ["table-arithmetic", "text-statement", "copied-rows", "share", "series", "truncation", "repeated-figure"];

    private static readonly Lazy<IReadOnlyList<Misprint>> List = new(Read);

    private static IReadOnlyList<Misprint> Read()
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(TestDataPath.Of("seed-misprints", "blitar-2024-misprints.csv"));
        var list = new List<Misprint>();
        foreach (var row in reader)
        {
            var also = row["also_lines"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
            list.Add(new Misprint(row["id"].ToString(), row["line"].Parse<int>(), also, row["location"].ToString(), row["kind"].ToString(),
                row["printed"].ToString(), row["expected"].ToString(), row["found_by"].ToString()));
        }
        return list;
    }

    private static readonly Lazy<string[]> Seed = new(() => File.ReadAllLines(TestDataPath.Of("seed", "lppd-kabupaten-blitar-2024.txt")));

    /// <summary>A finding flags a misprint when it is a mismatch, a plausibility finding (<c>FindingStatus.Implausible</c>
    /// = 4, added by the plausibility branch of issue 17: compared by value so that this test compiles without it), or
    /// when a corrected value reaches it through a propagation link (the upstream is wrong).</summary>
    private static bool Flags(AuditFinding f) =>
        f.Status == FindingStatus.Mismatch || (int)f.Status == 4 || f.Propagation.Any(l => l.CorrectedValue is not null);

    [Fact]
    public void The_list_is_tied_to_the_seed()
    {
        var list = List.Value;
        Assert.True(list.Count >= 60, $"{list.Count} items");
        Assert.Equal(list.Count, list.Select(m => m.Id).Distinct().Count());
        Assert.All(list, m =>
        {
            Assert.Contains(m.Kind, Kinds);
            Assert.Contains(m.FoundBy, (string[])["independent", "audit-review"]);
            Assert.NotEqual(m.Printed, m.Expected);
            // The printed text is on the seed line (markup and the blanks a page conversion puts inside numbers aside).
            string line = Seed.Value[m.Line - 1].Replace("<b>", "").Replace("</b>", "");
            Assert.True(line.Contains(m.Printed, StringComparison.Ordinal), $"{m.Id}: '{m.Printed}' not on line {m.Line}");
            Assert.All(m.AlsoLines, l => Assert.InRange(l, 1, Seed.Value.Length));
        });
    }

    [Fact]
    public void The_audit_of_the_embedded_report_flags_the_listed_misprints_at_their_line()
    {
        var bySource = EmbeddedAudit.Result.Findings.Where(f => f.Source is not null).ToLookup(f => f.Source!.Value);
        var rows = List.Value.Select(m =>
        {
            bool covered = bySource[m.Line].Any(); // the audit reads a figure on this line: a table or text it covers
            bool flagged = m.Places.Any(l => bySource[l].Any(Flags));
            return (Misprint: m, Covered: covered, Flagged: flagged);
        }).ToList();

        foreach (var kind in rows.GroupBy(r => r.Misprint.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"{kind.Key}: {kind.Count(r => r.Flagged)} flagged of {kind.Count()} ({kind.Count(r => r.Covered)} on lines the audit reads)");
        var missed = rows.Where(r => !r.Flagged).Select(r => $"{r.Misprint.Id} line {r.Misprint.Line} {r.Misprint.Kind} {r.Misprint.Location}: printed {r.Misprint.Printed}, should be {r.Misprint.Expected}{(r.Covered ? "" : " (line not read by the audit)")}").ToList();
        foreach (var m in missed) output.WriteLine("not flagged: " + m);

        var inScope = rows.Where(r => r.Covered).ToList();
        double coverage = (double)inScope.Count(r => r.Flagged) / inScope.Count;
        output.WriteLine($"flagged: {rows.Count(r => r.Flagged)} of {rows.Count}; of those on lines the audit reads: {inScope.Count(r => r.Flagged)} of {inScope.Count} = {coverage:P1}");
        var independent = inScope.Where(r => r.Misprint.FoundBy == "independent").ToList();
        output.WriteLine($"of the items found before the audit was consulted: {independent.Count(r => r.Flagged)} of {independent.Count}");
        // Issue 17 asks for 95 %. After the merge of the plausibility and running-text work (issue 17, session 3):
        // 78 of the 80 listed misprints on lines the audit reads; not flagged: two figures of the running text quoting
        // the province and the nation (lines 1364, 1413), which no table of the report prints. With the share
        // statements of the running text (issue 17, session 4): 79 of 81, line 1455 (M067, the share of pertanian
        // against Tabel 2.5's employed) now read and flagged.
        Assert.Contains(rows, r => r.Misprint.Id == "M067" && r.Flagged);
        Assert.True(coverage >= 0.95, $"coverage {coverage:P1} of the listed misprints the audit reads; not flagged:\n{string.Join('\n', missed)}");
    }
}
