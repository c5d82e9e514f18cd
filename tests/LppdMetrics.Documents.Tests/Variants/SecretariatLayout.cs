using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.Numbers;

namespace LppdMetrics.Documents.Tests.Variants;

/// <summary>
/// How another regional secretariat lays out its tables (session 12's hunt): caption style, percent signs, digit
/// grouping, where "Rp" goes, a Satuan column, the mean row's label and place, last year's realisation beside this
/// year's, the plan's targets for three years.
/// </summary>
public sealed record SecretariatLayout(int Caption, bool PercentSigns, char Grouping, int Currency, bool Units, int MeanLabel, bool MeanAbove,
    bool LastYear, bool ThreeTargets)
{
    /// <summary>A Selisih (realisasi − anggaran) column in the budget table: 0 none; negatives as "(12.000)", "-12.000" or "−12.000".</summary>
    public int Difference { get; init; }

    /// <summary>Last year's realisation beside this year's in the budget table.</summary>
    public bool BudgetLastYear { get; init; }

    /// <summary>Two allocations, before and after the change, the realisation of the second.</summary>
    public bool TwoAllocations { get; init; }

    /// <summary>A Predikat column after the capaian.</summary>
    public bool Predikat { get; init; }

    /// <summary>The capaian header in two rows ("Tahun 2025" over Target | Realisasi | Capaian), when it has one target and no last year.</summary>
    public bool TwoRowHeader { get; init; }

    /// <summary>Every combination, drawn uniformly.</summary>
    public static Gen<SecretariatLayout> Generator =>
        from caption in Gen.Choose(0, 3)
        from percent in Gen.Elements(true, false)
        from grouping in Gen.Elements('.', ' ', '\u00A0')
        from currency in Gen.Choose(0, 2)
        from units in Gen.Elements(true, false)
        from label in Gen.Choose(0, 2)
        from above in Gen.Elements(true, false)
        from lastYear in Gen.Elements(true, false)
        from three in Gen.Elements(true, false)
        from difference in Gen.Choose(0, 3)
        from budgetLastYear in Gen.Elements(true, false)
        from twoAllocations in Gen.Elements(true, false)
        from predikat in Gen.Elements(true, false)
        from twoRows in Gen.Elements(true, false)
        select new SecretariatLayout(caption, percent, grouping, currency, units, label, above, lastYear, three)
        {
            Difference = difference, BudgetLastYear = budgetLastYear, TwoAllocations = twoAllocations, Predikat = predikat, TwoRowHeader = twoRows,
        };

    /// <summary>The caption of table <paramref name="number"/> (1-based) of chapter 2, with its title.</summary>
    public string[] CaptionLines(int number, string title) => Caption switch
    {
        0 => [$"Tabel 2.3.{number}", title],
        1 => [$"Tabel II.{number} {title}"],
        2 => [$"TABEL 2.3.{number}:", title],
        _ => [$"**Tabel 2.{number}.** {title}"],
    };

    /// <summary>The mean row's label.</summary>
    public string Mean => MeanLabel switch { 0 => "Capaian Kinerja", 1 => "Rata-rata Capaian Kinerja", _ => "Rata-rata" };

    /// <summary>A percentage as this layout prints it.</summary>
    public string Percent(decimal value) => IndonesianNumber.Format(value, 2, PercentSigns ? NumberFormatOptions.Percent : null);

    /// <summary>An amount as this layout groups its digits, a negative one as its <see cref="Difference"/> style says.</summary>
    public string Amount(decimal value)
    {
        string digits = IndonesianNumber.Format(Math.Abs(value), 0).Replace('.', Grouping);
        return value >= 0 ? digits : Difference switch { 1 => "(" + digits + ")", 3 => "\u2212" + digits, _ => "-" + digits };
    }

    /// <summary>The predikat of a capaian by Permendagri 86/2017's bands (91, 76, 66, 51), worked out here.</summary>
    public static string PredikatOf(decimal capaian) =>
        capaian >= 91 ? "Sangat Tinggi" : capaian >= 76 ? "Tinggi" : capaian >= 66 ? "Sedang" : capaian >= 51 ? "Rendah" : "Sangat Rendah";
}

/// <summary>A capaian row (target, realisation) or a budget row (allocation, spent) of a consistent report.</summary>
public sealed record ConsistentRow(string Name, decimal First, decimal Second);

