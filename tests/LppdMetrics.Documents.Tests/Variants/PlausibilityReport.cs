using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.Numbers;

namespace LppdMetrics.Documents.Tests.Variants;

/// <summary>
/// A share table in the layout of the seed's Tabel 1.1 (Penggunaan Lahan / 2023 (%) / 2024 (%)): per year column, the
/// shares of whole-number parts rounded half up at <see cref="Decimals"/>, with or without a Jumlah row printing 100.
/// </summary>
public sealed record ShareTable(IReadOnlyList<string> Labels, IReadOnlyList<int[]> Parts, int Decimals, bool TotalRow)
{
    /// <summary>Misprints: (year column, row, units of the last printed digit added to the printed share).</summary>
    public IReadOnlyList<(int Column, int Row, int Units)> Moves { get; init; } = [];

    /// <summary>The printed share of row <paramref name="row"/> in year column <paramref name="column"/>.</summary>
    public decimal Share(int column, int row) =>
        ReportRounding.Round(Parts[column][row] / (decimal)Parts[column].Sum(p => (long)p) * 100m, Decimals);
}

/// <summary>
/// A composition table in the layout of the seed's Tabel 2.5: headed blocks ("a. Jenis Kelamin") of rows "- label" and
/// one count each; every label is one word used nowhere else in the report.
/// </summary>
public sealed record CompositionTable(IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<(string Label, int Value)>> Blocks);

/// <summary>
/// Levels in the layout of the seed's Tabel 2.6 (PDRB ADHK and Jumlah Penduduk, 2020–2024) and, in another table in
/// the layout of Tabel 4.4.2 (Realisasi Tahun 2022–2024), the growth of both, each printed rounded half up at 2
/// decimals from the printed levels: the cross-table pair of <c>plausibility.growth-levels</c>.
/// </summary>
public sealed record MacroSeries(int[] RealGdp, int[] Population)
{
    /// <summary>The first year of the levels (2020); the growth table prints the last three years.</summary>
    public const int FirstYear = 2020;

    /// <summary>Misprints: (row: 0 economic growth, 1 population growth; year; units of 0,01 added to the printed growth).</summary>
    public IReadOnlyList<(int Row, int Year, int Units)> Moves { get; init; } = [];

    /// <summary>The growth printed for <paramref name="year"/> of row <paramref name="row"/>: (L_t − L_{t−1}) / L_{t−1} × 100 at 2 decimals, half up, plus any move.</summary>
    public decimal Growth(int row, int year)
    {
        int[] levels = row == 0 ? RealGdp : Population;
        int t = year - FirstYear;
        decimal value = ReportRounding.Round((levels[t] - (decimal)levels[t - 1]) / levels[t - 1] * 100m, 2);
        foreach (var (r, y, units) in Moves)
            if (r == row && y == year) value += units * 0.01m;
        return value;
    }
}

/// <summary>
/// A count table (penduduk bekerja per lapangan usaha with its Jumlah row) and, in another table, each sector's share
/// of the total printed rounded half up at <see cref="Decimals"/>: the cross-table pair of <c>plausibility.share-of-total</c>.
/// </summary>
public sealed record SectorShares(IReadOnlyList<string> Labels, int[] Counts, int Decimals)
{
    /// <summary>Misprints: (row, units of the last printed digit added to the printed share).</summary>
    public IReadOnlyList<(int Row, int Units)> Moves { get; init; } = [];

    /// <summary>The printed share of row <paramref name="row"/>: count / Σ counts × 100, half up, plus any move.</summary>
    public decimal Share(int row)
    {
        decimal value = ReportRounding.Round(Counts[row] / (decimal)Counts.Sum(c => (long)c) * 100m, Decimals);
        foreach (var (r, units) in Moves)
            if (r == row) value += units * ReportRounding.UnitInLastPlace(Decimals);
        return value;
    }
}

