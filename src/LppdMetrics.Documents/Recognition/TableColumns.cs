namespace LppdMetrics.Documents.Recognition;

/// <summary>
/// What each column of a table is, read from its header words only: the label of every column (a group header
/// spanning several columns, such as "Anggaran" over "Alokasi | Realisasi | %", prefixes the label of each column it
/// spans), and the columns of a capaian (Target / Realisasi / % or Capaian) and of a budget (Anggaran, Alokasi or
/// Pagu / Realisasi / %), when the header names them.
/// </summary>
internal sealed class TableColumns
{
    private TableColumns(string[] labels, string[] groups, string[] subs)
    {
        Labels = labels;
        Groups = groups;
        Subs = subs;
    }

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

    /// <summary>A "Predikat" column beside <see cref="Mean"/>, or -1.</summary>
    public int Predicate { get; private set; } = -1;

    /// <summary>True when the header names a capaian's target, realisation and percentage.</summary>
    public bool IsAchievement => Target >= 0 && Realization >= 0 && Achievement >= 0;

    /// <summary>True when the header names a budget's allocation, realisation and percentage.</summary>
    public bool IsBudget => Allocation >= 0 && Spent >= 0 && SpentPercent >= 0;

    /// <summary>Reads the columns of <paramref name="table"/> from its header rows.</summary>
    public static TableColumns Of(LogicalTable table)
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
                string own = text.Length > 0 ? text : span;
                if (own.Length > 0) parts[c].Add(own);
                if (r < rows.Count - 1 && own.Length > 0) groups[c] = own;
            }
        }
        for (int c = 0; c < n; c++)
        {
            groups[c] ??= "";
            subs[c] = rows.Count > 0 ? rows[^1][c] : "";
        }
        var columns = new TableColumns(parts.Select(p => string.Join(' ', p)).ToArray(), groups, subs);
        columns.FindRoles();
        return columns;
    }

    private static bool Has(string label, params string[] words) => words.Any(w => label.Contains(w, StringComparison.Ordinal));

    private bool Budgetish(int c) => Has(Labels[c], "anggaran", "keuangan", "(rp", "rp.", "pagu", "alokasi", "dana");

    private bool Percentish(int c) => Has(Labels[c], "%", "persen", "capaian");

    private void FindRoles()
    {
        int n = Labels.Length;
        for (int c = 0; c < n; c++)
            if (Indicator < 0 && Has(Labels[c], "indikator")) Indicator = c;
        for (int c = 0; c < n; c++)
        {
            if (Mean < 0 && Has(Labels[c], "rata-rata capaian", "rata rata capaian")) Mean = c;
            if (Predicate < 0 && Has(Labels[c], "predikat")) Predicate = c;
        }
        if (Mean < 0) Predicate = -1;
        for (int c = 0; c < n && Target < 0; c++)
            if (Has(Labels[c], "target") && !Budgetish(c)) Target = c;
        if (Target >= 0)
        {
            Realization = Next(Target, c => Has(Labels[c], "realisasi") && !Budgetish(c));
            if (Realization >= 0) Achievement = Next(Realization, c => Percentish(c) && !Budgetish(c));
        }
        for (int c = 0; c < n && Allocation < 0; c++)
        {
            string l = Labels[c];
            if (c == Target || c == Realization || c == Achievement) continue;
            if (Has(l, "alokasi", "pagu") || (Has(l, "anggaran") && !Has(l, "realisasi", "%", "capaian", "persen"))
                || (Budgetish(c) && Has(l, "target")))
                Allocation = c;
        }
        if (Allocation >= 0)
        {
            Spent = Next(Allocation, c => Has(Labels[c], "realisasi"));
            if (Spent >= 0) SpentPercent = Next(Spent, c => Has(Labels[c], "%", "persen"));
            for (int c = 0; c < Allocation; c++)
                if (AchievementBeside < 0 && c != Achievement && Has(Labels[c], "capaian")) AchievementBeside = c;
        }
    }

    private int Next(int after, Func<int, bool> test)
    {
        for (int c = after + 1; c < Labels.Length; c++)
            if (test(c)) return c;
        return -1;
    }
}