/// <summary>
/// A report whose every printed figure is computed right (capaian R / T × 100 of indicators the catalogue does not know,
/// the mean of the printed capaian, realisasi / anggaran × 100, sums), of a kota or a provinsi, in one
/// <see cref="SecretariatLayout"/>; <see cref="Render"/> prints it with one figure misprinted on request.
/// </summary>
public sealed record ConsistentReport(RegionKind Kind, int Year, SecretariatLayout Layout, IReadOnlyList<ConsistentRow> Capaian, IReadOnlyList<ConsistentRow> Budget)
{
    private static readonly string[] Words = ["Layanan", "Jalan", "Air Minum", "Pertanian", "Pariwisata", "Arsip", "Koperasi", "Pemuda", "Perumahan"];

    /// <summary>Reports of 1–4 indicators and 2–4 programs.</summary>
    public static Gen<ConsistentReport> Generator =>
        from kind in Gen.Elements(RegionKind.Kota, RegionKind.Provinsi)
        from year in Gen.Choose(2021, 2026)
        from layout in SecretariatLayout.Generator
        from capaian in (from w in Gen.Elements(Words) from t in Gen.Choose(1, 500) from r in Gen.Choose(1, 600)
                         select new ConsistentRow("Indeks Mutu " + w, t, r)).ListOf().Where(l => l.Count is >= 1 and <= 4)
        from budget in (from w in Gen.Elements(Words) from a in Gen.Choose(1_000, 900_000) from s in Gen.Choose(0, 1000)
                        select new ConsistentRow("Program " + w, a * 1000m, a * s)).ListOf().Where(l => l.Count is >= 2 and <= 4)
        select new ConsistentReport(kind, year, layout, capaian.ToList(), budget.ToList());

    /// <summary>Shrinks by dropping a row.</summary>
    public static IEnumerable<ConsistentReport> Shrink(ConsistentReport r)
    {
        for (int i = 0; i < r.Capaian.Count && r.Capaian.Count > 1; i++) yield return r with { Capaian = r.Capaian.Where((_, k) => k != i).ToList() };
        for (int i = 0; i < r.Budget.Count && r.Budget.Count > 2; i++) yield return r with { Budget = r.Budget.Where((_, k) => k != i).ToList() };
    }

    /// <summary>The arbitrary for FsCheck.</summary>
    public static Arbitrary<ConsistentReport> Arbitrary => Arb.From(Generator, Shrink);

    /// <summary>The figures a misprint can be put in: capaian rows, the mean, budget rows, the total's percentage, the total allocation.</summary>
    public int Figures => Capaian.Count + 1 + Budget.Count + 2;

    private static decimal Round(decimal v) => ReportRounding.Round(v, 2);