/// <summary>
/// A synthetic report built from the seed's layout in which every figure is consistent: capaian and budget tables
/// (<see cref="GeneratedReport"/>, made consistent: capaian = R / T × 100, budget % = realisasi / anggaran × 100,
/// totals = sums, the closing capaian the mean), share tables whose shares are rounded from whole-number parts, and
/// composition tables whose rows are all different, and the cross-table pairs (<see cref="MacroSeries"/>: growth against
/// levels printed in another table; <see cref="SectorShares"/>: shares against the counts and total of another table).
/// Plausibility errors are injected by <see cref="WithShareMoved"/>, <see cref="WithCopiedRows"/>,
/// <see cref="WithGrowthMoved"/> and <see cref="WithSectorShareMoved"/>.
/// </summary>
public sealed record PlausibilityReport(GeneratedReport Core, IReadOnlyList<ShareTable> Shares, IReadOnlyList<CompositionTable> Compositions)
{
    /// <summary>The levels and growth tables (null: none printed).</summary>
    public MacroSeries? Macro { get; init; }

    /// <summary>The sector counts and shares tables (null: none printed).</summary>
    public SectorShares? Sectors { get; init; }

    private static readonly string[] SectorWords =
        ["Pertambangan", "Konstruksi", "Perhotelan", "Pergudangan", "Perbankan", "Penggalian", "Percetakan", "Kelistrikan", "Periklanan", "Persewaan"];

    private static readonly string[] LandWords =
        ["Sawah", "Kebun", "Ladang", "Hutan", "Tambak", "Kolam", "Rawa", "Pantai", "Padang", "Lereng", "Bukit", "Lembah", "Pesisir", "Muara", "Telaga", "Tegalan", "Pekarangan", "Empang"];

    private static readonly string[] PeopleWords =
        ["Petani", "Nelayan", "Pedagang", "Guru", "Bidan", "Perawat", "Sopir", "Tukang", "Penjahit", "Montir", "Pelajar", "Mahasiswa", "Pensiunan",
         "Karyawan", "Seniman", "Atlet", "Penulis", "Peternak", "Pengrajin", "Apoteker", "Arsitek", "Pilot", "Koki", "Penari"];

    private static readonly string[] HeadingWords = ["Jenis Kelamin", "Angkatan Kerja", "Pendidikan", "Lapangan Usaha", "Status Pekerjaan"];

    /// <summary>A consistent report: 1–3 core tables, 1–2 share tables, 1–2 composition tables.</summary>
    public static Gen<PlausibilityReport> Generator =>
        from core in GeneratedReport.Generator
        from shareCount in Gen.Choose(1, 2)
        from shares in ShareTableGen.ListOf(shareCount)
        from compositionCount in Gen.Choose(1, 2)
        from compositions in CompositionGen.ListOf(compositionCount)
        from macro in MacroGen
        from sectors in SectorGen
        select Relabel(new PlausibilityReport(Consistent(core), shares.ToList(), compositions.ToList()) { Macro = macro, Sectors = sectors });

    /// <summary>Levels of a regency: PDRB ADHK in Rp juta (10⁶–10⁸) and population (10⁵–5 × 10⁶), each year within ±10 % of the last.</summary>
    private static Gen<MacroSeries> MacroGen =>
        from gdp in Gen.Choose(1_000_000, 100_000_000)
        from population in Gen.Choose(100_000, 5_000_000)
        from gdpSteps in Gen.Choose(-1000, 1000).ArrayOf(4)
        from populationSteps in Gen.Choose(-300, 300).ArrayOf(4)
        select new MacroSeries(Walk(gdp, gdpSteps), Walk(population, populationSteps));

    /// <summary>A series from <paramref name="start"/> by steps of 0,01 % each.</summary>
    private static int[] Walk(int start, int[] steps)
    {
        var levels = new int[steps.Length + 1];
        levels[0] = start;
        for (int i = 0; i < steps.Length; i++)
            levels[i + 1] = (int)Math.Round(levels[i] * (1m + steps[i] / 10_000m), MidpointRounding.AwayFromZero);
        return levels;
    }

