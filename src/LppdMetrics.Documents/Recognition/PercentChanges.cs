using System.Globalization;
using System.Text.RegularExpressions;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// Percent-change columns: a column whose header says pertumbuhan, perubahan, kenaikan, naik/turun or growth (%),
/// or a bare "2024 (%)" column under a title that says so, after two year columns or a previous ("sebelumnya") and a
/// current ("saat ini") column. Each row printing a change becomes a figure of rule <c>change.percent</c>, (current − previous) /
/// previous × 100, inputs previous then current (BPS convention, as <c>Change.Percent</c>).
/// </summary>
/// <remarks>
/// No false alarm: the printed inputs are rounded, so the change they support is an interval (the corners of the
/// rounding box, the change being monotone in each input). A row whose printed change differs from the
/// recomputation from the printed inputs but lies inside that interval cannot be judged from the table (Tabel 2.1
/// of the seed prints the Gini ratio as 0,36 → 0,35 beside a change of −1,94 % worked from 3-decimal values); it is
/// left out with the reason (listed as the table's skip reason when it has no other figure), never reported as a mismatch.
/// </remarks>
internal static partial class PercentChanges
{
    private static readonly string[] ChangeWords = ["pertumbuhan", "perubahan", "kenaikan", "naik-turun", "naik/turun", "naik turun", "growth", "% change"];

    private static readonly string[] OtherQuantities = ["kontribusi", "capaian", "realisasi", "share", "proporsi", "persentase", "rasio", "target"];

    /// <summary>The change figures of <paramref name="table"/>, and the rows left out with their reasons.</summary>
    public static (List<ReportFigure> Figures, List<string> Skipped) Recognize(LogicalTable table, TableColumns columns, string tableId)
    {
        var figures = new List<ReportFigure>();
        var skipped = new List<string>();
        var (change, word) = ChangeColumn(table, columns);
        if (change < 0) return (figures, skipped);
        if (Operands(columns, change) is not var (a, b, yearA, yearB)) return (figures, skipped);
        foreach (var row in table.Body)
        {
            var cells = Enumerable.Range(0, table.Columns).Select(c => c < row.Cells.Count ? PrintedCell.Of(row.Cells[c]) : default).ToArray();
            if (IsColumnNumbering(row) || cells[change].Cell is null || cells[change].IsEmpty || cells[change].IsDash) continue;
            if (!cells[a].IsNumber || !cells[b].IsNumber) continue;
            string key = TableRecognizer.Key(row);
            string name = Name(cells, a);
            var printed = cells[change];
            if (printed.Value is { } p && Undecidable(cells[a], cells[b], p, printed.Decimals) is { } why)
            {
                skipped.Add($"{name} (line/row {key}): {why}");
                continue;
            }
            figures.Add(new ReportFigure
            {
                Id = tableId + "/" + key + "/" + word,
                Label = $"{name}: {word} {yearA}-{yearB} (%)",
                Rule = FigureKinds.PercentChange,
                Reported = printed.Value,
                Printed = PrintedCell.Plain(printed.Text),
                Decimals = printed.Value is null ? 0 : printed.Decimals,
                Source = printed.Cell.Location.Line,
                Location = printed.Cell.Location,
                Note = printed.Note,
                Inputs = [cells[a].Input(yearA), cells[b].Input(yearB)],
            });
        }
        return (figures, skipped);
    }

    /// <summary>
    /// The previous and current columns before <paramref name="change"/> and their names: the last two columns whose
    /// header names one year each (the earlier year the previous, printed first or last), else a column saying "sebelum"/"lalu"/"previous" and one
    /// saying "saat ini"/"berjalan"/"current"; null when the header names neither pair.
    /// </summary>
    private static (int Previous, int Current, string PreviousName, string CurrentName)? Operands(TableColumns columns, int change)
    {
        var years = Enumerable.Range(0, change).Where(c => YearOf(columns.Labels[c]) is not null && !IsChangeOrRatio(columns.Labels[c])).ToList();
        if (years.Count >= 2)
        {
            int a = years[^2], b = years[^1];
            int ya = YearOf(columns.Labels[a])!.Value, yb = YearOf(columns.Labels[b])!.Value;
            // years printed newest first ("2025 | 2024 | Perubahan (%)") change from the older all the same
            if (ya > yb) (a, b, ya, yb) = (b, a, yb, ya);
            return ya < yb ? (a, b, ya.ToString(CultureInfo.InvariantCulture), yb.ToString(CultureInfo.InvariantCulture)) : null;
        }
        int previous = change < 1 ? -1 : Array.FindLastIndex(columns.Labels, change - 1, l => PreviousWords.Any(w => l.Contains(w, StringComparison.Ordinal)));
        int current = change < 1 ? -1 : Array.FindLastIndex(columns.Labels, change - 1, l => CurrentWords.Any(w => l.Contains(w, StringComparison.Ordinal)));
        return previous >= 0 && current > previous && !IsChangeOrRatio(columns.Labels[previous]) && !IsChangeOrRatio(columns.Labels[current])
            ? (previous, current, "sebelumnya", "saat ini") : null;
    }

