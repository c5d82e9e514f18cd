using BenchmarkDotNet.Attributes;
using LppdMetrics.Audit;
using LppdMetrics.Reports;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// The embedded Blitar 2024 report (750 table figures, 370 SPM figures): parsing its JSON with the source-generated
/// context (baseline) against auditing the parsed document (every figure recomputed by the library, with traces)
/// and the whole <c>lppd audit</c> path (parse, then audit).
/// </summary>
[MemoryDiagnoser]
public class AuditBenchmarks
{
    private string _json = "";
    private LppdReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = LppdReportJson.Blitar2024Json();
        _report = LppdReportJson.Parse(_json);
    }

    [Benchmark(Baseline = true)]
    public LppdReport ParseDocument() => LppdReportJson.Parse(_json);

    [Benchmark]
    public AuditSummary AuditParsedDocument() => ReportAudit.Run(_report).Summary;

    [Benchmark]
    public AuditSummary ParseAndAudit() => ReportAudit.Run(LppdReportJson.Parse(_json)).Summary;
}