    /// <summary>3–8 sectors of 10.000–500.000 workers each, shares at 1 or 2 decimals.</summary>
    private static Gen<SectorShares> SectorGen =>
        from n in Gen.Choose(3, 8)
        from counts in Gen.Choose(10_000, 500_000).ArrayOf(n)
        from decimals in Gen.Choose(1, 2)
        select new SectorShares(SectorWords.Take(n).ToList(), counts, decimals);

    /// <summary>Growth <paramref name="row"/> (0 economic, 1 population) of <paramref name="year"/> printed <paramref name="units"/> × 0,01 off.</summary>
    public PlausibilityReport WithGrowthMoved(int row, int year, int units) =>
        this with { Macro = Macro! with { Moves = [.. Macro!.Moves, (row, year, units)] } };

    /// <summary>The share of sector <paramref name="row"/> printed <paramref name="units"/> units of its last digit off.</summary>
    public PlausibilityReport WithSectorShareMoved(int row, int units) =>
        this with { Sectors = Sectors! with { Moves = [.. Sectors!.Moves, (row, units)] } };

    private static Gen<ShareTable> ShareTableGen =>
        from n in Gen.Choose(2, 10)
        from decimals in Gen.Choose(1, 2)
        from total in Gen.Elements(true, false)
        from first in Gen.Choose(1, 50_000).ArrayOf(n)
        from second in Gen.Choose(1, 50_000).ArrayOf(n)
        select new ShareTable(Enumerable.Repeat("", n).ToList(), [first, second], decimals, total);

    private static Gen<CompositionTable> CompositionGen =>
        from blocks in Gen.Choose(2, 3)
        from sizes in Gen.Choose(3, 5).ArrayOf(blocks)
        from values in Gen.Choose(1_000, 9_999_999).ArrayOf(sizes.Sum())
        select new CompositionTable(HeadingWords.Take(blocks).ToList(),
            sizes.Select((size, b) => (IReadOnlyList<(string, int)>)values.Skip(sizes.Take(b).Sum()).Take(size).Select(v => ("", v)).ToList()).ToList());

    /// <summary>Gives every row a label word of its own (no two rows of the report share a word).</summary>
    private static PlausibilityReport Relabel(PlausibilityReport report)
    {
        int land = 0, people = 0;
        var shares = report.Shares.Select(s => s with
        {
            Labels = s.Labels.Select(_ => LandWords[land++ % LandWords.Length] + Suffix(land, LandWords.Length)).ToList(),
        }).ToList();
        var compositions = report.Compositions.Select(c => c with
        {
            Blocks = c.Blocks.Select(b => (IReadOnlyList<(string, int)>)b.Select(r => (PeopleWords[people++ % PeopleWords.Length] + Suffix(people, PeopleWords.Length), r.Value)).ToList()).ToList(),
        }).ToList();
        return report with { Shares = shares, Compositions = compositions };
    }

    /// <summary>A letter suffix that keeps a reused word unique ("Petanib"): words, not digits, so it stays a label.</summary>
    private static string Suffix(int index, int pool) => index > pool ? new string((char)('a' + (index - 1) / pool), 1) : "";

    /// <summary>The core tables made consistent (capaian positive: R / T × 100; budget: realisasi / anggaran × 100; totals and mean).</summary>
    private static GeneratedReport Consistent(GeneratedReport core) => core with
    {
        Tables = core.Tables.Select(t =>
        {
            var rows = t.Rows.Select(r => r with { Percent = ReportRounding.Round(r.Second / r.First * 100m, 2) }).ToList();
            if (!t.Budget)
                return t with { Rows = rows, Closing = ReportRounding.Round(rows.Sum(r => r.Percent) / rows.Count, 2) };
            decimal first = rows.Sum(r => r.First), second = rows.Sum(r => r.Second);
            return t with { Rows = rows, ClosingFirst = first, ClosingSecond = second, Closing = ReportRounding.Round(second / first * 100m, 2) };
        }).ToList(),
    };