    private static readonly string[] PreviousWords = ["sebelum", "lalu", "previous", "tahun awal"];

    private static readonly string[] CurrentWords = ["saat ini", "berjalan", "sekarang", "current", "tahun akhir"];

    /// <summary>
    /// Why the printed inputs cannot judge the printed change, or null when they can: the change recomputed from them
    /// differs from the printed one at its precision, but the printed change lies within the changes that values
    /// rounding to the printed inputs give.
    /// </summary>
    internal static string? Undecidable(PrintedCell previous, PrintedCell current, decimal printed, int decimals)
    {
        decimal a = previous.Value!.Value, b = current.Value!.Value;
        decimal ha = ReportRounding.UnitInLastPlace(previous.Decimals) / 2, hb = ReportRounding.UnitInLastPlace(current.Decimals) / 2;
        if (a - ha <= 0) return null; // the rule itself says whether the base allows a change
        if (Percent(a, b) is not { } point || ReportRounding.Round(point, decimals) == printed) return null;
        if (Percent(a + ha, b - hb) is not { } low || Percent(a - ha, b + hb) is not { } high) return null;
        decimal half = ReportRounding.UnitInLastPlace(decimals) / 2;
        if (printed < low - half || printed > high + half) return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"the printed inputs ({previous.Text.Trim()}, {current.Text.Trim()}) are too coarse to judge the printed change {printed}: values rounding to them give {ReportRounding.Round(low, decimals + 1)} … {ReportRounding.Round(high, decimals + 1)} %");
    }

    private static decimal? Percent(decimal a, decimal b)
    {
        try
        {
            return (b - a) / a * 100m;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// The change column and the word that names it (the figure id's suffix: "pertumbuhan", "perubahan", …): its
    /// header names a change (%), or it is a bare "year (%)" column under a title naming one; (-1, "") when none.
    /// </summary>
    private static (int Column, string Word) ChangeColumn(LogicalTable table, TableColumns columns)
    {
        for (int c = 0; c < columns.Labels.Length; c++)
            if (ChangeWords.FirstOrDefault(w => columns.Labels[c].Contains(w, StringComparison.Ordinal)) is { } word
                && !OtherQuantities.Any(w => columns.Labels[c].Contains(w, StringComparison.Ordinal))
                && !columns.Labels[c].Contains("ekonomi", StringComparison.Ordinal))
                return (c, IdWord(word));
        string title = table.Title.ToLowerInvariant();
        if (ChangeWords.FirstOrDefault(w => title.Contains(w, StringComparison.Ordinal)) is not { } named) return (-1, "");
        var bare = Enumerable.Range(0, columns.Labels.Length).Where(c => BareYearPercent().IsMatch(columns.Labels[c])).ToList();
        return bare.Count == 1 ? (bare[0], IdWord(named)) : (-1, "");
    }

    private static string IdWord(string word) => word switch
    {
        "pertumbuhan" or "perubahan" or "kenaikan" => word,
        "growth" or "% change" => "pertumbuhan",
        _ => "naik-turun",
    };

    private static bool IsChangeOrRatio(string label) =>
        label.Contains('%', StringComparison.Ordinal) || ChangeWords.Any(w => label.Contains(w, StringComparison.Ordinal))
        || OtherQuantities.Skip(2).Any(w => label.Contains(w, StringComparison.Ordinal));

    /// <summary>The one year (1900–2099) <paramref name="label"/> names; null when it names none or several.</summary>
    internal static int? YearOf(string label)
    {
        var matches = Year().Matches(label);
        return matches.Count == 1 ? int.Parse(matches[0].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A row of column numbers ("1 | 2 | 3 | 4 | 5") that some reports print under the header.</summary>
    private static bool IsColumnNumbering(DocumentRow row) =>
        row.Cells.Count > 1 && row.Cells.Select((c, i) => PrintedCell.Plain(c.Text).Trim('(', ')') == (i + 1).ToString(CultureInfo.InvariantCulture)).All(x => x);

    private static string Name(PrintedCell[] cells, int before)
    {
        for (int c = before - 1; c >= 0; c--)
        {
            if (cells[c].Cell is null || cells[c].IsEmpty || cells[c].IsNumber) continue;
            string plain = PrintedCell.Plain(cells[c].Text);
            if (!PrintedCell.IsNumbering(plain)) return plain;
        }
        return "row";
    }

    /// <summary>A year printed bare (1900–2099).</summary>
    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    internal static partial Regex Year();

    [GeneratedRegex(@"^(?:tahun\s+)?(?:19|20)\d\d\s*\*?\)?\s*\(%\)$")]
    private static partial Regex BareYearPercent();
}
