using System.Globalization;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// IPM component tables: an IPM (Indeks Pembangunan Manusia) row or column printed beside the four components of
/// the BPS 2010 method — UHH (umur harapan hidup, years), HLS (harapan lama sekolah, years), RLS (rata-rata lama
/// sekolah, years) and pengeluaran per kapita disesuaikan (thousand rupiah a year). Components as rows (years as
/// columns, as Tabel 2.2 of the seed) or as columns (regions as rows, as Tabel 2.3) are both read; each column or
/// row holding all five numbers becomes a figure of rule <c>ipm</c>, inputs UHH, HLS, RLS, pengeluaran.
/// </summary>
/// <remarks>
/// Pengeluaran: a header saying "000" or "ribu" is thousand rupiah as BPS publishes it; "juta" is multiplied by
/// 1.000; otherwise a value of 100.000 or more is read as rupiah and divided by 1.000 (BPS per-capita expenditure is
/// some 5.000–25.000 thousand rupiah), with a note on the input.
/// </remarks>
internal static class HumanDevelopmentComponents
{
    private const int Index = 0, Uhh = 1, Hls = 2, Rls = 3, Spending = 4;

    private static readonly string[] Names = ["IPM", "UHH", "HLS", "RLS", "pengeluaran"];

    /// <summary>The IPM figures of <paramref name="table"/> (none when it does not name the IPM and its four components).</summary>
    public static List<ReportFigure> Recognize(LogicalTable table, TableColumns columns, string tableId)
    {
        // Components as columns: each body row is one region or year.
        int[] byColumn = Enumerable.Range(0, Names.Length).Select(k => Array.FindIndex(columns.Labels, l => Component(l) == k)).ToArray();
        if (byColumn.All(c => c >= 0))
            return table.Body.Select(row => FromRow(row, byColumn, columns, tableId)).OfType<ReportFigure>().ToList();
        // Components as rows: each numeric column is one year or region.
        var rows = new DocumentRow[Names.Length];
        foreach (var row in table.Body)
        {
            int k = row.Cells.Select(c => Component(PrintedCell.Plain(c.Text).ToLowerInvariant())).FirstOrDefault(x => x >= 0, -1);
            if (k >= 0 && rows[k] is null) rows[k] = row;
        }
        if (rows.Any(r => r is null)) return [];
        var figures = new List<ReportFigure>();
        for (int c = 0; c < table.Columns; c++)
        {
            var cells = rows.Select(r => c < r.Cells.Count ? PrintedCell.Of(r.Cells[c]) : default).ToArray();
            if (cells.Any(x => !x.IsNumber)) continue;
            string unit = PrintedCell.Plain(rows[Spending].Cells.Select(x => x.Text).FirstOrDefault(t => Component(PrintedCell.Plain(t).ToLowerInvariant()) == Spending) ?? "").ToLowerInvariant();
            string column = columns.Labels[c].Length > 0 ? columns.Labels[c] : "column " + (c + 1).ToString(CultureInfo.InvariantCulture);
            figures.Add(Figure(tableId, column, "IPM " + column, cells, unit));
        }
        return figures;
    }

    private static ReportFigure? FromRow(DocumentRow row, int[] byColumn, TableColumns columns, string tableId)
    {
        var cells = byColumn.Select(c => c < row.Cells.Count ? PrintedCell.Of(row.Cells[c]) : default).ToArray();
        if (cells.Any(x => !x.IsNumber)) return null;
        string name = row.Cells.Select(x => PrintedCell.Plain(x.Text)).FirstOrDefault(t => t.Length > 0 && !PrintedCell.IsNumbering(t) && !PrintedCell.Of(new DocumentCell(t, row.Location)).IsNumber) ?? "row";
        return Figure(tableId, TableRecognizer.Key(row), "IPM " + name, cells, columns.Labels[byColumn[Spending]]);
    }

    private static ReportFigure Figure(string tableId, string key, string label, PrintedCell[] cells, string unit)
    {
        var spending = cells[Spending].Input(Names[Spending]);
        decimal value = cells[Spending].Value!.Value;
        if (unit.Contains("000", StringComparison.Ordinal) || unit.Contains("ribu", StringComparison.Ordinal))
            spending = spending with { Note = "Rp 000 per capita per year" };
        else if (unit.Contains("juta", StringComparison.Ordinal))
            spending = spending with { Value = value * 1000m, Note = "printed in Rp juta; multiplied by 1.000 to Rp 000 per capita per year" };
        else if (value >= 100_000m)
            spending = spending with { Value = value / 1000m, Note = "printed in Rp; divided by 1.000 to Rp 000 per capita per year" };
        else
            spending = spending with { Note = "no unit printed; read as Rp 000 per capita per year (BPS)" };
        var humanDevelopment = cells[Index];
        return new ReportFigure
        {
            Id = tableId + "/" + key + "/ipm",
            Label = label + " from UHH, HLS, RLS, pengeluaran",
            Rule = FigureKinds.HumanDevelopment,
            Reported = humanDevelopment.Value,
            Printed = PrintedCell.Plain(humanDevelopment.Text),
            Decimals = humanDevelopment.Decimals,
            Source = humanDevelopment.Cell.Location.Line,
            Location = humanDevelopment.Cell.Location,
            Note = humanDevelopment.Note,
            Inputs = [cells[Uhh].Input(Names[Uhh]), cells[Hls].Input(Names[Hls]), cells[Rls].Input(Names[Rls]), spending],
        };
    }

    /// <summary>Which of IPM, UHH, HLS, RLS, pengeluaran a lower-case label names, or -1.</summary>
    private static int Component(string label)
    {
        if (label.Contains("harapan hidup", StringComparison.Ordinal) || HasWord(label, "uhh") || HasWord(label, "ahh")) return Uhh;
        if (label.Contains("harapan lama sekolah", StringComparison.Ordinal) || HasWord(label, "hls")) return Hls;
        if (label.Contains("rata-rata lama sekolah", StringComparison.Ordinal) || label.Contains("rata rata lama sekolah", StringComparison.Ordinal) || HasWord(label, "rls")) return Rls;
        if (label.Contains("pengeluaran", StringComparison.Ordinal)) return Spending;
        if (label.Contains("indeks pembangunan manusia", StringComparison.Ordinal) || HasWord(label, "ipm")) return Index;
        return -1;
    }

    private static bool HasWord(string label, string word) =>
        System.Text.RegularExpressions.Regex.IsMatch(label, @"(?<![a-z])" + word + "(?![a-z])");
}
