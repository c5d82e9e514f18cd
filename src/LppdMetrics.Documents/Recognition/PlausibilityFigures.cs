using System.Globalization;
using System.Text.RegularExpressions;
using LppdMetrics.Audit.Rules;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// Recognises the plausibility checks of a report's tables (docs/methods.md#plausibility), on any document's
/// <see cref="LogicalTable"/>s: the shares of a persentase/proporsi/kontribusi/distribusi column against their total
/// (<see cref="RuleCatalog.ShareTotal"/>) and blocks of rows whose numbers repeat an earlier block under other labels
/// (<see cref="RuleCatalog.CopiedRows"/>). It emits the figures; the audit decides (a check that holds yields no finding).
/// </summary>
internal static partial class PlausibilityFigures
{
    /// <summary>A column whose shares sum further than this from 100 (in points) is not taken for shares of one whole.</summary>
    internal const decimal ShareWindow = 10m;

    /// <summary>The fewest numbers a copied block prints (the rule <c>plausibility.copied-rows</c> takes at least this many pairs).</summary>
    private const int MinimumCells = 3;

    /// <summary>
    /// A row printed again under the same label counts as a copy only with a number of at least this many digits (an
    /// amount in rupiah): small counts (36 tenaga kesehatan serving several SPM services) legitimately recur.
    /// </summary>
    private const int SpecificDigits = 7;

    /// <summary>How many earlier rows with the same numbers are tried as the original of a copy (the first ones): bounds the time on a document of many equal rows.</summary>
    private const int MaxCandidates = 64;

    /// <summary>The plausibility figures of <paramref name="tables"/> (with their ids), each with the id of its table.</summary>
    public static List<(string TableId, ReportFigure Figure)> Recognize(IReadOnlyList<(LogicalTable Table, string Id)> tables)
    {
        var figures = new List<(string, ReportFigure)>();
        foreach (var (table, id) in tables)
            foreach (var figure in ShareTotals(table, id))
                figures.Add((id, figure));
        figures.AddRange(CopiedRows(tables));
        return figures;
    }

    /// <summary>True for the header of a column of shares (<paramref name="label"/> lower case): it names %, persen, proporsi, kontribusi, distribusi, komposisi or porsi and no rate word.</summary>
    internal static bool IsShareColumn(string label) => ShareWord().IsMatch(label) && !RateWord().IsMatch(label);

    // ---- plausibility.share-total ----

