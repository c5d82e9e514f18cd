using System.Globalization;
using LppdMetrics.Audit.Rules;
using LppdMetrics.Reports;
using LppdMetrics.Spm;
using LppdMetrics.Tracing;

namespace LppdMetrics.Audit;

/// <summary>
/// The audit of the SPM tables: each urusan is recomputed once with <see cref="SpmIndex.Compute"/> and every printed
/// capaian, index and category word is compared with the matching result.
/// </summary>
internal static class SpmAudit
{
    /// <summary>Audits the SPM urusan in order.</summary>
    /// <exception cref="ReportDocumentException">An urusan is not computable (no services, a sub-urusan without services, a
    /// negative target); the message names the urusan.</exception>
    public static IEnumerable<AuditFinding> Run(IReadOnlyList<SpmAffairDocument> affair)
    {
        for (int i = 0; i < affair.Count; i++)
            foreach (var finding in Affair(affair[i], string.Create(CultureInfo.InvariantCulture, $"$.spm[{i}]")))
                yield return finding;
    }

    private static IEnumerable<AuditFinding> Affair(SpmAffairDocument u, string path)
    {
        string section = "SPM " + (u.Section is null ? "" : u.Section + " ") + u.Name;
        SpmAffairResult result;
        try
        {
            result = SpmIndex.Compute(u.ToAffair(path));
        }
        catch (ArgumentException ex) when (ex is not ReportDocumentException)
        {
            throw new ReportDocumentException($"SPM urusan '{u.Id}': {ex.Message}", u.Id, path, ex);
        }
        foreach (var (value, label, computed, trace) in Printed(u, result))
        {
            ReportAudit.CheckDecimals(value.Id, value.Decimals);
            var finding = new AuditFinding
            {
                Id = value.Id, Section = section, Label = label, Rule = trace.Rule, Status = FindingStatus.NotCheckable,
                Reported = value.Reported, Decimals = value.Decimals, Source = value.Source, Trace = trace,
            };
            yield return ReportAudit.Classify(finding, RuleOutcome.Of(trace, computed), null);
        }
        if (u.Category is { } category)
        {
            var finding = new AuditFinding
            {
                Id = category.Id, Section = section, Label = u.Name + ": kategori", Rule = RuleCatalog.SpmCategory,
                Status = FindingStatus.NotCheckable, ReportedText = category.ReportedText, Source = category.Source, Trace = result.Trace,
            };
            var outcome = new RuleOutcome { Rule = RuleCatalog.SpmCategory, Text = result.Category.Label, Trace = result.Trace };
            yield return ReportAudit.Classify(finding, outcome, null);
        }
    }

    /// <summary>Every printed number of an urusan with its label and the matching computed value and trace, in table order.</summary>
    private static IEnumerable<(PrintedValue Value, string Label, decimal Computed, CalculationTrace Trace)> Printed(SpmAffairDocument u, SpmAffairResult r)
    {
        for (int si = 0; si < u.Services.Count; si++)
        {
            var s = u.Services[si];
            var sr = r.Services[si];
            string name = (s.SubAffair is null ? "" : s.SubAffair + " ") + s.No.ToString(CultureInfo.InvariantCulture) + ". " + s.Name;
            if (s.Recipients.Achievement is { } a)
                yield return (a, name + ": capaian penerima (A)", sr.Recipients.Achievement, sr.Recipients.Trace);
            for (int gi = 0; gi < s.QualityGroups.Count; gi++)
            {
                var g = s.QualityGroups[gi];
                var gr = sr.Quality.Groups[gi];
                for (int i = 0; i < g.Items.Count; i++)
                    if (g.Items[i].Achievement is { } c)
                        yield return (c, name + ": mutu " + (g.Name is null ? "" : g.Name + " ") + "item " + (g.Items[i].Name ?? (i + 1).ToString(CultureInfo.InvariantCulture)),
                            gr.Items[i].Achievement, gr.Items[i].Trace);
                if (g.Achievement is { } gc)
                    yield return gr.Achievement is { } gv
                        ? (gc, name + ": mutu " + g.Name, gv, gr.Trace)
                        : throw new ReportDocumentException($"SPM figure '{gc.Id}': the quality group has no items, so it has no capaian to compare.", gc.Id, null);
            }
            if (s.Quality is { } q) yield return (q, name + ": capaian mutu (B)", sr.Quality.Achievement, sr.Quality.Trace);
            if (s.Index is { } idx) yield return (idx, name + ": indeks layanan", sr.Index, sr.Trace);
        }
        foreach (var sub in u.SubAffair)
            if (sub.Index is { } si)
            {
                var sr = r.SubAffair.First(x => x.Name == sub.Name);
                yield return (si, u.Name + " / " + sub.Name + ": indeks sub-urusan", sr.Index, sr.Trace);
            }
        if (u.Index is { } ui) yield return (ui, u.Name + ": indeks urusan", r.Index, r.Trace);
    }
}
