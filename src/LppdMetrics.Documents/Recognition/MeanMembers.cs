using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// Finds the members of a mean printed in a summary table (Tabel 2/3 style: "Rata-rata Capaian Kinerja" per tujuan
/// or sasaran): the capaian figures of the first capaian table whose title names the row's tujuan or sasaran.
/// </summary>
internal static class MeanMembers
{
    /// <summary>Fills the inputs of each pending mean; a mean whose table is not found gets one unprinted input saying so.</summary>
    public static void Resolve(List<ReportTable> tables, List<(int Table, int Figure, string Name)> pending)
    {
        foreach (var group in pending.GroupBy(p => p.Table))
        {
            var figures = tables[group.Key].Figures.ToList();
            foreach (var (_, index, name) in group)
            {
                string key = Normalize(name);
                var source = key.Length < 8 ? null : tables.FirstOrDefault(t => t != tables[group.Key]
                    && Normalize(t.Title).Contains(key, StringComparison.Ordinal)
                    && t.Figures.Any(f => f.Rule == FigureKinds.Achievement));
                IReadOnlyList<FigureInput> inputs = source is null
                    ? [new FigureInput { Name = "capaian of " + name, Note = "no capaian table titled with this name was found" }]
                    : source.Figures.Where(f => f.Rule == FigureKinds.Achievement)
                        .Select(f => new FigureInput { Name = f.Label, Value = f.Reported, Printed = f.Printed, Source = f.Source, Location = f.Location, Note = "Tabel " + source.Id })
                        .ToList();
                figures[index] = figures[index] with { Inputs = inputs, Label = figures[index].Label + (source is null ? "" : " (indicators of Tabel " + source.Id + ")") };
            }
            tables[group.Key] = tables[group.Key] with { Figures = figures };
        }
    }

    private static string Normalize(string text) =>
        new(PrintedCell.Plain(text).ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