    /// <summary>
    /// The share columns of <paramref name="table"/> (not a capaian, budget or mean-capaian table): a header naming %, persen, proporsi, kontribusi, distribusi or
    /// komposisi and no rate word (capaian, realisasi, target, pertumbuhan, perubahan, laju, rasio, tingkat, indeks,
    /// efisiensi, rata-rata); every body row's cell a number ≥ 0 except one optional total row (Jumlah/Total) that must
    /// print 99–101; at least two shares, summing within <see cref="ShareWindow"/> points of 100 (gross departures are
    /// other quantities printed in %, not shares of one whole).
    /// </summary>
    private static IEnumerable<ReportFigure> ShareTotals(LogicalTable table, string tableId)
    {
        var columns = TableColumns.Of(table);
        if (columns.IsAchievement || columns.IsBudget || columns.Mean >= 0) yield break;  // capaian, realisasi: rates, not shares
        for (int c = 0; c < columns.Labels.Length; c++)
        {
            string label = columns.Labels[c];
            if (!IsShareColumn(label)) continue;
            var shares = new List<(DocumentRow Row, PrintedCell Cell)>();
            (DocumentRow Row, PrintedCell Cell)? total = null;
            bool valid = true;
            foreach (var row in table.Body)
            {
                var cells = row.Cells.Select(PrintedCell.Of).ToArray();
                string name = RowLabel(cells);
                var cell = c < cells.Length ? cells[c] : default;
                bool isTotal = TotalLabel().IsMatch(name);
                if (c >= cells.Length || cell.Cell is null || cell.IsEmpty)
                {
                    if (isTotal) valid = false; // a total row that prints no total in this column: not a column of shares
                    continue;
                }
                if (!cell.IsNumber) { valid = false; break; }
                if (isTotal)
                {
                    if (total is not null || cell.Value is not (>= 99m and <= 101m)) { valid = false; break; }
                    total = (row, cell);
                }
                else if (total is not null || cell.Value < 0) { valid = false; break; }  // rows after the total: another block
                else shares.Add((row, cell));
            }
            if (!valid) continue;
            // A closing row printing the whole under its own name ("Pendapatan Daerah … 100%") is the total too.
            if (total is null && shares.Count >= 3 && shares[^1].Cell.Value is >= 99m and <= 101m
                && Math.Abs(shares.Take(shares.Count - 1).Sum(s => s.Cell.Value!.Value) - 100m) <= ShareWindow)
            {
                total = shares[^1];
                shares.RemoveAt(shares.Count - 1);
            }
            if (shares.Count < 2) continue;
            decimal sum = shares.Sum(s => s.Cell.Value!.Value);
            if (Math.Abs(sum - 100m) > ShareWindow) continue;
            int decimals = shares.Max(s => s.Cell.Decimals);
            string column = PrintedCell.Plain(columns.Labels[c]);
            var inputs = new List<FigureInput>
            {
                total is { } t
                    ? t.Cell.Input("total: " + RowLabel(t.Row.Cells.Select(PrintedCell.Of).ToArray()))
                    : new FigureInput { Name = "100 (implied)", Value = 100m, Note = "no total row printed: shares of one whole sum to 100" },
            };
            inputs.AddRange(shares.Select(s => s.Cell.Input(RowLabel(s.Row.Cells.Select(PrintedCell.Of).ToArray()))));
            var anchor = total?.Cell ?? shares[^1].Cell;
            yield return new ReportFigure
            {
                Id = tableId + "/" + TableRecognizer.Key(total?.Row ?? shares[0].Row) + "/share-total-c" + c.ToString(CultureInfo.InvariantCulture),
                Label = "Σ shares, column '" + column + "' = " + (total is null ? "100" : PrintedCell.Plain(total.Value.Cell.Text)),
                Rule = RuleCatalog.ShareTotal,
                Decimals = decimals,  // the shares' precision (the tolerance's unit); the total is the first input
                Source = anchor.Cell.Location.Line,
                Location = anchor.Cell.Location,
                Inputs = inputs,
            };
        }
    }

    // ---- plausibility.copied-rows ----

    /// <summary>A body row with its label and numbers, and the block (table and heading segment) it belongs to.</summary>
    private sealed record Entry(int Table, int Segment, string TableId, DocumentRow Row, string Label, HashSet<string> Words, PrintedCell[] Numbers, string Key)
    {
        /// <summary>The label without numbering, case, spaces and punctuation ("8 . Kartu ibu" → "kartuibu").</summary>
        public string Name { get; } = new([.. Numbering().Replace(Label, "").ToLowerInvariant().Where(char.IsLetterOrDigit)]);
    }

