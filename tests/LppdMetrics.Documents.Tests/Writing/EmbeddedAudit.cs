using LppdMetrics.Audit;
using LppdMetrics.Documents.Writing;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests.Writing;

/// <summary>The audit of the embedded Blitar 2024 report, computed once, and its report in either language.</summary>
internal static class EmbeddedAudit
{
    private static readonly Lazy<(LppdReport Report, AuditResult Result)> Audit = new(() =>
    {
        var report = LppdReportJson.Blitar2024();
        return (report, ReportAudit.Run(report));
    });

    public static LppdReport Document => Audit.Value.Report;

    public static AuditResult Result => Audit.Value.Result;

    public static readonly DateTimeOffset RunAt = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    public static AuditReport In(ReportLanguage language) =>
        new(Result, Document, "lppd-kabupaten-blitar-2024.txt", RunAt, "9.9.9-test", language);

    public static AuditFinding Finding(string id) => Result.Find(id) ?? throw new InvalidOperationException("no finding " + id);
}
