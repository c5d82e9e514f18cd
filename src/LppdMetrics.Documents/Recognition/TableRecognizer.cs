using System.Globalization;
using LppdMetrics.Accountability;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Numbers;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// Finds the recomputable figures of one <see cref="LogicalTable"/> from what its header and rows say, never from
/// its number or position: capaian (Target / Realisasi / %), the "Capaian Kinerja" mean row, budget realisation
/// (Anggaran, Alokasi or Pagu / Realisasi / %), totals (a Jumlah/Total row against the rows it closes, column by
/// column; a Total column under a group header against the columns beside it), and the "Tingkat efisiensi" row.
/// It only finds figures and their printed inputs; the audit recomputes them.
/// </summary>
internal static partial class TableRecognizer
{
    private static readonly string[] RatioWords =
        ["%", "persen", "kepadatan", "rata", "rasio", "indeks", "capaian", "pertumbuhan", "laju", "kontribusi", "per km", "per kapita", "perkapita", "tingkat", "ipm"];

    /// <summary>The figures of <paramref name="table"/>, or the reason no figure was found.</summary>
    public static (List<ReportFigure> Figures, string? Skipped) Recognize(LogicalTable table, string tableId) =>
        Recognize(table, tableId, []);

    /// <summary>
    /// The figures of <paramref name="table"/>, or the reason no figure was found; a "Rata-rata Capaian" column's
    /// means are added with their members still to find (in the capaian table titled with the row's name), listed in
    /// <paramref name="pending"/> as (figure index, name); rows left out of a table that has other figures (a percent
    /// change its printed inputs cannot judge) are listed with their reasons in <paramref name="leftOut"/>; the report's
    /// year (<paramref name="reportYear"/>, null when unknown) decides between columns of several years the header does not.
    /// </summary>
    public static (List<ReportFigure> Figures, string? Skipped) Recognize(LogicalTable table, string tableId, List<(int Index, string Name)> pending, List<string>? leftOut = null,
        int? reportYear = null)
    {
        var columns = TableColumns.Of(table, reportYear);
        var figures = new List<ReportFigure>();
        if (table.Doubt is { } doubt) return (figures, "not read: " + doubt);
        if (IsSpm(table))
            return (figures, "an SPM achievement table: its capaian are capped at 100 % (Permendagri 59/2021) and are audited from the SPM document, not by the capaian rule");
        var members = new List<FigureInput>();
        var valueColumns = TableAssembler.ValueColumns(table.Body);
        int segmentStart = 0, grandStart = 0;
        FigureInput? lastTotalPercent = null;
        FigureInput? achievementBeside = null;
        (string Key, PrintedCell[] Cells)? meanAbove = null;
        var laterMembers = columns.LaterBlocks.Select(_ => new List<FigureInput>()).ToList();
        for (int r = 0; r < table.Body.Count; r++)
        {
            var row = table.Body[r];
            var cells = Enumerable.Range(0, table.Columns).Select(c => Cell(row, c)).ToArray();
            string key = Key(row);
            int firstNumber = FirstNumber(cells);
            string label = Label(cells, firstNumber < 0 ? cells.Length : firstNumber);
            string lower = label.ToLowerInvariant();
            if (cells.Any(IsEfficiencyLabel))
            {
                if (cells.LastOrDefault(c => c.IsNumber || (!c.IsEmpty && !IsEfficiencyLabel(c))) is { Cell: not null } eff)
                    figures.Add(Figure(tableId, key, "efisiensi", "Tingkat efisiensi = capaian kinerja / realisasi anggaran", FigureKinds.Efficiency, eff,
                        [achievementBeside ?? Missing("capaian kinerja", "no capaian kinerja printed beside the budget"),
                         lastTotalPercent ?? Missing("realisasi anggaran", "no total realisation % printed above")]));
                continue;
            }
            // "Rata-rata" alone is the mean of the capaian above when it prints no target and realisation of its own
            // (a row "Rata-rata | 80 | 84 | 105,00 %" is a capaian of the mean target and realisation)
            if (IsMeanLabel(lower) || (columns.IsAchievement && IsBareMeanLabel(lower) && !cells[columns.Target].IsNumber && !cells[columns.Realization].IsNumber))
            {
                // a mean row printed above its indicators (the first of the table, or after another such row) is the
                // mean of the capaian after it, up to the next mean row or the table's end
                if (meanAbove is { } above && members.Count > 0)
                {
                    AddMean(figures, tableId, columns, above.Key, above.Cells, members);
                    AddLaterMeans(figures, tableId, columns, above.Key, above.Cells, laterMembers);
                    meanAbove = null;
                    members.Clear();
                    laterMembers.ForEach(m => m.Clear());
                }
                if (members.Count > 0)
                {
                    AddMean(figures, tableId, columns, key, cells, members);
                    AddLaterMeans(figures, tableId, columns, key, cells, laterMembers);
                }
                else if (MeanCell(cells, columns) is { Cell: not null }) meanAbove = (key, cells);
                members.Clear();
                laterMembers.ForEach(m => m.Clear());
                continue;
            }
            if (columns.AchievementBeside >= 0 && achievementBeside is null && cells[columns.AchievementBeside].IsNumber)
                achievementBeside = cells[columns.AchievementBeside].Input("capaian kinerja");
            if (columns.IsAchievement && !cells[columns.Achievement].IsEmpty)
            {
                string indicator = columns.Indicator >= 0 && !cells[columns.Indicator].IsEmpty
                    ? PrintedCell.Plain(cells[columns.Indicator].Text)
                    : Label(cells, columns.Target);
                var achievement = cells[columns.Achievement].AsAchievement();
                var figure = Figure(tableId, key, "capaian", indicator + ": capaian", FigureKinds.Achievement, achievement,
                    [cells[columns.Target].Input("T"), cells[columns.Realization].Input("R")]);
                figures.Add(WithPolarity(figure, indicator));
                members.Add(cells[columns.Achievement].AsMember().Input(indicator));
                if (columns.Predicate >= 0 && !cells[columns.Predicate].IsEmpty)
                    figures.Add(PredicateFigure(tableId, key, indicator, achievement, cells[columns.Predicate]));
                // two years side by side: each later block's capaian on its own, and a member of its own mean
                for (int b = 0; b < columns.LaterBlocks.Count; b++)
                {
                    var (target, realization, printed) = columns.LaterBlocks[b];
                    if (cells[printed].IsEmpty) continue;
                    string which = BlockName(columns, b);
                    figures.Add(WithPolarity(Figure(tableId, key, "capaian-" + which, indicator + ": capaian " + which, FigureKinds.Achievement, cells[printed].AsAchievement(),
                        [cells[target].Input("T"), cells[realization].Input("R")]), indicator));
                    laterMembers[b].Add(cells[printed].AsMember().Input(indicator));
                }
            }
            bool subtotal = IsSubtotal(lower);
            // a numbered row is an item of the table ("3 | Jumlah Investor | 20 | 18 | 90,00"), never its last row's total
            bool numbered = cells.Length > 0 && PrintedCell.IsNumbering(cells[0].Text);
            bool total = subtotal || IsTotal(lower, r == table.Body.Count - 1 && !numbered);
            var percent = columns.IsBudget ? Shifted(cells, columns, columns.SpentPercent) : default;
            if (columns.IsBudget && (!percent.IsEmpty || (!cells[columns.Allocation].IsEmpty && !cells[columns.Allocation].IsNumber)))
            {
                string item = Label(cells, columns.Allocation);
                figures.Add(Figure(tableId, key, "persen", (item.Length == 0 ? "row " + key : item) + ": realisasi anggaran %",
                    FigureKinds.BudgetRealization, percent,
                    [cells[columns.Allocation].Input("anggaran"), cells[columns.Spent].Input("realisasi")]));
                if (total) lastTotalPercent = percent.Input("realisasi anggaran");
            }
            // "Anggaran | Realisasi | Sisa Anggaran": the row's anggaran is its realisasi plus what is left
            if (columns.IsBudget && Remainder(columns) is >= 0 and var rest && cells[rest].IsNumber && !cells[rest].IsPercent
                && cells[columns.Allocation].IsNumber && cells[columns.Spent].IsNumber)
            {
                string item = Label(cells, columns.Allocation);
                figures.Add(Figure(tableId, key, "sisa", (item.Length == 0 ? "row " + key : item) + ": anggaran = realisasi + " + columns.Labels[rest],
                    FigureKinds.Sum, cells[columns.Allocation], [cells[columns.Spent].SumInput("realisasi"), cells[rest].SumInput(columns.Labels[rest])]));
            }
            if (total)
            {
                // a subtotal closes the rows since the last total; a total closes every row since the last one but a
                // subtotal, whose rows it adds itself (TotalRow leaves the subtotal rows out)
                int from = subtotal ? segmentStart : grandStart;
                // rows numbered at several levels (1 program, 1.1 kegiatan, 1.1.1 sub kegiatan): each level repeats the
                // sum of the one below it, and which rows the total adds is not printed, so it is not checked
                if (OutlineLevels(table, from, r) > 1)
                    leftOut?.Add($"'{label}' (row {key}) not checked as a total: the rows above it are numbered at several levels (1, 1.1, 1.1.1), so which of them it adds is not printed");
                else
                    figures.AddRange(TotalRow(table, tableId, columns, valueColumns, from, r, cells, key, label));
                segmentStart = r + 1;
                if (!subtotal) grandStart = r + 1;
            }
            figures.AddRange(TotalColumns(tableId, columns, valueColumns, cells, key, FirstText(cells)));
            if (label.EndsWith(':') && firstNumber >= 0)
                figures.AddRange(HeadingTotal(table, tableId, r, cells, firstNumber, key, label, _ => true));
            // a row of a budget or value table over lettered items ("1 | Pendapatan Asli Daerah | 2.989.680.500.000"
            // over "a. Pajak Daerah", "b. Retribusi Daerah"): its amounts are their sums, as a total's "carried" rows
            else if (!total && !columns.IsAchievement && firstNumber >= 0 && !IsItem(cells, firstNumber) && r + 1 < table.Body.Count
                     && Enumerable.Range(0, table.Columns).Select(k => Cell(table.Body[r + 1], k)).ToArray() is var next && IsItem(next, Math.Max(0, FirstNumber(next))))
                figures.AddRange(HeadingTotal(table, tableId, r, cells, firstNumber, key, label,
                    c => valueColumns.Contains(c) && c != columns.SpentPercent && c != columns.Achievement && !columns.Labels[c].Contains('%', StringComparison.Ordinal)
                         && !RatioWords.Any(w => columns.Labels[c].Contains(w, StringComparison.Ordinal))));
            if (columns.Mean >= 0 && !cells[columns.Mean].IsEmpty && !columns.IsAchievement)
            {
                string name = Label(cells, columns.Mean);
                pending.Add((figures.Count, name));
                figures.Add(Figure(tableId, key, "rata-rata", name + ": rata-rata capaian kinerja", FigureKinds.AchievementMean, cells[columns.Mean], []));
                if (columns.Predicate >= 0 && !cells[columns.Predicate].IsEmpty)
                    figures.Add(PredicateFigure(tableId, key, name, cells[columns.Mean], cells[columns.Predicate]));
            }
        }
        if (meanAbove is { } last && members.Count > 0)
        {
            AddMean(figures, tableId, columns, last.Key, last.Cells, members);
            AddLaterMeans(figures, tableId, columns, last.Key, last.Cells, laterMembers);
        }
        var (changes, undecidable) = PercentChanges.Recognize(table, columns, tableId);
        figures.AddRange(changes);
        figures.AddRange(HumanDevelopmentComponents.Recognize(table, columns, tableId));
        if (figures.Count > 0)
        {
            leftOut?.AddRange(undecidable);
            if (columns.AchievementDoubt is { } capaianDoubt) leftOut?.Add("capaian not read: " + capaianDoubt);
            if (columns.BudgetDoubt is { } budgetDoubt) leftOut?.Add("budget realisation not read: " + budgetDoubt);
            return (figures, null);
        }
        if (undecidable.Count > 0) return (figures, "percent changes the printed inputs cannot judge: " + string.Join("; ", undecidable));
        return (figures, Reason(table, columns));
    }