    /// <summary>
    /// Blocks of two or more consecutive rows (in one table, between two heading rows) whose numbers equal, cell for
    /// cell and in order, those of an earlier block (of any table, the same one included; not overlapping),
    /// every row's text (its label and any other text cell) sharing no word with its counterpart's; the block is <see cref="Substantial"/>. A single row is
    /// never a copy (a parent row with one child, a table summarising another print one row's numbers twice), nor is a
    /// row whose numbers were printed earlier under a related label (a label sharing a word): that is the same
    /// quantity printed again — unless it is the same row (same label without numbering, same numbers, <see cref="Substantial"/>
    /// alone, one number of at least <see cref="SpecificDigits"/> digits) under another heading of the same table (Tabel 1.12: a dinas's programme rows printed again, to the rupiah,
    /// under another dinas): a run of such rows is one note. A row whose text has no word of three letters (a fragment of a cell split by a PDF
    /// reader) ends the block: it cannot be told from its counterpart. Years (1990–2100 printed bare) and row numbering are not
    /// numbers here, and total rows (Jumlah/Total: a total may legitimately equal another table's row) take no part.
    /// Each later block is reported once, against the first earlier block it repeats.
    /// </summary>
    private static IEnumerable<(string, ReportFigure)> CopiedRows(IReadOnlyList<(LogicalTable Table, string Id)> tables)
    {
        var entries = new List<Entry>();
        for (int t = 0; t < tables.Count; t++)
        {
            int segment = 0;
            foreach (var row in tables[t].Table.Body)
            {
                var cells = row.Cells.Select(PrintedCell.Of).ToArray();
                string label = RowLabel(cells);
                var numbers = Numbers(cells);
                if (numbers.Length == 0 || label.Length == 0 || TotalLabel().IsMatch(label))
                {
                    segment++;
                    continue;
                }
                string texts = string.Join(' ', cells.Where(c => !c.IsNumber).Select(c => PrintedCell.Plain(c.Text)));
                var words = Words(texts);
                if (words.Count == 0)
                {
                    // A label of no word ("PR", a fragment of a cell a PDF split) cannot be told from its counterpart's.
                    segment++;
                    continue;
                }
                entries.Add(new Entry(t, segment, tables[t].Id, row, label, words, numbers,
                    string.Join("|", numbers.Select(n => (n.Value!.Value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)))));
            }
        }
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var used = new bool[entries.Count];
        var repeated = new bool[entries.Count];
        var seen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var wordsOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);  // per key, the words of its rows so far: linear time
        for (int j = 0; j < entries.Count; j++)
        {
            if (!seen.TryGetValue(entries[j].Key, out var same))
            {
                seen[entries[j].Key] = same = [];
                wordsOf[entries[j].Key] = new HashSet<string>(StringComparer.Ordinal);
            }
            var words = wordsOf[entries[j].Key];
            repeated[j] = words.Overlaps(entries[j].Words);
            words.UnionWith(entries[j].Words);
            same.Add(j);
        }
        for (int j = 0; j < entries.Count; j++)
        {
            if (byKey.TryGetValue(entries[j].Key, out var earlier) && !used[j] && !repeated[j])
            {
                foreach (int i in earlier.Take(MaxCandidates))
                {
                    // Not the start of a block: the rows above pair up too (and belong to the same blocks).
                    if (i > 0 && Pair(entries, i - 1, j - 1) && Same(entries, i - 1, i) && Same(entries, j - 1, j) && i < j - 1) continue;
                    int k = 0;
                    while (j + k < entries.Count && i + k < j && Pair(entries, i + k, j + k) && !repeated[j + k]
                           && Contiguous(entries, i, i + k) && Contiguous(entries, j, j + k))
                        k++;
                    if (k < 2 || !Substantial(entries, j, k)) continue;
                    for (int m = 0; m < k; m++) used[j + m] = true;
                    yield return (entries[j].TableId, Copy(entries, [.. Enumerable.Range(0, k).Select(m => (i + m, j + m))]));
                    break;
                }
            }
            if (!byKey.TryGetValue(entries[j].Key, out var list)) byKey[entries[j].Key] = list = [];
            list.Add(j);
        }

