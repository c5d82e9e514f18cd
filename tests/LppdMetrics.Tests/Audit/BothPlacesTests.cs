using LppdMetrics.Audit;
using LppdMetrics.Audit.Rules;
using LppdMetrics.Reports;

namespace LppdMetrics.Tests.Audit;

/// <summary>
/// Issue 17's acceptance on the embedded Blitar 2024 report: every finding of the kinds that compare two places (a
/// plausibility note, a figure stated in the running text, a figure linked to another by propagation) that is not a
/// plain match carries a calculation trace, and that trace names the source line of every input printed on another
/// line than the figure itself, so the reader sees both places compared.
/// </summary>
public class BothPlacesTests
{
    private static readonly LppdReport Report = LppdReportJson.Blitar2024();
    private static readonly AuditResult Blitar = ReportAudit.Run(Report);

    private static bool ComparesTwoPlaces(AuditFinding f) =>
        f.Status == FindingStatus.Implausible
        || f.Id.StartsWith("text/", StringComparison.Ordinal)
        || f.Propagation.Count > 0;

    [Fact]
    public void The_embedded_audit_has_findings_of_each_kind()
    {
        var findings = Blitar.Findings.Where(f => f.Status != FindingStatus.Match && ComparesTwoPlaces(f)).ToList();
        Assert.Contains(findings, f => f.Rule == RuleCatalog.CopiedRows);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Truncated);
        Assert.Contains(findings, f => f.Id.StartsWith("text/", StringComparison.Ordinal) && f.Status == FindingStatus.Mismatch);
        Assert.Contains(findings, f => f.Propagation.Any(l => !l.SameQuantity));
    }

    [Fact]
    public void Every_finding_that_compares_two_places_has_a_trace_naming_the_other_place()
    {
        var figures = Report.Tables.SelectMany(t => t.Figures).GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.First());
        var missing = new List<string>();
        foreach (var f in Blitar.Findings.Where(f => f.Status != FindingStatus.Match && ComparesTwoPlaces(f)))
        {
            if (f.Trace is null)
            {
                if (f.Status != FindingStatus.NotCheckable)
                    missing.Add(f.Id + ": no trace");
                continue;
            }
            string notes = string.Join(" | ", f.Trace.Inputs.Select(i => i.Note));
            // The lines of the inputs as the report document prints them (plausibility notes built by the audit
            // itself, such as truncation, have no figure of their own: their inputs are in the trace).
            IEnumerable<int> lines = figures.TryGetValue(f.Id, out var figure)
                ? figure.Inputs.Select(i => i.Source).OfType<int>()
                : [];
            foreach (int line in lines.Where(l => l != f.Source).Distinct())
                if (!notes.Contains($"line {line}", StringComparison.Ordinal))
                    missing.Add($"{f.Id}: input line {line} not named in the trace");
            if (f.Status == FindingStatus.Implausible && !notes.Contains("line ", StringComparison.Ordinal))
                missing.Add(f.Id + ": the plausibility note's trace names no line");
        }
        Assert.Empty(missing);
    }
}
