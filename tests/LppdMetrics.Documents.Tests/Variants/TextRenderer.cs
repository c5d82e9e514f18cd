using LppdMetrics.Numbers;

namespace LppdMetrics.Documents.Tests.Variants;

/// <summary>A figure a rendered report prints, as the renderer placed it: its rule, line, value and inputs' values.</summary>
public sealed record ExpectedFigure(string Rule, int Line, decimal Reported, IReadOnlyList<decimal> Inputs);

/// <summary>
/// Renders a <see cref="GeneratedReport"/> as text in the seed's layout (markdown caption and title, tab-separated
/// rows, "Rp." amounts, decimal comma, page breaks with a repeated header) and lists the figures it prints.
/// </summary>
public static class TextRenderer
{
    /// <summary>The text and the figures it prints, with their lines.</summary>
    public static (string Text, List<ExpectedFigure> Figures) Render(GeneratedReport report)
    {
        var lines = new List<string> { $"## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH {report.FullRegion.ToUpperInvariant()} TAHUN {report.Year}", "" };
        var figures = new List<ExpectedFigure>();
        foreach (var table in report.Tables)
        {
            lines.Add($"**Tabel {table.Number}**  ");
            lines.Add(table.Budget ? "**Anggaran dan Realisasi Program**" : "**Realisasi kinerja sasaran**");
            lines.Add("");
            string[] header = table.Budget
                ? ["No.\tProgram\tAnggaran\t\t", "\t\tAlokasi\tRealisasi\t%"]
                : ["No.\tIndikator Kinerja\tTarget\tRealisasi\t%"];
            lines.AddRange(header);
            var percents = new List<(decimal Value, int Line)>();
            for (int r = 0; r < table.Rows.Count; r++)
            {
                if (table.SplitAfter > 0 && r == table.SplitAfter)
                {
                    lines.AddRange(["", "", ""]);
                    lines.AddRange(header);
                }
                var row = table.Rows[r];
                lines.Add($"{r + 1}.\t{row.Name}\t{Value(row.First, table.Budget)}\t{Value(row.Second, table.Budget)}\t{Percent(row.Percent)}");
                figures.Add(new ExpectedFigure(table.Budget ? "budget.realization" : "capaian", lines.Count, row.Percent, [row.First, row.Second]));
                percents.Add((row.Percent, lines.Count));
            }
            if (table.Budget)
            {
                lines.Add($"Total\t\t{Value(table.ClosingFirst, true)}\t{Value(table.ClosingSecond, true)}\t{Percent(table.Closing)}");
                figures.Add(new ExpectedFigure("budget.realization", lines.Count, table.Closing, [table.ClosingFirst, table.ClosingSecond]));
                if (table.Rows.Count >= 2)
                {
                    figures.Add(new ExpectedFigure("sum", lines.Count, table.ClosingFirst, table.Rows.Select(r => r.First).ToList()));
                    figures.Add(new ExpectedFigure("sum", lines.Count, table.ClosingSecond, table.Rows.Select(r => r.Second).ToList()));
                }
            }
            else
            {
                lines.Add($"Capaian Kinerja\t\t\t\t{Percent(table.Closing)}");
                figures.Add(new ExpectedFigure("capaian.mean", lines.Count, table.Closing, percents.Select(p => p.Value).ToList()));
            }
            lines.Add("");
            lines.Add("Sumber: data uji.");
            lines.Add("");
        }
        return (string.Join('\n', lines) + "\n", figures);
    }

    private static string Value(decimal value, bool money) =>
        money ? "Rp. " + IndonesianNumber.Format(value, 0) : IndonesianNumber.Format(value, 2);

    private static string Percent(decimal value) => IndonesianNumber.Format(value, 2, NumberFormatOptions.Percent);
}