        // The same row (same label, same numbers) printed again under another heading of the same table: a run of such
        // rows is one note, whatever rows of the earlier segments they repeat.
        int? Twin(int j) => used[j] || !Substantial(entries, j, 1) || !entries[j].Numbers.Any(n => Digits(n.Value!.Value) >= SpecificDigits) ? null
            : seen[entries[j].Key].Take(MaxCandidates).Where(i => i < j && entries[i].Table == entries[j].Table && entries[i].Segment != entries[j].Segment
                                               && string.Equals(entries[i].Name, entries[j].Name, StringComparison.Ordinal))
                  .Select(i => (int?)i).FirstOrDefault();
        for (int j = 0; j < entries.Count; j++)
        {
            var pairs = new List<(int Original, int Copy)>();
            while (j < entries.Count && (pairs.Count == 0 || Same(entries, pairs[0].Copy, j)) && Twin(j) is { } i)
                pairs.Add((i, j++));
            if (pairs.Count > 0)
            {
                yield return (entries[pairs[0].Copy].TableId, Copy(entries, pairs));
                j--;
            }
        }
    }

    /// <summary>The number of digits of |value| (its integer and printed decimal digits, leading zeros aside).</summary>
    private static int Digits(decimal value) =>
        Math.Abs(value).ToString(CultureInfo.InvariantCulture).Count(char.IsAsciiDigit) - (Math.Abs(value) < 1 ? 1 : 0);

    private static bool Same(List<Entry> e, int i, int j) => e[i].Table == e[j].Table && e[i].Segment == e[j].Segment;

    private static bool Contiguous(List<Entry> e, int start, int at) => Same(e, start, at);

    /// <summary>Rows i and j print the same numbers under labels that share no word.</summary>
    private static bool Pair(List<Entry> e, int i, int j) =>
        string.Equals(e[i].Key, e[j].Key, StringComparison.Ordinal) && !e[i].Words.Overlaps(e[j].Words);

    /// <summary>
    /// The block's rows differ from each other, and it carries at least <see cref="MinimumCells"/> informative numbers,
    /// at least three of them distinct: per row, its distinct non-zero values other than a 100 % (a row printing a count
    /// twice and "100,00%" says one thing).
    /// </summary>
    private static bool Substantial(List<Entry> e, int j, int k)
    {
        var rows = e.Skip(j).Take(k)
            .Select(x => x.Numbers.Where(n => n.Value != 0 && !(n.IsPercent && n.Value == 100m)).Select(n => n.Value!.Value).Distinct().ToList())
            .ToList();
        var keys = e.Skip(j).Take(k).Select(x => x.Key).ToList();
        return keys.Distinct(StringComparer.Ordinal).Count() == keys.Count
               && rows.Sum(r => r.Count) >= MinimumCells && rows.SelectMany(r => r).Distinct().Count() >= 3;
    }

    private static ReportFigure Copy(List<Entry> e, List<(int Original, int Copy)> pairs)
    {
        var inputs = new List<FigureInput>();
        foreach (var (o, c) in pairs)
        {
            var copy = e[c];
            var original = e[o];
            for (int n = 0; n < copy.Numbers.Length; n++)
            {
                inputs.Add(copy.Numbers[n].Input("copy: " + copy.Label));
                inputs.Add(original.Numbers[n].Input("original (" + original.TableId + "): " + original.Label));
            }
        }
        var first = e[pairs[0].Copy];
        var source = e[pairs[0].Original];
        return new ReportFigure
        {
            Id = first.TableId + "/" + TableRecognizer.Key(first.Row) + "/copied-rows",
            Label = string.Create(CultureInfo.InvariantCulture, $"{pairs.Count} row(s) from '{first.Label}' repeat the numbers of '{source.Label}' ({source.TableId})"),
            Rule = RuleCatalog.CopiedRows,
            Source = first.Row.Location.Line ?? first.Numbers[0].Cell.Location.Line,
            Location = first.Numbers[0].Cell.Location,
            Inputs = inputs,
        };
    }

    /// <summary>The numbers of a row: number cells after its label, years and numbering aside.</summary>
    private static PrintedCell[] Numbers(PrintedCell[] cells)
    {
        int label = Array.FindIndex(cells, c => !c.IsEmpty && !c.IsNumber && !PrintedCell.IsNumbering(PrintedCell.Plain(c.Text)) && !c.IsDash);
        if (label < 0) return [];
        return [.. cells.Skip(label + 1).Where(c => c.IsNumber && !PrintedCell.IsYear(c.Text))];
    }

    /// <summary>The row's label: its first text cell, numbering aside (<see cref="TableRecognizer.FirstText"/>); "" when none.</summary>
    private static string RowLabel(PrintedCell[] cells) => TableRecognizer.FirstText(cells);

    /// <summary>The words (three letters or more, lower case, a few connectives aside) of a row's text cells: its label and any other text it prints (a program beside its sasaran).</summary>
    private static HashSet<string> Words(string label)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(label.ToLowerInvariant()))
            if (m.Value is not ("dan" or "yang" or "dari" or "the" or "and" or "atau" or "untuk" or "dengan"))
                words.Add(m.Value);
        return words;
    }

    [GeneratedRegex(@"^[\d\s.]+")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"%|persen|proporsi|kontribusi|distribusi|komposisi|porsi")]
    private static partial Regex ShareWord();

    [GeneratedRegex(@"capaian|realisasi|target|pertumbuhan|perubahan|laju|rasio|tingkat|indeks|efisiensi|rata|kenaikan|penurunan|growth|rate")]
    private static partial Regex RateWord();

    /// <summary>A total row's label (Jumlah …, Total …).</summary>
    [GeneratedRegex(@"^(?:jumlah|total)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex TotalLabel();
}
