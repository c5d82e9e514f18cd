namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// What each column of a table is, read from its header words only: the label of every column (a group header
/// spanning several columns, such as "Anggaran" over "Alokasi | Realisasi | %", prefixes the label of each column it
/// spans), and the columns of a capaian (Target / Realisasi / % or Capaian) and of a budget (Anggaran, Alokasi or
/// Pagu / Realisasi / %), when the header names them.
/// </summary>
internal sealed partial class TableColumns
{
    private TableColumns(string[] labels, string[] groups, string[] subs, string[] own)
    {
        Labels = labels;
        Groups = groups;
        Subs = subs;
        _own = own;
    }

    /// <summary>The header cells printed in each column, top to bottom (not those spanned from a column before), lower case.</summary>
    private readonly string[] _own;

    /// <summary>The full label of each column, lower case, markup removed ("anggaran realisasi").</summary>
    public string[] Labels { get; }

    /// <summary>The group header over each column ("rincian asn"), "" when none.</summary>
    public string[] Groups { get; }

    /// <summary>The lowest header cell of each column ("total"), "" when none.</summary>
    public string[] Subs { get; }

    /// <summary>The indicator column (its header names "indikator"), or -1.</summary>
    public int Indicator { get; private set; } = -1;

    /// <summary>The target column of a capaian, or -1.</summary>
    public int Target { get; private set; } = -1;

    /// <summary>The realisation column of a capaian, or -1.</summary>
    public int Realization { get; private set; } = -1;

    /// <summary>The printed capaian (%) column, or -1.</summary>
    public int Achievement { get; private set; } = -1;

    /// <summary>The budget allocation column (anggaran, alokasi, pagu), or -1.</summary>
    public int Allocation { get; private set; } = -1;

    /// <summary>The budget realisation column, or -1.</summary>
    public int Spent { get; private set; } = -1;

    /// <summary>The budget realisation percentage column, or -1.</summary>
    public int SpentPercent { get; private set; } = -1;

    /// <summary>A column printing the capaian kinerja beside a budget (the efficiency's numerator), or -1.</summary>
    public int AchievementBeside { get; private set; } = -1;

    /// <summary>A "Rata-rata Capaian" column (means of other tables' capaian), or -1.</summary>
    public int Mean { get; private set; } = -1;

    /// <summary>A "Predikat" column beside <see cref="Mean"/> or after the capaian column <see cref="Achievement"/>, or -1.</summary>
    public int Predicate { get; private set; } = -1;

    /// <summary>
    /// Why the header's capaian columns were not taken although it names a target (two Realisasi or two capaian
    /// columns for one target that the years of the header do not tell apart), or null.
    /// </summary>
    public string? AchievementDoubt { get; private set; }

    /// <summary>
    /// Why the header's budget columns were not taken although it names an allocation (two Realisasi columns for one
    /// allocation that the years of the header do not tell apart), or null.
    /// </summary>
    public string? BudgetDoubt { get; private set; }

    /// <summary>
    /// The capaian blocks after the first (Target 2024 | Realisasi 2024 | % | Target 2025 | Realisasi 2025 | %: the
    /// 2025 block), each with its target, realisation and capaian columns; a block the header does not pin down is left out.
    /// </summary>
    public List<(int Target, int Realization, int Achievement)> LaterBlocks { get; } = [];

    /// <summary>The year (1990–2100) a column's label names, or null when it names none or several.</summary>
    public int? YearOf(int c)
    {
        var years = System.Text.RegularExpressions.Regex.Matches(Labels[c], @"(?<!\d)(?:19|20)\d\d(?!\d)")
            .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Where(y => y is >= 1990 and <= 2100).Distinct().ToList();
        return years.Count == 1 ? years[0] : null;
    }

    /// <summary>True when the header names a capaian's target, realisation and percentage.</summary>
    public bool IsAchievement => Target >= 0 && Realization >= 0 && Achievement >= 0;

    /// <summary>True when the header names a budget's allocation, realisation and percentage.</summary>
    public bool IsBudget => Allocation >= 0 && Spent >= 0 && SpentPercent >= 0;

    /// <summary>The year of the report (its title's), which decides between columns of several years when the header's own years do not; null when unknown.</summary>
    private int? _reportYear;

