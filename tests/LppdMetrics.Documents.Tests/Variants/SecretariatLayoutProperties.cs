using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Documents.Tests.Docx;

namespace LppdMetrics.Documents.Tests.Variants;

/// <summary>
/// Session 12's hunt as properties: a kota or provinsi report laid out as another secretariat would
/// (<see cref="SecretariatLayout"/>) with every figure computed right has no mismatch, in text and in DOCX; with one
/// figure misprinted, that figure is flagged at its line and nothing else but the mean over it.
/// </summary>
public class SecretariatLayoutProperties
{
    private static IReadOnlyList<AuditFinding> Audit(string text) =>
        ReportAudit.Run(ReportRecognizer.Recognize(TextDocumentReader.ReadText(text, "report.txt")).Report).Findings;

    [Property(MaxTest = 100)]
    public Property A_consistent_report_in_any_layout_has_no_mismatch_in_text_or_docx() =>
        Prop.ForAll(ConsistentReport.Arbitrary, report =>
        {
            var (text, _, _) = report.Render();
            var content = TextDocumentReader.ReadText(text, "report.txt");
            var findings = ReportAudit.Run(ReportRecognizer.Recognize(content).Report).Findings;
            using var docx = new MemoryStream();
            DocxWriter.Write(content, docx);
            var fromDocx = ReportAudit.Run(ReportRecognizer.Recognize(new DocxDocumentReader().Read(new MemoryStream(docx.ToArray()), "report.docx")).Report).Findings;
            var wrong = findings.Concat(fromDocx).Where(f => f.Status is FindingStatus.Mismatch or FindingStatus.NotCheckable).ToList();
            var l = report.Layout;
            // capaian and mean (and their predikat), budget rows and total, a sum per amount column
            int expected = (report.Capaian.Count + 1) * (l.Predikat ? 2 : 1) + report.Budget.Count + 1
                + (l.TwoAllocations ? 2 : 1) + (l.BudgetLastYear ? 2 : 1) + (l.Difference > 0 ? 1 : 0);
            return (wrong.Count == 0).Label("mismatch or not checkable: " + string.Join("; ", wrong.Select(f => $"{f.Id} {f.Reported} vs {f.Recomputed}")))
                .And((findings.Count == expected).Label($"{findings.Count} findings in the text, {expected} printed"))
                .And((fromDocx.Count == expected).Label($"{fromDocx.Count} findings in the DOCX, {expected} printed"));
        });

    [Property(MaxTest = 100)]
    public Property One_misprinted_figure_is_flagged_at_its_line_and_nowhere_else() =>
        Prop.ForAll(ConsistentReport.Arbitrary, Arb.From(Gen.Choose(0, 1000)), (report, pick) =>
        {
            int misprint = pick % report.Figures;
            var (text, line, allowed) = report.Render(misprint);
            var mismatches = Audit(text).Where(f => f.Status == FindingStatus.Mismatch).ToList();
            return mismatches.Any(f => f.Source == line).Label($"figure {misprint} at line {line} not flagged")
                .And(mismatches.All(f => allowed.Contains(f.Source ?? 0)).Label("other mismatches: " + string.Join("; ", mismatches.Where(f => !allowed.Contains(f.Source ?? 0)).Select(f => $"{f.Id} line {f.Source}"))));
        });
}
