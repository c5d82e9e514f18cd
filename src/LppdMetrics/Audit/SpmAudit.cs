using LppdMetrics.Reports;

namespace LppdMetrics.Audit;

/// <summary>The audit of the SPM tables: every printed capaian, index and category of every urusan.</summary>
internal static class SpmAudit
{
    /// <summary>Audits the SPM urusan in order.</summary>
    public static IEnumerable<AuditFinding> Run(IReadOnlyList<SpmUrusanDocument> urusan)
    {
        foreach (var u in urusan)
            foreach (var finding in Urusan(u))
                yield return finding;
    }

    private static IEnumerable<AuditFinding> Urusan(SpmUrusanDocument u)
    {
        string section = "SPM " + (u.Section is null ? "" : u.Section + " ") + u.Name;
        foreach (var (value, label, rule) in Printed(u))
        {
            ReportAudit.CheckDecimals(value.Id, value.Decimals);
            var finding = new AuditFinding
            {
                Id = value.Id, Section = section, Label = label, Rule = rule, Status = FindingStatus.NotCheckable,
                Reported = value.Reported, Decimals = value.Decimals, Source = value.Source,
            };
            yield return ReportAudit.Classify(finding,
                RuleOutcome.Missing(rule, "the library function LppdMetrics.Spm.SpmIndex.Compute is not available in this build"), null);
        }
        if (u.Category is { } category)
            yield return new AuditFinding
            {
                Id = category.Id, Section = section, Label = u.Name + ": kategori", Rule = "spm.category",
                Status = FindingStatus.NotCheckable, ReportedText = category.ReportedText, Source = category.Source,
                Explanation = "the library function for the SPM category is not available in this build",
            };
    }

    /// <summary>Every printed number of an urusan, with its label and rule id, in table order.</summary>
    internal static IEnumerable<(PrintedValue Value, string Label, string Rule)> Printed(SpmUrusanDocument u)
    {
        foreach (var s in u.Services)
        {
            string name = (s.SubUrusan is null ? "" : s.SubUrusan + " ") + s.No.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + s.Name;
            if (s.Recipients.Capaian is { } a) yield return (a, name + ": capaian penerima (A)", "spm.capaian");
            foreach (var g in s.QualityGroups)
            {
                for (int i = 0; i < g.Items.Count; i++)
                    if (g.Items[i].Capaian is { } c)
                        yield return (c, name + ": mutu " + (g.Name is null ? "" : g.Name + " ") + "item " + (g.Items[i].Name ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), "spm.capaian");
                if (g.Capaian is { } gc) yield return (gc, name + ": mutu " + g.Name, "spm.quality-group");
            }
            if (s.Quality is { } q) yield return (q, name + ": capaian mutu (B)", "spm.quality");
            if (s.Index is { } idx) yield return (idx, name + ": indeks layanan", "spm.service");
        }
        foreach (var sub in u.SubUrusan)
            if (sub.Index is { } si) yield return (si, u.Name + " / " + sub.Name + ": indeks sub-urusan", "spm.sub-urusan");
        if (u.Index is { } ui) yield return (ui, u.Name + ": indeks urusan", "spm.urusan");
    }
}