    /// <summary>Reads the columns of <paramref name="table"/> from its header rows; <paramref name="reportYear"/> (the
    /// title's year, or null) picks the column of the report's year among several the header does not tell apart.</summary>
    public static TableColumns Of(LogicalTable table, int? reportYear = null)
    {
        int n = table.Columns;
        var rows = table.Header.Select(r => Enumerable.Range(0, n).Select(c => PrintedCell.Plain(LogicalTable.Text(r, c)).ToLowerInvariant()).ToArray()).ToList();
        var parts = Enumerable.Range(0, n).Select(_ => new List<string>()).ToArray();
        var groups = new string[n];
        var subs = new string[n];
        for (int r = 0; r < rows.Count; r++)
        {
            string span = "";
            for (int c = 0; c < n; c++)
            {
                string text = rows[r][c];
                bool below = r + 1 < rows.Count && rows[r + 1][c].Length > 0;
                if (text.Length > 0) span = text;
                else if (!below || r + 1 >= rows.Count) span = "";
                string spanned = text.Length > 0 ? text : span;
                if (spanned.Length > 0) parts[c].Add(spanned);
                if (r < rows.Count - 1 && spanned.Length > 0) groups[c] = spanned;
            }
        }
        for (int c = 0; c < n; c++)
        {
            groups[c] ??= "";
            subs[c] = rows.Count > 0 ? rows[^1][c] : "";
        }
        var own = Enumerable.Range(0, n).Select(c => string.Join(' ', rows.Select(r => r[c]).Where(t => t.Length > 0))).ToArray();
        var columns = new TableColumns(parts.Select(p => string.Join(' ', p)).ToArray(), groups, subs, own) { _reportYear = reportYear };
        columns.FindRoles();
        return columns;
    }