    /// <summary>The name of later block <paramref name="b"/> in ids and labels: its year ("2025"), or its place ("2").</summary>
    private static string BlockName(TableColumns columns, int b)
    {
        var (target, _, printed) = columns.LaterBlocks[b];
        return (columns.YearOf(target) ?? columns.YearOf(printed))?.ToString(CultureInfo.InvariantCulture) ?? (b + 2).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The figures of a mean row (<paramref name="cells"/>) over <paramref name="members"/>: its mean and, beside a
    /// capaian column, its predikat.</summary>
    private static void AddMean(List<ReportFigure> figures, string tableId, TableColumns columns, string key, PrintedCell[] cells, List<FigureInput> members)
    {
        if (MeanCell(cells, columns) is not { Cell: not null } mean) return;
        figures.Add(Figure(tableId, key, "capaian-kinerja", "Capaian Kinerja (mean of the indicators' capaian)", FigureKinds.AchievementMean, mean, [.. members]));
        if (columns.IsAchievement && columns.Predicate >= 0 && mean.IsNumber && !cells[columns.Predicate].IsEmpty)
            figures.Add(PredicateFigure(tableId, key, "Capaian Kinerja", mean, cells[columns.Predicate]));
    }

    /// <summary>
    /// A budget table's column of what is left of the anggaran ("Sisa Anggaran", "Sisa (Rp)"), not a percentage; -1 when
    /// none. Not "Selisih": reports print it as anggaran − realisasi or as realisasi − anggaran (negative), and which is not said.
    /// </summary>
    private static int Remainder(TableColumns columns) => Array.FindIndex(columns.Labels, l =>
        l.StartsWith("sisa", StringComparison.Ordinal) && !l.Contains('%', StringComparison.Ordinal) && !l.Contains("persen", StringComparison.Ordinal));

    /// <summary>Each later year's block of a mean row (<paramref name="cells"/>): its own mean over that block's capaian, under its capaian column.</summary>
    private static void AddLaterMeans(List<ReportFigure> figures, string tableId, TableColumns columns, string key, PrintedCell[] cells, List<List<FigureInput>> laterMembers)
    {
        for (int b = 0; b < columns.LaterBlocks.Count; b++)
        {
            var printed = cells[columns.LaterBlocks[b].Achievement];
            if (laterMembers[b].Count > 0 && printed.Cell is not null && !printed.IsEmpty)
                figures.Add(Figure(tableId, key, "capaian-kinerja-" + BlockName(columns, b), "Capaian Kinerja " + BlockName(columns, b) + " (mean of the indicators' capaian)",
                    FigureKinds.AchievementMean, printed, [.. laterMembers[b]]));
        }
    }

    /// <summary>
    /// The cell of <paramref name="column"/>; when it is empty and the next column has no header and holds the value
    /// (a row printed one cell to the right, as PDF conversion leaves it), that cell.
    /// </summary>
    private static PrintedCell Shifted(PrintedCell[] cells, TableColumns columns, int column)
    {
        if (!cells[column].IsEmpty || column + 1 >= cells.Length || columns.Labels[column + 1].Length > 0) return cells[column];
        return cells[column + 1].IsEmpty ? cells[column] : cells[column + 1];
    }

    /// <summary>
    /// The value of a "Capaian Kinerja" row: its one cell after the label, or, when it prints several (a capaian for
    /// each year of the header, a predicate beside it), the one under the capaian column whose members were taken;
    /// default (no figure) when that cell is empty, rather than another column's value.
    /// </summary>
    private static PrintedCell MeanCell(PrintedCell[] cells, TableColumns columns)
    {
        int label = Array.FindIndex(cells, c => !c.IsEmpty);
        var values = Enumerable.Range(label + 1, cells.Length - label - 1).Where(c => !cells[c].IsEmpty).ToList();
        if (values.Count == 0) return label >= 0 ? cells[label] : default; // no value printed: the figure says so
        if (values.Count == 1) return cells[values[0]];
        return values.Count > 1 && columns.IsAchievement && values.Contains(columns.Achievement) ? cells[columns.Achievement] : default;
    }

    /// <summary>
    /// The label of a row printing the mean of the capaian above it, lower case: "Capaian Kinerja", "Rata-rata Capaian …",
    /// "Nilai Capaian Kinerja", "Capaian Rata-rata", "Nilai Rata-rata Capaian"; never an indicator named like a mean
    /// ("Rata-rata Lama Sekolah"). "Rata-rata" alone is a mean only in a capaian table (<see cref="IsBareMeanLabel"/>).
    /// </summary>
    internal static bool IsMeanLabel(string lower) =>
        lower.StartsWith("capaian kinerja", StringComparison.Ordinal) || MeanLabel().IsMatch(lower);

    /// <summary>"Rata-rata", "Rata - rata", "Rerata", "Nilai Rata-rata" alone, lower case: the mean row of a capaian table.</summary>
    internal static bool IsBareMeanLabel(string lower) => BareMeanLabel().IsMatch(lower);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:nilai\s+)?(?:(?:rata\s*-?\s*rata|rerata)\s+capaian\b|capaian\s+(?:kinerja|rata\s*-?\s*rata)\b)")]
    private static partial System.Text.RegularExpressions.Regex MeanLabel();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:nilai\s+)?(?:rata\s*-?\s*rata|rerata)\s*:?$")]
    private static partial System.Text.RegularExpressions.Regex BareMeanLabel();

    /// <summary>A "Tingkat efisiensi" label cell (not a name that merely contains the word, as "Meningkatnya Efisiensi …").</summary>
    private static bool IsEfficiencyLabel(PrintedCell cell)
    {
        string plain = PrintedCell.Plain(cell.Text).ToLowerInvariant();
        return plain.Length <= 40 && (plain.StartsWith("tingkat efisiensi", StringComparison.Ordinal)
            || plain.StartsWith("nilai efisiensi", StringComparison.Ordinal) || plain.StartsWith("efisiensi", StringComparison.Ordinal));
    }

    /// <summary>A table of the SPM chapter: its header or rows name "SPM" or "Standar Pelayanan Minimal".</summary>
    private static bool IsSpm(LogicalTable table) =>
        table.Header.Concat(table.Body).SelectMany(r => r.Cells).Any(c =>
            System.Text.RegularExpressions.Regex.IsMatch(c.Text, @"\bSPM\b|Standar Pelayanan Minimal", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

    private static string Reason(LogicalTable table, TableColumns columns)
    {
        if (table.Body.Count == 0) return "no body rows (header only)";
        if (columns.AchievementDoubt is { } doubt) return "capaian not read: " + doubt;
        if (columns.BudgetDoubt is { } budgetDoubt) return "budget realisation not read: " + budgetDoubt;
        if (columns.Target >= 0 && !columns.IsAchievement) return "a Target column without Realisasi and %/Capaian columns after it";
        if (columns.Allocation >= 0 && !columns.IsBudget) return "an Anggaran/Alokasi column without Realisasi and % columns after it";
        return "no Target/Realisasi/% (capaian), no Anggaran/Realisasi/% (budget) columns, no Jumlah/Total row or column in the header words";
    }

    /// <summary>How many outline levels the numbering of rows <paramref name="from"/>–<paramref name="to"/> (exclusive) shows in its first cell: "1", "1.1" and "1.1.1" are three; "1.", "2." one; none is 0.</summary>
    private static int OutlineLevels(LogicalTable table, int from, int to)
    {
        var levels = new HashSet<int>();
        for (int r = from; r < to; r++)
        {
            string first = PrintedCell.Plain(Cell(table.Body[r], 0).Text);
            if (OutlineNumber().IsMatch(first))
                levels.Add(first.TrimEnd('.').Split('.').Length);
        }
        return levels.Count;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})*\.?$")]
    private static partial System.Text.RegularExpressions.Regex OutlineNumber();

    /// <summary>
    /// True when the row's label (lower case) says it totals the rows above: "Jumlah", "Total", "Jumlah Total", "Grand
    /// Total", …, also with a colon ("Jumlah:"), letter-spaced ("J U M L A H") or as "Jumlah/Total"; as the last row,
    /// any label that begins "jumlah " or "total ".
    /// </summary>
    internal static bool IsTotal(string label, bool last)
    {
        label = label.TrimEnd(':', ' ');
        if (SpacedLetters().IsMatch(label)) label = label.Replace(" ", "", StringComparison.Ordinal);
        return label is "jumlah" or "total" or "jumlah total" or "total keseluruhan" or "grand total" or "jumlah keseluruhan" or "jumlah/total" or "jumlah / total"
            || (last && (label.StartsWith("jumlah ", StringComparison.Ordinal) || label.StartsWith("total ", StringComparison.Ordinal)));
    }

    /// <summary>A word printed letter by letter ("j u m l a h").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\p{L} ){3,}\p{L}$")]
    private static partial System.Text.RegularExpressions.Regex SpacedLetters();

    /// <summary>A subtotal's label, lower case: "Sub Total", "Subtotal", "Sub-total", "Sub Jumlah", "Jumlah Sub Total".</summary>
    private static bool IsSubtotal(string label) => Subtotal().IsMatch(label);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:jumlah\s+)?sub\s*-?\s*(?:total|jumlah)\b")]
    private static partial System.Text.RegularExpressions.Regex Subtotal();

    /// <summary>
    /// True when the row is an item of the row above it: its label begins with a letter or a dash ("a. Pajak Daerah",
    /// "- Laki-laki"), or its numbering cell is one ("a." then "Pajak Daerah").
    /// </summary>
    private static bool IsItem(PrintedCell[] cells, int column)
    {
        if (LetterItem().IsMatch(Label(cells, column))) return true;
        int first = Array.FindIndex(cells, k => !k.IsEmpty);
        return first >= 0 && first < column && LetterMark().IsMatch(PrintedCell.Plain(cells[first].Text));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[a-z][.)]|[-•])\s")]
    private static partial System.Text.RegularExpressions.Regex LetterItem();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[a-z][.)]|[-•])$")]
    private static partial System.Text.RegularExpressions.Regex LetterMark();

    /// <summary>
    /// The figures of a total row: each value column's printed total against the rows from <paramref name="from"/> to
    /// <paramref name="to"/>, leaving out the rows printing no amount, the subtotal rows (their rows are added) and the
    /// items under a row that prints their sum (that row is added).
    /// </summary>
    private static IEnumerable<ReportFigure> TotalRow(LogicalTable table, string tableId, TableColumns columns, HashSet<int> valueColumns,
        int from, int to, PrintedCell[] totals, string key, string totalLabel)
    {
        foreach (int c in valueColumns.Order())
        {
            var printed = totals[c];
            if (!printed.IsNumber || printed.IsPercent || c == columns.SpentPercent || c == columns.Achievement) continue;
            if (RatioWords.Any(w => columns.Labels[c].Contains(w, StringComparison.Ordinal))) continue;
            // a column with no header of its own right of the percentage column holds percentages printed a column
            // to the right (some rows of the seed's Tabel 4.2.5): no amounts to add
            if (columns.Labels[c].Length == 0 && c > 0 && (c - 1 == columns.SpentPercent || c - 1 == columns.Achievement)) continue;
            var inputs = new List<FigureInput>();
            bool carried = false; // the items under the row above ("a. Pajak Daerah" under "Pendapatan Asli Daerah") when it prints their sum
            for (int r = from; r < to; r++)
            {
                var cells = Enumerable.Range(0, table.Columns).Select(k => Cell(table.Body[r], k)).ToArray();
                if (cells.Any(IsEfficiencyLabel)) continue;
                if (IsSubtotal(Label(cells, c).ToLowerInvariant()))
                {
                    carried = false;
                    continue; // a subtotal: its rows are in the sum already
                }
                if (!IsItem(cells, c)) carried = cells[c].IsNumber;
                else if (carried) continue;
                if (cells[c].IsEmpty) continue;
                if (!cells[c].IsNumber && !cells[c].IsDash && IndonesianNumber.TryParse(cells[c].Text, out var marker) && marker.IsMissing) continue; // a missing-value marker: no amount printed
                string name = Label(cells, c);
                inputs.Add(cells[c].SumInput(name.Length == 0 ? "row " + Key(table.Body[r]) : name));
            }
            if (inputs.Count < 2) continue;
            string column = columns.Labels[c].Length == 0 ? "column " + (c + 1).ToString(CultureInfo.InvariantCulture) : columns.Labels[c];
            yield return Figure(tableId, key, "jumlah-" + (c + 1).ToString(CultureInfo.InvariantCulture),
                $"{totalLabel} {column} = Σ rows", FigureKinds.Sum, printed, inputs)
                with { Note = "rows printing no amount are left out of the sum" };
        }
    }

    /// <summary>
    /// A heading row that prints a total ("Pekerjaan Penduduk Menurut Lapangan Pekerjaan Utama: | 1.261.699") over
    /// the lettered or bulleted rows under it ("a. Pertanian … | 545.721", "- Laki-laki | …"), column by column.
    /// </summary>
    private static IEnumerable<ReportFigure> HeadingTotal(LogicalTable table, string tableId, int at, PrintedCell[] heading, int firstNumber, string key, string label,
        Func<int, bool> sums)
    {
        for (int c = firstNumber; c < heading.Length; c++)
        {
            if (!heading[c].IsNumber || heading[c].IsPercent || !sums(c)) continue;
            var inputs = new List<FigureInput>();
            for (int r = at + 1; r < table.Body.Count; r++)
            {
                var cells = Enumerable.Range(0, table.Columns).Select(k => Cell(table.Body[r], k)).ToArray();
                string name = Label(cells, c);
                // a heading of its own ("a. Pertanian: | 545.721") closes the items: it heads the rows under it
                // (so each row is an item of one heading at most and the table is read in linear time)
                if (!ItemMarker().IsMatch(name) || !(cells[c].IsNumber || cells[c].IsDash) || IsHeading(cells)) break;
                inputs.Add(cells[c].SumInput(name));
            }
            if (inputs.Count < 2) continue;
            yield return Figure(tableId, key, "jumlah-" + (c + 1).ToString(CultureInfo.InvariantCulture),
                label.TrimEnd(':') + " = Σ the items under it", FigureKinds.Sum, heading[c], inputs);
        }
    }

    /// <summary>True when the row is a heading that prints a total over the items under it: its label, before its first number, ends with a colon.</summary>
    private static bool IsHeading(PrintedCell[] cells) => FirstNumber(cells) is >= 0 and var first && Label(cells, first).EndsWith(':');

    /// <summary>The first number after the row's numbering ("3", "12." in the first column is not a value); -1 for none.</summary>
    private static int FirstNumber(PrintedCell[] cells) => cells.Length == 0 ? -1
        : cells[0].IsNumber && !PrintedCell.IsNumbering(PrintedCell.Plain(cells[0].Text)) ? 0
        : cells.Length > 1 ? Array.FindIndex(cells, 1, c => c.IsNumber) : -1;

    /// <summary>The predicate printed in <paramref name="predicate"/> for the capaian printed in <paramref name="capaian"/> (its words, footnote stars aside).</summary>
    private static ReportFigure PredicateFigure(string tableId, string key, string name, PrintedCell capaian, PrintedCell predicate) =>
        Figure(tableId, key, "predikat", name + ": predikat kinerja", FigureKinds.Predicate, default, [capaian.Input("capaian")])
            with { ReportedText = TrailingStars().Replace(PrintedCell.Plain(predicate.Text), ""), Printed = PrintedCell.Plain(predicate.Text), Source = predicate.Cell.Location.Line, Location = predicate.Cell.Location, Reported = null, Decimals = 0 };

    /// <summary>Footnote stars after a word ("Tinggi*)", "Sedang **", "Tinggi (*)"): a mark, not part of the word.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(?:\(\*+\)|\*+\)?)$")]
    private static partial System.Text.RegularExpressions.Regex TrailingStars();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[a-z]{1,2}[.)]|[-•]|\d{1,2}[.)])\s")]
    private static partial System.Text.RegularExpressions.Regex ItemMarker();

    private static IEnumerable<ReportFigure> TotalColumns(string tableId, TableColumns columns, HashSet<int> valueColumns,
        PrintedCell[] cells, string key, string label)
    {
        for (int c = 0; c < columns.Subs.Length; c++)
        {
            if (columns.Subs[c] is not ("total" or "jumlah") || columns.Groups[c].Length == 0 || columns.Groups[c] == columns.Subs[c]) continue;
            var siblings = Enumerable.Range(0, columns.Subs.Length)
                .Where(k => k != c && columns.Groups[k] == columns.Groups[c] && valueColumns.Contains(k)).ToList();
            if (siblings.Count < 2 || !cells[c].IsNumber) continue;
            var inputs = siblings.Select(k => cells[k].SumInput(columns.Subs[k].Length == 0 ? columns.Labels[k] : columns.Subs[k])).ToList();
            yield return Figure(tableId, key, "total-" + (c + 1).ToString(CultureInfo.InvariantCulture),
                $"{(label.Length == 0 ? "row " + key : label)}: {columns.Labels[c]} = Σ {columns.Groups[c]}", FigureKinds.Sum, cells[c], inputs);
        }
        // a header of one level: "Laki-laki (jiwa) | Perempuan (jiwa) | Jumlah (jiwa)", the columns right before the
        // total in its unit (not "Luas (Ha)"), or "Laki-laki | Perempuan | Jumlah" with no unit
        for (int c = 1; c < columns.Labels.Length; c++)
        {
            if (columns.Groups[c].Length > 0 || !cells[c].IsNumber || OneLevelTotal().Match(columns.Labels[c]) is not { Success: true } m) continue;
            string unit = m.Groups[1].Value;
            var siblings = new List<int>();
            for (int k = c - 1; k >= 0 && valueColumns.Contains(k) && columns.Groups[k].Length == 0 && UnitOf(columns.Labels[k]) is var (name, u) && u == unit
                                && !OneLevelTotal().IsMatch(columns.Labels[k]) && (unit.Length > 0 || name is "laki-laki" or "perempuan" or "l" or "p"); k--)
                siblings.Insert(0, k);
            if (siblings.Count < 2) continue;
            yield return Figure(tableId, key, "total-" + (c + 1).ToString(CultureInfo.InvariantCulture),
                $"{(label.Length == 0 ? "row " + key : label)}: {columns.Labels[c]} = Σ {string.Join(", ", siblings.Select(k => columns.Labels[k]))}", FigureKinds.Sum, cells[c],
                [.. siblings.Select(k => cells[k].SumInput(columns.Labels[k]))]);
        }
    }

    /// <summary>A column's header without its unit, and its unit: "laki-laki (jiwa)" → ("laki-laki", "(jiwa)").</summary>
    private static (string Name, string Unit) UnitOf(string label)
    {
        int open = label.LastIndexOf('(');
        return open > 0 && label.EndsWith(')') ? (label[..open].Trim(), label[open..]) : (label.Trim(), "");
    }

    /// <summary>A total column's header of one level, lower case: "jumlah", "total", "jumlah (jiwa)"; group 1 the unit.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:jumlah|total)\s*(\([^()]*\))?$")]
    private static partial System.Text.RegularExpressions.Regex OneLevelTotal();

    private static ReportFigure WithPolarity(ReportFigure figure, string indicator)
    {
        Polarity? known = IndicatorPolarities.Of(indicator);
        var follows = new List<Polarity>();
        var either = new List<string>(); // each polarity's capaian at the printed precision, for the note below
        if (figure.Reported is { } printed && figure.Inputs[0].Value is { } t && figure.Inputs[1].Value is { } r)
        {
            var options = new AchievementOptions { Decimals = figure.Decimals };
            foreach (var polarity in new[] { Polarity.Positive, Polarity.Negative })
            {
                if (Achievement.Compute(t, r, polarity, options).Unrounded is not { } u)
                    continue;
                decimal rounded = ReportRounding.Round(u, figure.Decimals);
                either.Add(Name(polarity) + " " + rounded.ToString("F" + figure.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
                if (rounded == printed)
                    follows.Add(polarity);
            }
        }
        if (known is { } k)
        {
            // The report's own polarity is recorded when the printed capaian follows only the other one: the audit
            // then notes the polarity as suspicious against the catalogue, and does not call the figure a misprint.
            return follows is [var only] && only != k
                ? figure with { Polarity = only, Note = $"the printed capaian follows {Name(only)} polarity, against the catalogue's {Name(k)}" }
                : figure with { Polarity = k };
        }
        if (follows.Count == 0)
            // A misprint either way; the recomputed value shown is the positive one, so the note gives both.
            return figure with
            {
                Polarity = Polarity.Positive,
                Note = "polarity not in the IndicatorPolarities catalogue and the printed capaian follows neither ("
                    + string.Join(", ", either) + "): positive assumed",
            };
        return figure with
        {
            Polarity = follows[0],
            Note = $"polarity not in the IndicatorPolarities catalogue: {Name(follows[0])}, the polarity under which the printed capaian follows",
        };
    }

    private static string Name(Polarity p) => p == Polarity.Negative ? "negative" : "positive";

    private static PrintedCell Cell(DocumentRow row, int column) =>
        column < row.Cells.Count ? PrintedCell.Of(row.Cells[column])
            : PrintedCell.Of(new DocumentCell("", row.Location with { Column = column + 1 }));

    /// <summary>The row's label: its last text cell before <paramref name="before"/> (numbering like "12." and a "-"
    /// printed for no amount aside).</summary>
    private static string Label(PrintedCell[] cells, int before)
    {
        string? first = null;
        for (int c = Math.Min(before, cells.Length) - 1; c >= 0; c--)
        {
            if (cells[c].IsEmpty || cells[c].IsNumber || cells[c].IsDash) continue;
            string plain = PrintedCell.Plain(cells[c].Text);
            if (plain.TrimEnd('.').All(char.IsAsciiDigit)) continue;
            first = plain;
            break;
        }
        return first ?? "";
    }

    /// <summary>A row's key in figure ids: its line in a text source, else "r" and its row in the table.</summary>
    internal static string Key(DocumentRow row) =>
        row.Location.Line is { } line ? line.ToString(CultureInfo.InvariantCulture)
            : (row.Location.Page is { } page ? "p" + page.ToString(CultureInfo.InvariantCulture) : "")
              + "r" + (row.Location.Row ?? 0).ToString(CultureInfo.InvariantCulture);

    /// <summary>The row's first text cell (its name: "Inspektorat"), numbering aside; "" when none.</summary>
    internal static string FirstText(PrintedCell[] cells)
    {
        foreach (var cell in cells)
        {
            string plain = PrintedCell.Plain(cell.Text);
            if (plain.Length > 0 && !cell.IsNumber && !PrintedCell.IsNumbering(plain)) return plain;
        }
        return "";
    }

    private static FigureInput Missing(string name, string why) => new() { Name = name, Note = why };

    /// <summary>
    /// The figure printed in <paramref name="cell"/>: id "table/key/suffix", its value, text, decimals and place; no value
    /// when the cell prints a bound or an approximation (<see cref="PrintedCell.AsReported"/>).
    /// </summary>
    internal static ReportFigure Figure(string tableId, string key, string suffix, string label, string rule, PrintedCell cell, IReadOnlyList<FigureInput> inputs)
    {
        var reported = cell.AsReported();
        return new()
        {
            Id = tableId + "/" + key + "/" + suffix,
            Label = label,
            Rule = rule,
            Reported = reported.Value,
            Printed = reported.Cell is null ? null : PrintedCell.Plain(reported.Cell.Text),
            Decimals = reported.Value is null ? 0 : reported.Decimals,
            Source = reported.Cell?.Location.Line,
            Location = reported.Cell?.Location,
            Note = reported.Note,
            Inputs = inputs,
        };
    }
}
