using System.Globalization;
using LppdMetrics.Reports;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Documents.Tests.Recognition;

/// <summary>
/// Issue 13's acceptance on the seed: the extractor alone, with no hand transcription, reproduces at least 90 % of the
/// hand-built document's (tests/TestData/reference/blitar-2024-hand-built.json, the embedded document as transcribed
/// by build-blitar-2024.py before the embedded document came from the extractor) capaian, capaian mean, budget realisation, sum and efficiency figures with the same
/// audit status, and finds every mismatch of those kinds that the embedded document finds.
/// </summary>
public class SeedAcceptanceTests(ITestOutputHelper output)
{
    /// <summary>The hand-built document of the seed, the independent reference.</summary>
    internal static readonly Lazy<LppdReport> HandBuilt = new(() =>
        LppdReportJson.Parse(File.ReadAllText(TestDataPath.Of("reference", "blitar-2024-hand-built.json"))));

    internal static readonly Lazy<ExtractionResultHolder> Seed = new(() =>
        new ExtractionResultHolder(ReportFile.Read(TestDataPath.Of("seed", "lppd-kabupaten-blitar-2024.txt"))));

    [Fact]
    public void The_extractor_reproduces_the_embedded_figures_and_their_statuses()
    {
        var comparison = SeedComparison.Of(HandBuilt.Value, Seed.Value.Result.Report);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reference figures {comparison.Reference}; reproduced {comparison.Reproduced} ({100.0 * comparison.Reproduced / comparison.Reference:F1} %); same status {comparison.SameStatus} ({100 * comparison.SameStatusShare:F1} %); reference mismatches {comparison.ReferenceMismatches}, missed {comparison.MismatchesMissed.Count}"));
        foreach (string m in comparison.Missed) output.WriteLine("missed: " + m);
        foreach (string d in comparison.StatusDiffers) output.WriteLine("status: " + d);
        foreach (string m in comparison.MismatchesMissed) output.WriteLine("mismatch missed: " + m);
        Assert.True(comparison.SameStatusShare >= 0.90, $"{comparison.SameStatusShare:P1} of the reference figures reproduced with the same status");
        Assert.Empty(comparison.MismatchesMissed);
    }
}

public sealed record ExtractionResultHolder(LppdMetrics.Documents.Recognition.ExtractionResult Result);