    /// <summary>
    /// A predicate column's header: "Predikat" (the seed), or the words other reports print for it, "Kategori",
    /// "Kriteria" alone or of the kinerja ("Kriteria Kinerja", "Kategori Penilaian"); not "Kategori IPM" or
    /// another quantity's category.
    /// </summary>
    private static bool IsPredicateLabel(string label) =>
        Has(label, "predikat") || PredicateWords().IsMatch(label.Trim());

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:kategori|kriteria)(?:\s+(?:kinerja|penilaian|nilai))?$")]
    private static partial System.Text.RegularExpressions.Regex PredicateWords();

    private static bool Has(string label, params string[] words) => words.Any(w => label.Contains(w, StringComparison.Ordinal));

    private bool Budgetish(int c) => Has(Labels[c], "anggaran", "keuangan", "(rp", "rp.", "pagu", "alokasi", "dana");

    private bool Percentish(int c) => Has(Labels[c], "%", "persen", "capaian");

    /// <summary>
    /// A column that can print a capaian: its label names a percentage or capaian, and its own header cell names the
    /// capaian or nothing but a percentage ("%", "Persentase", "Tingkat Capaian (%)", "% Tahun 2024"); not a
    /// column naming another measure in percent ("Deviasi (%)", "Pertumbuhan (%)", "Realisasi (%)").
    /// </summary>
    private bool AchievementLike(int c) =>
        Percentish(c) && (Has(_own[c], "capaian") || PercentOnly().Replace(_own[c], "").Trim().Length == 0);

    /// <summary>The words of a header cell that say "a percentage" and nothing else: %, persen(tase), tingkat, kinerja, tahun and years.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"%|\(|\)|\bpersen\b|\bpersentase\b|\bprosentase\b|\btingkat\b|\bkinerja\b|\btahun\b|\b(?:19|20)\d\d\b|[.,:/]")]
    private static partial System.Text.RegularExpressions.Regex PercentOnly();

    /// <summary>
    /// The one column of <paramref name="candidates"/>: the only one, or the only one naming <paramref name="year"/>
    /// when there are several (or, when none names it, the report's year if a target column names it); -1 (with <see cref="AchievementDoubt"/> set) when the header does not tell them apart.
    /// </summary>
    private int Pick(List<int> candidates, int? year, string what, bool first = true)
    {
        if (candidates.Count <= 1) return candidates.Count == 1 ? candidates[0] : -1;
        var same = year is null ? [] : candidates.Where(c => YearOf(c) == year).ToList();
        if (same.Count == 1) return same[0];
        // "Target 2024 | Target 2025 | Target 2026 | Realisasi 2024 | Realisasi 2025": the report's year, when a target
        // column names it (a target naming no year does not say which realisation it is of)
        var reported = same.Count == 0 && _reportYear is { } y && Enumerable.Range(0, Labels.Length).Any(c => Has(Labels[c], "target") && !Budgetish(c) && YearOf(c) == y)
            ? candidates.Where(c => YearOf(c) == y).ToList() : [];
        if (reported.Count == 1) return reported[0];
        if (first) AchievementDoubt = $"{candidates.Count} {what} columns ({string.Join(", ", candidates.Select(c => "'" + Labels[c] + "'"))}) for one target that the header's years do not tell apart";
        return -1;
    }

    private void FindRoles()
    {
        int n = Labels.Length;
        for (int c = 0; c < n; c++)
            if (Indicator < 0 && Has(Labels[c], "indikator")) Indicator = c;
        for (int c = 0; c < n; c++)
        {
            if (Mean < 0 && Has(Labels[c], "rata-rata capaian", "rata rata capaian")) Mean = c;
            if (Predicate < 0 && IsPredicateLabel(Labels[c])) Predicate = c;
        }
        for (int c = 0; c < n && Target < 0; c++)
            if (Has(Labels[c], "target") && !Budgetish(c)) Target = c;
        // "Target Akhir RPJMD | Target 2025 | Realisasi 2025 | %": a target followed at once by another is the plan's
        // reference, not the target the capaian is of
        int firstTarget = Target;
        while (Target >= 0 && BlockEnd(Target) == Target + 1 && Target + 1 < n) Target++;
        if (Target >= 0)
        {
            // The target's block runs to the next target column (two years side by side: Target | Realisasi | % twice).
            // Inside it, the Realisasi and the capaian columns must each be one column, or the one of the target's year
            // (Target 2025 | Realisasi 2024 | Realisasi 2025 | Capaian 2025): never the first of several by position.
            int end = BlockEnd(Target);
            (Realization, Achievement) = Block(Target, end, first: true);
            if (Target > firstTarget && Realization >= 0) Target = TargetOfRun(firstTarget, Target);
            // "Realisasi | Target | %": the realisation printed just before the target, the only one of the block
            if (Realization < 0 && AchievementDoubt is null && Target > 0 && RealizationLike(Target - 1)
                && !Enumerable.Range(0, Target - 1).Any(RealizationLike)
                && (YearOf(Target - 1) is not { } realized || YearOf(Target) is not { } planned || realized == planned))
            {
                Realization = Target - 1;
                Achievement = Pick(Enumerable.Range(Target + 1, end - Target - 1).Where(c => AchievementLike(c) && !Budgetish(c)).ToList(),
                    YearOf(Target), "capaian");
            }
            // the later blocks the same way, each on its own (a block the header does not pin down is left out)
            if (IsAchievement)
                for (int t = end; t < n; t = end)
                {
                    end = BlockEnd(t);
                    if (Block(t, end, first: false) is ( >= 0 and var realization, >= 0 and var achievement))
                        LaterBlocks.Add((t, realization, achievement));
                }
        }
        // a predicate of each row's capaian (Target | Realisasi | % | Predikat) or of the "Rata-rata Capaian" means
        if (Mean < 0 && !(IsAchievement && Predicate > Achievement)) Predicate = -1;
        for (int c = 0; c < n && Allocation < 0; c++)
            if (AllocationLike(c)) Allocation = c;
        if (Allocation >= 0)
        {
            // the realisation after the allocation, up to the percentage: the one column, or the one of the percentage's
            // (or the allocation's) year when last year's is printed beside it ("Anggaran 2025 | Realisasi 2024 |
            // Realisasi 2025 | %"); never the first of several by position
            int percent = Next(Allocation, c => Has(Labels[c], "%", "persen") && !Has(Labels[c], "realisasi"));
            var spent = Enumerable.Range(Allocation + 1, (percent < 0 ? n : percent) - Allocation - 1)
                .Where(c => Has(Labels[c], "realisasi") && !Has(Labels[c], "%", "persen", "capaian")).ToList();
            Spent = spent.Count == 1 ? spent[0] : -1;
            if (spent.Count > 1)
            {
                var same = spent.Where(c => YearOf(c) is { } y && y == ((percent >= 0 ? YearOf(percent) : null) ?? YearOf(Allocation))).ToList();
                if (same.Count == 1) Spent = same[0];
                else BudgetDoubt = $"{spent.Count} Realisasi columns ({string.Join(", ", spent.Select(c => "'" + Labels[c] + "'"))}) for one allocation that the header's years do not tell apart";
            }
            // "Anggaran Murni | Anggaran Perubahan | Realisasi | %": the realisation is of the allocation printed just
            // before it (the budget after its last change), not the first
            for (int c = Allocation + 1; c < Spent; c++)
                if (AllocationLike(c)) Allocation = c;
            // "Realisasi | Anggaran | %": the realisation printed just before the allocation
            if (Spent < 0 && BudgetDoubt is null && Allocation > 0 && Allocation - 1 != Target && Allocation - 1 != Realization
                && Has(Labels[Allocation - 1], "realisasi") && !Has(Labels[Allocation - 1], "%", "persen", "capaian"))
                Spent = Allocation - 1;
            if (Spent >= 0) SpentPercent = Next(Math.Max(Spent, Allocation), c => Has(Labels[c], "%", "persen"));
            for (int c = 0; c < Allocation; c++)
                if (AchievementBeside < 0 && c != Achievement && Has(Labels[c], "capaian")) AchievementBeside = c;
        }
    }

    /// <summary>
    /// The target the capaian is of among the side-by-side target columns <paramref name="first"/>–<paramref name="last"/>
    /// (a plan's targets for several years, "Target 2024 | Target 2025 | Target 2026 | Realisasi 2025"): the one naming
    /// the year of the realisation (or of the capaian, or of the report); the last when the others name no year or no other year than
    /// the plan's end (a reference target before the year's: "Target Akhir RPJMD | Target 2025", "Target RPJMD 2026 |
    /// Target 2025"). When the header does not tell which, the
    /// capaian are not read (<see cref="AchievementDoubt"/>): never the last by position against another year.
    /// </summary>
    private int TargetOfRun(int first, int last)
    {
        int? year = YearOf(Realization) ?? (Achievement >= 0 ? YearOf(Achievement) : null) ?? _reportYear;
        var run = Enumerable.Range(first, last - first + 1).ToList();
        if (year is { } y)
        {
            var named = run.Where(c => YearOf(c) == y).ToList();
            if (named.Count == 1) return named[0];
            if (named.Count == 0 && YearOf(last) is null) return last;
        }
        else if (run.Where(c => !Has(Labels[c], "akhir", "rpjmd", "renstra", "periode")).Select(YearOf).OfType<int>().Distinct().Count() < 2 || YearOf(last) is null)
        {
            return last;
        }
        AchievementDoubt = $"{run.Count} target columns side by side ({string.Join(", ", run.Select(c => "'" + Labels[c] + "'"))}) that the year of the realisation does not tell apart";
        (Realization, Achievement) = (-1, -1);
        return last;
    }

    /// <summary>A column of a budget's allocation: named "alokasi", "pagu", "anggaran" (not its realisation nor a
    /// percentage) or a budget's target ("Target Anggaran"); not a column of the capaian.</summary>
    private bool AllocationLike(int c)
    {
        string l = Labels[c];
        if (c == Target || c == Realization || c == Achievement) return false;
        return Has(l, "alokasi", "pagu") || (Has(l, "anggaran") && !Has(l, "realisasi", "%", "capaian", "persen"))
            || (Budgetish(c) && Has(l, "target"));
    }

    /// <summary>Where the capaian block of the target column <paramref name="target"/> ends: the next target column (not a budget's), or the end.</summary>
    private int BlockEnd(int target)
    {
        int end = Next(target, c => Has(Labels[c], "target") && !Budgetish(c));
        return end < 0 ? Labels.Length : end;
    }

    /// <summary>The realisation and capaian columns of the block from <paramref name="target"/> to <paramref name="end"/> (exclusive), -1 where not one.</summary>
    private (int Realization, int Achievement) Block(int target, int end, bool first)
    {
        var realizations = Enumerable.Range(target + 1, end - target - 1).Where(RealizationLike).ToList();
        int realization = Pick(realizations, YearOf(target), "Realisasi", first);
        if (realization < 0) return (-1, -1);
        var achievements = Enumerable.Range(realization + 1, end - realization - 1).Where(c => AchievementLike(c) && !Budgetish(c)).ToList();
        return (realization, Pick(achievements, YearOf(realization) ?? YearOf(target), "capaian", first));
    }

    /// <summary>A column of a capaian's realisation: named "realisasi", not a budget's nor a percentage.</summary>
    private bool RealizationLike(int c) => Has(Labels[c], "realisasi") && !Budgetish(c) && !AchievementLike(c);

    private int Next(int after, Func<int, bool> test)
    {
        for (int c = after + 1; c < Labels.Length; c++)
            if (test(c)) return c;
        return -1;
    }
}
