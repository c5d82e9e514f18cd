using LppdMetrics.Audit;
using LppdMetrics.Reports;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Documents.Tests.Embedded;

/// <summary>
/// The embedded Blitar 2024 document is rebuilt from the seed by the extractor plus the committed overlay; the test
/// fails when the rebuilt document differs from the committed one (set LPPD_REBUILD_EMBEDDED=1 to write it), and
/// when its audit loses a mismatch the hand-built document found.
/// </summary>
public class EmbeddedBlitarTests
{
    /// <summary>
    /// The mismatches (rule as applied, source line) of the hand-built document (tests/TestData/reference, as
    /// build-blitar-2024.py made it before the embedded document came from the extractor), one entry per finding.
    /// </summary>
    private static readonly Lazy<List<(string Rule, int Line)>> HandBuiltMismatches = new(() =>
        ReportAudit.Run(Recognition.SeedAcceptanceTests.HandBuilt.Value).Findings
            .Where(f => f.Status == FindingStatus.Mismatch).Select(f => (f.Rule, f.Source ?? 0)).ToList());

    private static LppdReport Rebuilt() =>
        EmbeddedBlitar.Build(File.ReadAllText(TestDataPath.Of("seed", "lppd-kabupaten-blitar-2024.txt")),
            LppdReportJson.Parse(File.ReadAllText(EmbeddedBlitar.OverlayPath)));

    [Fact]
    public void The_committed_embedded_document_is_the_extraction_plus_the_overlay()
    {
        string rebuilt = LppdReportJson.Write(Rebuilt()) + "\n";
        if (Environment.GetEnvironmentVariable("LPPD_REBUILD_EMBEDDED") == "1")
            File.WriteAllText(EmbeddedBlitar.EmbeddedPath, rebuilt);
        Assert.Equal(File.ReadAllText(EmbeddedBlitar.EmbeddedPath), rebuilt);
    }

    [Fact]
    public void The_rebuilt_document_still_finds_every_mismatch_of_the_hand_built_one()
    {
        var findings = ReportAudit.Run(Rebuilt()).Findings.Where(f => f.Status == FindingStatus.Mismatch)
            .GroupBy(f => (f.Rule, f.Source ?? 0)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(79, HandBuiltMismatches.Value.Count);
        var lost = HandBuiltMismatches.Value.GroupBy(m => m)
            .Where(g => !findings.TryGetValue(g.Key, out int n) || n < g.Count())
            .Select(g => g.Key.Rule + " line " + g.Key.Line).ToList();
        Assert.Empty(lost);
    }
}
