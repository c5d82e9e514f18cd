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
    /// The 79 mismatches (rule as applied, source line) of the hand-built document (build-blitar-2024.py, before the
    /// embedded document came from the extractor), one entry per finding.
    /// </summary>
    private static readonly (string Rule, int Line)[] HandBuiltMismatches =
    [
        ("sum", 271), ("sum", 271), ("macro.density", 245), ("macro.density", 246), ("macro.density", 247), ("macro.density", 248), ("macro.density", 249), ("macro.density", 250), ("macro.density", 251), ("macro.density", 252), ("macro.density", 253), ("macro.density", 254), ("macro.density", 255), ("macro.density", 256), ("macro.density", 257), ("macro.density", 258), ("macro.density", 259), ("macro.density", 260), ("macro.density", 265), ("macro.density", 266), ("macro.density", 267), ("macro.density", 268), ("macro.density", 269), ("macro.density", 270), ("macro.density.regional", 271), ("sum", 323), ("sum", 427), ("sum", 428), ("sum", 545), ("sum", 545), ("change.percent", 545), ("budget.realization", 1061), ("sum", 1291), ("sum", 1291), ("identity", 1350), ("ipm.bps2010", 1380), ("ipm.bps2010", 1380), ("ipm.bps2010", 1380), ("ipm.bps2010", 1398), ("ipm.bps2010", 1399), ("ipm.bps2010", 1400), ("ipm.bps2010", 1401), ("ipm.bps2010", 1403), ("sum", 1487), ("capaian.mean", 1785), ("capaian.mean", 2661), ("capaian.positive", 2881), ("capaian.positive", 3446), ("budget.realization", 3516), ("sum", 3560), ("capaian.positive", 3833), ("identity", 2240), ("change.average.absolute", 281), ("change.average.mean-yoy-percent", 281), ("change.average.absolute", 1388), ("change.point", 1388), ("change.point", 1405), ("change.percent", 1405), ("change.point", 1513), ("identity", 281), ("macro.sex-ratio", 285), ("composite.share", 517), ("change.point", 2665), ("identity", 2485), ("identity", 2504), ("identity", 2507), ("identity", 2626), ("identity", 2626), ("identity", 2632), ("identity", 2632), ("identity", 3516), ("identity", 3734), ("identity", 3734), ("identity", 3735), ("identity", 3735), ("identity", 3736), ("identity", 3736), ("identity", 3737), ("identity", 3737)
    ];

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
        var lost = HandBuiltMismatches.GroupBy(m => m)
            .Where(g => !findings.TryGetValue(g.Key, out int n) || n < g.Count())
            .Select(g => g.Key.Rule + " line " + g.Key.Line).ToList();
        Assert.Empty(lost);
    }
}
