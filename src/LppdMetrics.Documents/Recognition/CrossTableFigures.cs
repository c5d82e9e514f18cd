using System.Globalization;
using System.Text.RegularExpressions;
using LppdMetrics.Audit.Rules;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// Recognises the cross-table plausibility checks of a report (docs/methods.md#plausibility-cross-table), on any
/// document's <see cref="LogicalTable"/>s: a growth rate printed in one table against the two levels printed in
/// another (<see cref="RuleCatalog.GrowthLevels"/>: pertumbuhan ekonomi against PDRB ADHK, laju pertumbuhan penduduk
/// against jumlah penduduk) and a share printed in one table against its part and total printed in another
/// (<see cref="RuleCatalog.ShareOfTotal"/>). Quantities are matched by their normalised row label and the year of their
/// column; what matches in several places with different numbers is refused, with the reason, in the table's note.
/// It emits the figures; the audit decides (a check that holds yields no finding).
/// </summary>
internal static partial class CrossTableFigures
{
    /// <summary>The quantity of a row label: economic growth, population growth, their levels (null: none of these).</summary>
    private enum Quantity { EconomicGrowth, PopulationGrowth, RealGdp, Population }

    /// <summary>A table's columns with their years and its body rows; its rows by name (the names printed once, totals aside) and its total rows.</summary>
    private sealed record Table(string Id, TableColumns Columns, int?[] Years, int? TitleYear, List<Row> Rows)
    {
        public Dictionary<string, Row> ByName { get; } = Rows.Where(r => !r.IsTotal && r.Name.Length > 0).GroupBy(r => r.Name, StringComparer.Ordinal)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);