    /// <summary>Share <paramref name="row"/> of column <paramref name="column"/> of share table <paramref name="table"/> printed <paramref name="units"/> units off.</summary>
    public PlausibilityReport WithShareMoved(int table, int column, int row, int units) =>
        this with { Shares = Shares.Select((s, i) => i == table ? s with { Moves = [.. s.Moves, (column, row, units)] } : s).ToList() };

    /// <summary>
    /// Rows <paramref name="from"/>… of block <paramref name="source"/> of composition table <paramref name="table"/> copied, numbers only,
    /// over <paramref name="count"/> rows of block <paramref name="target"/> (a later block), starting at its row <paramref name="at"/>.
    /// </summary>
    public PlausibilityReport WithCopiedRows(int table, int source, int from, int target, int at, int count)
    {
        var c = Compositions[table];
        var blocks = c.Blocks.Select(b => b.ToList()).ToList();
        for (int k = 0; k < count; k++)
            blocks[target][at + k] = (blocks[target][at + k].Label, blocks[source][from + k].Value);
        var copied = c with { Blocks = blocks.Select(b => (IReadOnlyList<(string, int)>)b).ToList() };
        return this with { Compositions = Compositions.Select((x, i) => i == table ? copied : x).ToList() };
    }

    /// <summary>The text and, for each share table, the lines of its rows (shares then the total, if printed), and for each composition table the lines of each block's rows.</summary>
    public (string Text, List<List<int>> ShareLines, List<List<List<int>>> CompositionLines) Render()
    {
        var (text, shareLines, compositionLines, _) = RenderWithCrossTables();
        return (text, shareLines, compositionLines);
    }

    /// <summary>The lines of the cross-table pairs: the levels rows (PDRB ADHK, penduduk), the growth rows (economic, population), the sector count rows then the Jumlah row, the sector share rows.</summary>
    public sealed record CrossTableLines(int RealGdp, int Population, int EconomicGrowth, int PopulationGrowth, List<int> Counts, List<int> Shares);