    /// <summary>
    /// The report's text and the lines (1-based) a misprint of figure <paramref name="misprint"/> (−1: none) must be
    /// flagged at: the line it is printed on, and the mean's line for a capaian (the mean of the printed capaian then
    /// disagrees with the printed mean). The misprint adds 3 to the figure's whole part.
    /// </summary>
    public (string Text, int Line, int[] Allowed) Render(int misprint = -1)
    {
        var L = Layout;
        var lines = new List<string> { $"# LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH {Kind.ToString().ToUpperInvariant()} SUKAMAJU TAHUN {Year}", "" };
        int at = -1, meanLine = -1, figure = 0;
        string Y(int d) => (Year + d).ToString(CultureInfo.InvariantCulture);
        // capaian table
        lines.AddRange(L.CaptionLines(1, "Capaian Indikator Kinerja Utama"));
        lines.Add("");
        var head = new List<string> { "No", "Indikator Kinerja" };
        if (L.Units) head.Add("Satuan");
        bool twoRows = L.TwoRowHeader && !L.ThreeTargets && !L.LastYear;
        if (L.ThreeTargets) head.AddRange([$"Target {Y(-1)}", $"Target {Y(0)}", $"Target {Y(1)}"]); else head.Add(twoRows ? "Target" : $"Target {Y(0)}");
        if (L.LastYear) head.Add($"Realisasi {Y(-1)}");
        head.AddRange([twoRows ? "Realisasi" : $"Realisasi {Y(0)}", "Capaian (%)"]);
        if (L.Predikat) head.Add("Predikat");
        if (twoRows)
        {
            int first = L.Units ? 3 : 2;
            lines.Add(string.Join('\t', head.Take(first)) + "\tTahun " + Y(0) + new string('\t', 2) + (L.Predikat ? "\tPredikat" : ""));
            lines.Add(new string('\t', first) + "Target\tRealisasi\tCapaian (%)" + (L.Predikat ? "\t" : ""));
        }
        else lines.Add(string.Join('\t', head));
        var capaian = Capaian.Select(r => Round(r.Second / r.First * 100)).ToList();
        decimal mean = Round(capaian.Sum() / capaian.Count);
        int meanAt = -1;
        string MeanRow() => "\t" + L.Mean + new string('\t', head.Count - 3 - (L.Predikat ? 1 : 0)) + "\t" + L.Percent(mean + (misprint == Capaian.Count ? 3 : 0))
            + (L.Predikat ? "\t" + SecretariatLayout.PredikatOf(mean) : "");
        if (L.MeanAbove) { lines.Add(MeanRow()); meanAt = lines.Count; }
        for (int i = 0; i < Capaian.Count; i++, figure++)
        {
            var r = Capaian[i];
            var cells = new List<string> { (i + 1).ToString(CultureInfo.InvariantCulture), r.Name };
            if (L.Units) cells.Add("indeks");
            if (L.ThreeTargets) cells.AddRange([L.Amount(r.First - 1), L.Amount(r.First), L.Amount(r.First + 1)]); else cells.Add(L.Amount(r.First));
            if (L.LastYear) cells.Add(L.Amount(r.Second + 1));
            cells.AddRange([L.Amount(r.Second), L.Percent(capaian[i] + (misprint == figure ? 3 : 0))]);
            if (L.Predikat) cells.Add(SecretariatLayout.PredikatOf(capaian[i]));
            lines.Add(string.Join('\t', cells));
            if (misprint == figure) at = lines.Count;
        }
        figure++; // the mean
        if (!L.MeanAbove) { lines.Add(MeanRow()); meanAt = lines.Count; }
        meanLine = meanAt;
        if (misprint == Capaian.Count) at = meanAt;
        lines.AddRange(["", "Sumber: data uji.", ""]);
        // budget table
        lines.AddRange(L.CaptionLines(2, "Anggaran dan Realisasi Program"));
        lines.Add("");
        string Money(decimal v) => L.Currency switch { 0 => L.Amount(v), 1 => "Rp " + L.Amount(v), _ => "Rp\t" + L.Amount(v) };
        string Head(string label) => L.Currency == 2 ? label + "\t" : label;
        var budgetHead = new List<string> { "No", "Program" };
        if (L.TwoAllocations) budgetHead.AddRange([Head("Anggaran Murni (Rp)"), Head("Anggaran Perubahan (Rp)")]);
        else budgetHead.Add(Head(L.BudgetLastYear ? $"Anggaran {Y(0)} (Rp)" : "Anggaran (Rp)"));
        if (L.BudgetLastYear) budgetHead.AddRange([Head($"Realisasi {Y(-1)} (Rp)"), Head($"Realisasi {Y(0)} (Rp)")]); else budgetHead.Add(Head("Realisasi (Rp)"));
        if (L.Difference > 0) budgetHead.Add(Head("Selisih (Rp)"));
        budgetHead.Add(L.BudgetLastYear ? "% " + Y(0) : "%");
        lines.Add(string.Join('\t', budgetHead));
        string Row(string no, string name, decimal allocation, decimal spent, decimal percent, decimal lastYear)
        {
            var cells = new List<string> { no, name };
            if (L.TwoAllocations) cells.Add(Money(allocation * 9 / 10));
            cells.Add(Money(allocation));
            if (L.BudgetLastYear) cells.Add(Money(lastYear));
            cells.Add(Money(spent));
            if (L.Difference > 0) cells.Add(Money(spent - allocation));
            cells.Add(L.Percent(percent));
            return string.Join('\t', cells);
        }
        for (int i = 0; i < Budget.Count; i++, figure++)
        {
            var r = Budget[i];
            lines.Add(Row((i + 1).ToString(CultureInfo.InvariantCulture), r.Name, r.First, r.Second, Round(r.Second / r.First * 100) + (misprint == figure ? 3 : 0), r.Second + 1000));
            if (misprint == figure) at = lines.Count;
        }
        decimal a = Budget.Sum(r => r.First), s = Budget.Sum(r => r.Second);
        string total = Row("", "Jumlah", a, s, Round(s / a * 100) + (misprint == figure ? 3 : 0), s + 1000 * Budget.Count);
        if (misprint == figure + 1)
        {
            // the total allocation misprinted: its whole part plus 3.000
            var cells = total.Split('\t');
            int column = 2 + (L.TwoAllocations ? (L.Currency == 2 ? 2 : 1) : 0) + (L.Currency == 2 ? 1 : 0);
            cells[column] = L.Amount(a + 3000);
            total = string.Join('\t', cells);
        }
        lines.Add(total);
        if (misprint == figure || misprint == figure + 1) at = lines.Count;
        bool isCapaian = misprint >= 0 && misprint < Capaian.Count;
        return (string.Join('\n', lines) + "\n", at, isCapaian ? [at, meanLine] : [at]);
    }
}