        public List<Row> Totals { get; } = [.. Rows.Where(r => r.IsTotal)];
    }

    /// <summary>A body row: its cells, its label (the last text before its numbers), its name (the label normalised) and whether it is a Jumlah/Total row.</summary>
    private sealed record Row(DocumentRow Source, PrintedCell[] Cells, string Label, string Name, bool IsTotal);

    /// <summary>Levels of one quantity by year, printed in one table (one row, or the total row of one column per year).</summary>
    private sealed record Series(int Table, string Label, Dictionary<int, PrintedCell> ByYear);

    /// <summary>
    /// The cross-table figures of <paramref name="tables"/> (each with the id of the table that prints the rate it
    /// checks), and the checks refused as ambiguous (the table's id and the reason).
    /// </summary>
    /// <param name="tables">The document's tables with their ids.</param>
    /// <param name="reportYear">The report's year (a column "Realisasi" without a year is of that year); null when unknown.</param>
    /// <param name="region">The report's region ("Kabupaten Blitar"): a column naming another region is not the report's own value; null when unknown.</param>
    public static (List<(string TableId, ReportFigure Figure)> Figures, List<(string TableId, string Reason)> Refused) Recognize(
        IReadOnlyList<(LogicalTable Table, string Id)> tables, int? reportYear, string? region)
    {
        string? own = region is null ? null : OwnName(region);
        var parsed = tables.Select(t => Parse(t.Table, t.Id, reportYear, own)).ToList();
        var figures = new List<(string, ReportFigure)>();
        var refused = new List<(string, string)>();
        GrowthLevels(parsed, figures, refused);
        SharesOfTotals(parsed, figures, refused);
        return (figures, refused);
    }

    private static Table Parse(LogicalTable table, string id, int? reportYear, string? own)
    {
        var columns = TableColumns.Of(table);
        var years = columns.Labels.Select(l => ColumnYear(l, reportYear, own)).ToArray();
        var rows = new List<Row>();
        foreach (var row in table.Body)
        {
            var cells = row.Cells.Select(PrintedCell.Of).ToArray();
            string label = Label(cells);
            rows.Add(new Row(row, cells, label, Name(label), PlausibilityFigures.TotalLabel().IsMatch(label)));
        }
        return new Table(id, columns, years, YearIn(table.Title), rows);
    }

    // ---- plausibility.growth-levels ----

    /// <summary>
    /// For each growth cell (a row named pertumbuhan ekonomi / laju pertumbuhan penduduk, a column of one year t that
    /// is not a target, a province's or nation's value, a mean or a change) in a table that does not print the levels
    /// itself (the same-table case is rule <c>economic-growth</c>): the levels of t−1 and t from the one other table
    /// printing them (a PDRB ADHK / jumlah penduduk row with year columns, or the Jumlah row under "Jumlah Penduduk
    /// 2023 / 2024" columns). Several tables printing different levels: refused.
    /// </summary>
    private static void GrowthLevels(List<Table> tables, List<(string, ReportFigure)> figures, List<(string, string)> refused)
    {
        var series = tables.SelectMany((t, i) => LevelSeries(t, i)).ToList();
        for (int g = 0; g < tables.Count; g++)
        {
            var table = tables[g];
            foreach (var row in table.Rows)
            {
                var growth = QuantityOf(row.Label);
                if (growth is not (Quantity.EconomicGrowth or Quantity.PopulationGrowth)) continue;
                var level = growth == Quantity.EconomicGrowth ? Quantity.RealGdp : Quantity.Population;
                var levels = series.Where(s => s.Quantity == level).Select(s => s.Series).ToList();
                if (levels.Any(s => s.Table == g)) continue; // the same table: rule economic-growth
                for (int c = 0; c < row.Cells.Length && c < table.Years.Length; c++)
                {
                    if (table.Years[c] is not { } year || !row.Cells[c].IsNumber) continue;
                    var cell = row.Cells[c];
                    var candidates = levels.Where(s => s.ByYear.ContainsKey(year - 1) && s.ByYear.ContainsKey(year)).ToList();
                    if (candidates.Count == 0) continue;
                    var distinct = candidates.DistinctBy(s => (s.ByYear[year - 1].Value, s.ByYear[year].Value)).ToList();
                    if (distinct.Count > 1)
                    {
                        refused.Add((table.Id, string.Create(CultureInfo.InvariantCulture,
                            $"{row.Label} {year} ({Where(cell)}): the levels of {year - 1} and {year} are printed differently in {string.Join(" and ", distinct.Select(s => Describe(tables, s, year)))}; not judged")));
                        continue;
                    }
                    var source = candidates[0];
                    PrintedCell before = source.ByYear[year - 1], after = source.ByYear[year];
                    string other = tables[source.Table].Id;
                    figures.Add((table.Id, TableRecognizer.Figure(table.Id, TableRecognizer.Key(row.Source), "growth-levels-" + year.ToString(CultureInfo.InvariantCulture),
                        string.Create(CultureInfo.InvariantCulture, $"{row.Label} {year} against {source.Label} {year - 1} and {year} (table {other})"),
                        RuleCatalog.GrowthLevels, cell,
                        [
                            before.Input(string.Create(CultureInfo.InvariantCulture, $"{source.Label} {year - 1} (table {other})")),
                            after.Input(string.Create(CultureInfo.InvariantCulture, $"{source.Label} {year} (table {other})")),
                            cell.Input(string.Create(CultureInfo.InvariantCulture, $"{row.Label} {year} (table {table.Id})")),
                            Decimals(before, after),
                        ])));
                }
            }
        }
    }

    /// <summary>
    /// The level series of <paramref name="table"/>: each PDRB ADHK / jumlah penduduk row's numbers in year columns,
    /// and the one Jumlah/Total row's numbers under columns named jumlah penduduk with a year.
    /// </summary>
    private static IEnumerable<(Quantity Quantity, Series Series)> LevelSeries(Table table, int index)
    {
        foreach (var row in table.Rows)
        {
            if (QuantityOf(row.Label) is not (Quantity.RealGdp or Quantity.Population)) continue;
            var byYear = new Dictionary<int, PrintedCell>();
            for (int c = 0; c < row.Cells.Length && c < table.Years.Length; c++)
                if (table.Years[c] is { } year && Level(row.Cells[c]))
                    byYear.TryAdd(year, row.Cells[c]);
            if (byYear.Count >= 2) yield return (QuantityOf(row.Label)!.Value, new Series(index, PrintedCell.Plain(row.Label), byYear));
        }
        var totals = table.Rows.Where(r => r.IsTotal).ToList();
        if (totals.Count != 1) yield break;
        var columns = new Dictionary<int, PrintedCell>();
        for (int c = 0; c < table.Columns.Labels.Length && c < totals[0].Cells.Length; c++)
            if (table.Years[c] is { } year && QuantityOf(PercentChanges.Year().Replace(table.Columns.Labels[c], " ")) == Quantity.Population && Level(totals[0].Cells[c]))
                columns.TryAdd(year, totals[0].Cells[c]);
        if (columns.Count >= 2) yield return (Quantity.Population, new Series(index, "Jumlah penduduk (" + totals[0].Label + ")", columns));
    }

    private static bool Level(PrintedCell cell) => cell.IsNumber && !cell.IsPercent && cell.Value > 0;

    // ---- plausibility.share-of-total ----

    /// <summary>
    /// For each share column of a table (a header naming %, persen, proporsi, kontribusi, distribusi, komposisi and no
    /// rate word, as <c>plausibility.share-total</c> reads it; not a capaian or budget table) with at least two share
    /// rows summing within <see cref="PlausibilityFigures.ShareWindow"/> points of 100 (shares of one whole, not rates
    /// per row): the other tables whose rows carry every one of those row names (numbering, case and punctuation aside)
    /// and one Jumlah/Total row, and one column (not a percentage) of the same year (the column's year, else the
    /// title's) printing a number ≥ 0 in each of those rows, in no other row, and a total at least as large. Several
    /// such columns or tables with different numbers: refused.
    /// </summary>
    private static void SharesOfTotals(List<Table> tables, List<(string, ReportFigure)> figures, List<(string, string)> refused)
    {
        for (int a = 0; a < tables.Count; a++)
        {
            var table = tables[a];
            var columns = table.Columns;
            if (columns.IsAchievement || columns.IsBudget || columns.Mean >= 0) continue;
            for (int c = 0; c < columns.Labels.Length; c++)
            {
                string header = columns.Labels[c];
                if (!PlausibilityFigures.IsShareColumn(header)) continue;
                var shares = table.Rows.Where(r => !r.IsTotal && r.Name.Length > 0 && c < r.Cells.Length && r.Cells[c].IsNumber).ToList();
                if (shares.Count < 2 || shares.DistinctBy(r => r.Name).Count() != shares.Count) continue;
                if (shares.Any(r => r.Cells[c].Value is < 0 or > 100m + PlausibilityFigures.ShareWindow)) continue; // not shares (and no sum can overflow)
                // Shares of one whole sum to about 100; a column of rates per row (persentase penduduk miskin per kecamatan) does not.
                if (Math.Abs(shares.Sum(r => r.Cells[c].Value!.Value) - 100m) > PlausibilityFigures.ShareWindow) continue;
                int? year = YearIn(header) ?? table.TitleYear;
                var found = new List<(int Table, int Column, Row Total, Dictionary<string, Row> Parts)>();
                var why = new List<string>();
                for (int b = 0; b < tables.Count; b++)
                {
                    if (b == a) continue;
                    var other = tables[b];
                    var byName = other.ByName;
                    if (!shares.All(s => byName.ContainsKey(s.Name))) continue;
                    var totals = other.Totals;
                    if (totals.Count > 1)
                        why.Add(string.Create(CultureInfo.InvariantCulture, $"table {other.Id} prints its rows with {totals.Count} Jumlah/Total rows (which is the whole?)"));
                    if (totals.Count != 1) continue;
                    var parts = shares.ToDictionary(s => s.Name, s => byName[s.Name]);
                    for (int k = 0; k < other.Columns.Labels.Length; k++)
                    {
                        string label = other.Columns.Labels[k];
                        if (PercentWord().IsMatch(label)) continue;
                        if (k >= totals[0].Cells.Length || !Level(totals[0].Cells[k])) continue;
                        decimal total = totals[0].Cells[k].Value!.Value;
                        if (!parts.Values.All(p => k < p.Cells.Length && p.Cells[k].IsNumber && !p.Cells[k].IsPercent && p.Cells[k].Value >= 0 && p.Cells[k].Value <= total)) continue;
                        // The same breakdown: the other table has no further row printing a number in this column.
                        if (other.Rows.Count(r => !r.IsTotal && r.Name.Length > 0 && k < r.Cells.Length && r.Cells[k].IsNumber) != shares.Count) continue;
                        if ((YearIn(label) ?? other.TitleYear) is var countYear && countYear != year)
                        {
                            why.Add($"table {other.Id} column '{PrintedCell.Plain(label)}' prints the counts of {YearName(countYear)}, the shares are of {YearName(year)}");
                            continue;
                        }
                        found.Add((b, k, totals[0], parts));
                    }
                }
                if (found.Count == 0)
                {
                    if (why.Count > 0)
                        refused.Add((table.Id, $"column '{PrintedCell.Plain(header)}' ({Where(shares[0].Cells[c])}): {string.Join("; ", why)}; not judged"));
                    continue;
                }
                var distinct = found.DistinctBy(f => string.Join("|", shares.Select(s => f.Parts[s.Name].Cells[f.Column].Value).Append(f.Total.Cells[f.Column].Value))).ToList();
                if (distinct.Count > 1)
                {
                    refused.Add((table.Id, string.Create(CultureInfo.InvariantCulture,
                        $"column '{PrintedCell.Plain(header)}' ({Where(shares[0].Cells[c])}): its rows' parts and total are printed differently in {string.Join(" and ", distinct.Select(f => $"table {tables[f.Table].Id} column '{PrintedCell.Plain(tables[f.Table].Columns.Labels[f.Column])}'"))}; not judged")));
                    continue;
                }
                var (t, col, totalRow, partRows) = found[0];
                string otherId = tables[t].Id;
                string column = PrintedCell.Plain(tables[t].Columns.Labels[col]);
                foreach (var share in shares)
                {
                    var cell = share.Cells[c];
                    PrintedCell part = partRows[share.Name].Cells[col], total = totalRow.Cells[col];
                    figures.Add((table.Id, TableRecognizer.Figure(table.Id, TableRecognizer.Key(share.Source), "share-of-total-c" + c.ToString(CultureInfo.InvariantCulture),
                        $"{share.Label}, '{PrintedCell.Plain(header)}' against {partRows[share.Name].Label} / {totalRow.Label}, '{column}' (table {otherId})",
                        RuleCatalog.ShareOfTotal, cell,
                        [
                            total.Input($"total: {totalRow.Label}, '{column}' (table {otherId})"),
                            part.Input($"part: {partRows[share.Name].Label}, '{column}' (table {otherId})"),
                            cell.Input($"share: {share.Label}, '{PrintedCell.Plain(header)}' (table {table.Id})"),
                            Decimals(part, total),
                        ])));
                }
            }
        }
    }

    // ---- shared ----

    /// <summary>The decimals input: the coarser of the two printed precisions (the wider half-unit box, so rounding never makes a false alarm).</summary>
    private static FigureInput Decimals(PrintedCell x, PrintedCell y) => new()
    {
        Name = "d: decimals printed",
        Value = Math.Min(x.Decimals, y.Decimals),
        Note = "the coarser of the two inputs' printed decimals: each stands for ± ½ × 10⁻ᵈ",
    };

    private static string Where(PrintedCell cell) =>
        cell.Cell.Location.Line is { } line ? "line " + line.ToString(CultureInfo.InvariantCulture) : cell.Cell.Location.ToString();

    private static string Describe(List<Table> tables, Series s, int year) => string.Create(CultureInfo.InvariantCulture,
        $"table {tables[s.Table].Id} ({PrintedCell.Plain(s.ByYear[year - 1].Text)}, {PrintedCell.Plain(s.ByYear[year].Text)})");

    /// <summary>The row's label: its last text cell before its first number (the indicator beside its tujuan), numbering aside; "" when none.</summary>
    private static string Label(PrintedCell[] cells)
    {
        string label = "";
        foreach (var cell in cells)
        {
            string plain = PrintedCell.Plain(cell.Text);
            if (plain.Length == 0 || PrintedCell.IsNumbering(plain)) continue;
            if (cell.IsNumber || cell.IsDash)
            {
                if (label.Length > 0) break;
                continue;
            }
            label = plain;
        }
        return label;
    }

    /// <summary>A label without list marks, case, spaces and punctuation ("a. Pertanian, Kehutanan" → "pertaniankehutanan").</summary>
    private static string Name(string label) =>
        new([.. ListMark().Replace(label, "").ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    /// <summary>
    /// The quantity a label names: its words without parenthesised units, years, "%" and the unit words (rp, juta,
    /// miliar, ribu, jiwa, orang, tahun), compared whole ("Pertumbuhan Ekonomi ( %)", "PDRB ADHK 2010 (Rp. Juta,-)",
    /// "Jumlah Penduduk (jiwa)"); null for any other label (a sector's growth, PDRB per kapita, penduduk miskin).
    /// </summary>
    private static Quantity? QuantityOf(string label)
    {
        string text = Parenthesised().Replace(label.ToLowerInvariant(), " ");
        text = PercentChanges.Year().Replace(text, " ");
        var words = WordPattern().Matches(text).Select(m => m.Value).Where(w => !UnitWords.Contains(w)).ToList();
        return string.Join(' ', words) switch
        {
            "pertumbuhan ekonomi" or "laju pertumbuhan ekonomi" or "lpe" or "laju pertumbuhan ekonomi lpe" => Quantity.EconomicGrowth,
            "pertumbuhan penduduk" or "laju pertumbuhan penduduk" or "laju pertumbuhan penduduk lpp" => Quantity.PopulationGrowth,
            "pdrb adhk" or "pdrb atas dasar harga konstan" or "pdrb harga konstan" => Quantity.RealGdp,
            "jumlah penduduk" or "jml penduduk" or "penduduk" or "total penduduk" => Quantity.Population,
            _ => null,
        };
    }

    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal) { "rp", "juta", "miliar", "milyar", "ribu", "jiwa", "orang", "tahun", "th" };

    /// <summary>
    /// The year of a column: the one year its header names, or the report's year for a bare "Realisasi"; null for a
    /// column of a target, a province's or the nation's value, a mean, a change or a capaian in %, and for a column
    /// naming a region (kabupaten, kota, provinsi …) other than the report's own (a comparison with neighbours).
    /// </summary>
    private static int? ColumnYear(string label, int? reportYear, string? own)
    {
        if (NotOwnValue().IsMatch(label)) return null;
        if (RegionWord().IsMatch(label) && (own is null || !label.Contains(own, StringComparison.OrdinalIgnoreCase))) return null;
        if (YearIn(label) is { } year) return year;
        return WordPattern().Matches(label).Select(m => m.Value).Where(w => w != "tahun").SequenceEqual(["realisasi"]) ? reportYear : null;
    }

    private static int? YearIn(string text) => PercentChanges.YearOf(text);

    /// <summary>The distinctive part of the report's region, lower case ("Kabupaten Blitar" → "blitar").</summary>
    private static string? OwnName(string region)
    {
        string name = RegionWord().Replace(region.ToLowerInvariant(), " ").Trim();
        return name.Length >= 3 ? name : null;
    }

    private static string YearName(int? year) => year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "no stated year";

    [GeneratedRegex(@"\([^)]*\)?")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\bkab\b|\bkab\.|kabupaten|\bkota\b|provinsi|\bprov\b|nasional|indonesia", RegexOptions.IgnoreCase)]
    private static partial Regex RegionWord();

    [GeneratedRegex(@"target|sasaran|provinsi|prov\.|nasional|jawa|rpjm|rata|perubahan|selisih|kenaikan|penurunan|capaian\b.*%|%.*capaian|persentase capaian", RegexOptions.IgnoreCase)]
    private static partial Regex NotOwnValue();

    [GeneratedRegex(@"%|persen|proporsi|kontribusi|distribusi|komposisi|porsi|rasio|indeks|rata", RegexOptions.IgnoreCase)]
    private static partial Regex PercentWord();

    [GeneratedRegex(@"^\s*(?:[a-z]\.|\d+(?:\.\d+)*[.)]?|[-•])\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ListMark();
}