    /// <summary><see cref="Render"/> with the lines of the cross-table pairs (null when the report prints none).</summary>
    public (string Text, List<List<int>> ShareLines, List<List<List<int>>> CompositionLines, CrossTableLines? Cross) RenderWithCrossTables()
    {
        var (core, _) = TextRenderer.Render(Core);
        var lines = core.TrimEnd('\n').Split('\n').ToList();
        var shareLines = new List<List<int>>();
        var compositionLines = new List<List<List<int>>>();
        int number = 1;
        foreach (var s in Shares)
        {
            lines.AddRange([$"**Tabel 8.{number++}**  ", "**Luas Wilayah Menurut Penggunaan Lahan**  ", "**Tahun 2023 dan 2024**", "", "Penggunaan Lahan\t2023 (%)\t2024 (%)"]);
            var rows = new List<int>();
            for (int r = 0; r < s.Labels.Count; r++)
            {
                lines.Add($"{s.Labels[r]}\t{Printed(s, 0, r)}\t{Printed(s, 1, r)}");
                rows.Add(lines.Count);
            }
            if (s.TotalRow)
            {
                lines.Add("<b>Jumlah</b>\t<b>" + IndonesianNumber.Format(100m, s.Decimals) + "</b>\t<b>" + IndonesianNumber.Format(100m, s.Decimals) + "</b>");
                rows.Add(lines.Count);
            }
            shareLines.Add(rows);
            lines.AddRange(["", "Sumber: data uji.", ""]);
        }
        foreach (var c in Compositions)
        {
            lines.AddRange([$"**Tabel 8.{number++}**  ", "**Komposisi Penduduk Menurut Pekerjaan**", ""]);
            var blockLines = new List<List<int>>();
            for (int b = 0; b < c.Blocks.Count; b++)
            {
                lines.Add($"{(char)('a' + b)}. {c.Headings[b]}\t");
                var rows = new List<int>();
                foreach (var (label, value) in c.Blocks[b])
                {
                    lines.Add($"- {label}\t{IndonesianNumber.Format(value, 0)}");
                    rows.Add(lines.Count);
                }
                blockLines.Add(rows);
            }
            compositionLines.Add(blockLines);
            lines.AddRange(["", "Sumber: data uji.", ""]);
        }
        CrossTableLines? cross = null;
        if (Macro is { } m && Sectors is { } sectors)
        {
            int last = MacroSeries.FirstYear + m.RealGdp.Length - 1;
            var years = Enumerable.Range(MacroSeries.FirstYear, m.RealGdp.Length).ToList();
            lines.AddRange([$"**Tabel 8.{number++}.**  ", "**Angka PDRB dan Penduduk Kabupaten Sukamaju 2020-2024**", "",
                "No\tUraian\t" + string.Join('\t', years)]);
            lines.Add("1.\tPDRB ADHK 2010 (Rp. Juta,-)\t" + string.Join('\t', m.RealGdp.Select(v => IndonesianNumber.Format(v, 0))));
            int gdpLine = lines.Count;
            lines.Add("2.\tJumlah Penduduk (jiwa)\t" + string.Join('\t', m.Population.Select(v => IndonesianNumber.Format(v, 0))));
            int populationLine = lines.Count;
            lines.AddRange(["", "Sumber: data uji.", ""]);
            var shown = years.Skip(years.Count - 3).ToList();
            lines.AddRange([$"**Tabel 8.{number++}**  ", "**Perkembangan kinerja tujuan Meningkatnya Daya Saing Ekonomi**", "",
                "No.\tTujuan Strategis\tIndikator Kinerja\tRealisasi\t\t",
                "\t\t\t" + string.Join('\t', shown.Select(y => "Tahun " + y))]);
            lines.Add("1\tMeningkatnya Daya Saing Ekonomi\tPertumbuhan Ekonomi\t" + string.Join('\t', shown.Select(y => IndonesianNumber.Format(m.Growth(0, y), 2))));
            int economicLine = lines.Count;
            lines.Add("\t\tLaju Pertumbuhan Penduduk\t" + string.Join('\t', shown.Select(y => IndonesianNumber.Format(m.Growth(1, y), 2))));
            int populationGrowthLine = lines.Count;
            lines.AddRange(["", "Sumber: data uji.", ""]);
            lines.AddRange([$"**Tabel 8.{number++}**  ", $"**Penduduk Bekerja Menurut Lapangan Usaha Tahun {last}**", "", "Lapangan Usaha\tPenduduk Bekerja (orang)"]);
            var counts = new List<int>();
            for (int r = 0; r < sectors.Labels.Count; r++)
            {
                lines.Add($"{(char)('a' + r)}. {sectors.Labels[r]}\t{IndonesianNumber.Format(sectors.Counts[r], 0)}");
                counts.Add(lines.Count);
            }
            lines.Add("<b>Jumlah</b>\t<b>" + IndonesianNumber.Format(sectors.Counts.Sum(c => (long)c), 0) + "</b>");
            counts.Add(lines.Count);
            lines.AddRange(["", "Sumber: data uji.", ""]);
            lines.AddRange([$"**Tabel 8.{number++}**  ", $"**Persentase Penduduk Bekerja Menurut Lapangan Usaha Tahun {last}**", "", "Lapangan Usaha\tPersentase (%)"]);
            var shares = new List<int>();
            for (int r = 0; r < sectors.Labels.Count; r++)
            {
                lines.Add($"{sectors.Labels[r]}\t{IndonesianNumber.Format(sectors.Share(r), sectors.Decimals)}");
                shares.Add(lines.Count);
            }
            lines.AddRange(["", "Sumber: data uji.", ""]);
            cross = new CrossTableLines(gdpLine, populationLine, economicLine, populationGrowthLine, counts, shares);
        }
        return (string.Join('\n', lines) + "\n", shareLines, compositionLines, cross);
    }

    private static string Printed(ShareTable s, int column, int row)
    {
        decimal value = s.Share(column, row);
        foreach (var (c, r, units) in s.Moves)
            if (c == column && r == row) value += units * ReportRounding.UnitInLastPlace(s.Decimals);
        return IndonesianNumber.Format(value, s.Decimals);
    }
}
