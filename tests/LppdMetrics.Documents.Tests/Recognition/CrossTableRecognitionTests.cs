using LppdMetrics.Audit;
using LppdMetrics.Audit.Rules;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests.Recognition;

/// <summary>
/// The extractor's cross-table checks (docs/methods.md#plausibility-cross-table): on the seed, every economic growth
/// of Bab II and Bab IV against the PDRB ADHK of Tabel 2.6 (all hold, worked out by hand); on small reports, the
/// population growth against Tabel 1.2's column totals, a share against another table's counts, and the refusals.
/// </summary>
public class CrossTableRecognitionTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        ReportRecognizer.Recognize(TextDocumentReader.ReadText(string.Join('\n',
            ["## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN SUKAMAJU TAHUN 2024", "", .. lines, ""]), "cross.txt"));

    private static List<ReportFigure> Figures(ExtractionResult result, string rule) =>
        [.. result.Report.Tables.SelectMany(t => t.Figures).Where(f => f.Rule == rule)];

    private static List<AuditFinding> Notes(ExtractionResult result) =>
        [.. ReportAudit.Run(result.Report).Findings.Where(f => f.Status == FindingStatus.Implausible)];

    /// <summary>The note of the table's figures, or its skip reason when it has none.</summary>
    private static string Reason(ExtractionResult result, string table) =>
        result.Report.Tables.SingleOrDefault(t => t.Id == table)?.Note ?? result.Tables.Single(t => t.Id == table).Skipped!;

    /// <summary>
    /// Seed: Tabel 2.1 (line 1349: 2023 4,45, 2024 4,44), Tabel 4.4.1 (line 3114: Realisasi 4,44, the report's year),
    /// Tabel 4.4.2 (line 3164: 2022–2024 5,20, 4,45, 4,44), Tabel 4.4.3 (line 3184: Realisasi Tahun 2024 4,44) and
    /// Tabel 4.4.4 (line 3200: 4,44; not the province's 4,93) against Tabel 2.6 line 1506: 25.700.020 → 27.037.331 =
    /// 5,2035 %, → 28.239.900 = 4,4478 %, → 29.493.800 = 4,4402 %. Targets (5,32, 5,20 to 2026) are not growths of a year.
    /// </summary>
    [Fact]
    public void The_seed_prints_eight_economic_growths_that_follow_from_Tabel_2_6()
    {
        var seed = SeedAcceptanceTests.Seed.Value.Result;
        var growths = Figures(seed, RuleCatalog.GrowthLevels);
        Assert.Equal(
            ["2.1/1349/growth-levels-2023", "2.1/1349/growth-levels-2024", "4.4.1/3114/growth-levels-2024", "4.4.2/3164/growth-levels-2022",
             "4.4.2/3164/growth-levels-2023", "4.4.2/3164/growth-levels-2024", "4.4.3/3184/growth-levels-2024", "4.4.4/3200/growth-levels-2024"],
            growths.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.All(growths, f => Assert.Equal([1506, 1506], f.Inputs.Take(2).Select(i => i.Source)));
        Assert.Equal([5.20m, 4.45m, 4.44m], growths.Where(f => f.Source == 3164).Select(f => f.Reported));
        Assert.DoesNotContain(growths, f => f.Reported == 4.93m || f.Reported == 5.32m);
        Assert.DoesNotContain(Notes(seed), f => f.Rule == RuleCatalog.GrowthLevels);
        // No share column of the seed has all its categories printed with counts and a Jumlah row in another table.
        Assert.Empty(Figures(seed, RuleCatalog.ShareOfTotal));
    }

    private static readonly string[] Population =
    [
        "**Tabel 1.2**  ", "**Jumlah Penduduk Per Kecamatan**", "",
        "Kecamatan\tJml Penduduk 2023 (jiwa)\tJml Penduduk 2024 (jiwa)",
        "Bakung\t28.710\t28.911",
        "Wonotirto\t1.224.840\t1.234.739",
        "<b>Jumlah</b>\t<b>1.253.550</b>\t<b>1.263.650</b>", "",
    ];

    private static string[] GrowthTable(string growth) =>
    [
        "**Tabel 2.9**  ", "**Indikator Kependudukan**", "",
        "No\tIndikator\t2024",
        "1\tLaju Pertumbuhan Penduduk (%)\t" + growth, "",
    ];

    /// <summary>Seed Tabel 1.2's totals 1.253.550 → 1.263.650: 10.100 / 1.253.550 = 0,8057 % (the 0,81 % of the text, line 275); 1,24 % is not.</summary>
    [Fact]
    public void A_population_growth_is_checked_against_the_Jumlah_row_of_the_population_columns()
    {
        var holds = Extract([.. Population, .. GrowthTable("0,81")]);
        var figure = Assert.Single(Figures(holds, RuleCatalog.GrowthLevels));
        Assert.Equal([1_253_550m, 1_263_650m, 0.81m, 0m], figure.Inputs.Select(i => i.Value));
        Assert.Empty(Notes(holds));
        var wrong = Extract([.. Population, .. GrowthTable("1,24")]);
        var note = Assert.Single(Notes(wrong));
        Assert.Equal(RuleCatalog.GrowthLevels, note.Rule);
        Assert.Equal(figure.Source, note.Source);
        Assert.Contains("0.81", note.Explanation, StringComparison.Ordinal);
    }

    /// <summary>Two tables printing different levels for the same years: not judged, and the growth's table says why.</summary>
    [Fact]
    public void Levels_printed_differently_in_two_tables_are_refused_with_the_reason()
    {
        string[] other =
        [
            "**Tabel 2.6**  ", "**Angka Kependudukan**", "",
            "No\tUraian\t2023\t2024",
            "1.\tJumlah Penduduk (jiwa)\t1.253.550\t1.265.000", "",
        ];
        var result = Extract([.. Population, .. other, .. GrowthTable("0,81")]);
        Assert.Empty(Figures(result, RuleCatalog.GrowthLevels));
        string reason = Reason(result, "2.9");
        Assert.Contains("cross-table checks left out", reason, StringComparison.Ordinal);
        Assert.Contains("table 1.2", reason, StringComparison.Ordinal);
        Assert.Contains("table 2.6", reason, StringComparison.Ordinal);
        // The same levels in both tables are one quantity printed twice: checked once, against the first.
        var same = Extract([.. Population, .. other.Select(l => l.Replace("1.265.000", "1.263.650", StringComparison.Ordinal)), .. GrowthTable("0,81")]);
        Assert.Single(Figures(same, RuleCatalog.GrowthLevels));
    }

    private static readonly string[] Counts =
    [
        "**Tabel 2.5**  ", "**Penduduk Bekerja Menurut Lapangan Usaha Tahun 2024**", "",
        "Lapangan Usaha\tPenduduk Bekerja (orang)",
        "a. Pertanian, Kehutanan, Perikanan\t272.221",
        "b. Industri Pengolahan\t85.485",
        "c. Jasa Lainnya\t338.139",
        "<b>Jumlah</b>\t<b>695.845</b>", "",
    ];

    private static string[] ShareTable(string year, string pertanian) =>
    [
        "**Tabel 2.8**  ", $"**Persentase Penduduk Bekerja Menurut Lapangan Usaha Tahun {year}**", "",
        "Lapangan Usaha\tPersentase (%)",
        "Pertanian, Kehutanan, Perikanan\t" + pertanian,
        "Industri Pengolahan\t12,29",
        "Jasa Lainnya\t48,59", "",
    ];

    /// <summary>
    /// 272.221 / 695.845 = 39,12 %, 85.485 / 695.845 = 12,285 → 12,29 %, 338.139 / 695.845 = 48,594 → 48,59 %: hold;
    /// 36,39 % (the seed text's figure) is a note naming the count's and the total's lines.
    /// </summary>
    [Fact]
    public void A_share_is_checked_against_the_count_and_Jumlah_of_another_table()
    {
        var holds = Extract([.. Counts, .. ShareTable("2024", "39,12")]);
        Assert.Equal(3, Figures(holds, RuleCatalog.ShareOfTotal).Count);
        Assert.Empty(Notes(holds));
        var wrong = Extract([.. Counts, .. ShareTable("2024", "36,39")]);
        var note = Assert.Single(Notes(wrong), n => n.Rule == RuleCatalog.ShareOfTotal);
        Assert.Equal(39.1209m, Math.Round(note.Unrounded!.Value, 4));
        Assert.Contains(note.Trace!.Inputs, i => i.Note!.Contains("line 7", StringComparison.Ordinal));  // the count of Pertanian
        Assert.Contains(note.Trace!.Inputs, i => i.Note!.Contains("line 10", StringComparison.Ordinal)); // the Jumlah row
    }

    [Fact]
    public void Shares_of_another_year_than_the_counts_are_refused_with_the_reason()
    {
        var result = Extract([.. Counts, .. ShareTable("2023", "36,39")]);
        Assert.Empty(Figures(result, RuleCatalog.ShareOfTotal));
        Assert.DoesNotContain(Notes(result), n => n.Rule == RuleCatalog.ShareOfTotal);
        string reason = Reason(result, "2.8");
        Assert.Contains("counts of 2024, the shares are of 2023", reason, StringComparison.Ordinal);
    }

    /// <summary>A comparison with a neighbour: only the report's own region's column is its growth (1.234,7 thousand vs 1.263.650 would be a false alarm).</summary>
    [Fact]
    public void A_neighbours_column_is_not_the_reports_own_growth()
    {
        string[] comparison =
        [
            "**Tabel 2.9**  ", "**Perbandingan Indikator Kependudukan**", "",
            "No\tIndikator\tKab. Sukamaju 2024\tKab. Kediri 2024\tProvinsi Jawa Timur 2024",
            "1\tLaju Pertumbuhan Penduduk (%)\t0,81\t1,24\t0,67", "",
        ];
        var result = Extract([.. Population, .. comparison]);
        var figure = Assert.Single(Figures(result, RuleCatalog.GrowthLevels));
        Assert.Equal(0.81m, figure.Reported);
        Assert.Empty(Notes(result));
    }

    /// <summary>
    /// A column of rates per row (persentase penduduk miskin of each kecamatan, 8,2 % and 10,5 %) is not a set of shares
    /// of the Jumlah of Tabel 1.2 (28.911 / 1.263.650 = 2,29 %): its values do not sum to about 100, so it is not paired.
    /// </summary>
    [Fact]
    public void Rates_per_row_are_not_shares_of_another_tables_total()
    {
        string[] poverty =
        [
            "**Tabel 2.4**  ", "**Persentase Penduduk Miskin Per Kecamatan Tahun 2024**", "",
            "Kecamatan\tPersentase (%)",
            "Bakung\t8,2",
            "Wonotirto\t10,5", "",
        ];
        var result = Extract([.. Population, .. poverty]);
        Assert.Empty(Figures(result, RuleCatalog.ShareOfTotal));
        Assert.Empty(Notes(result));
    }

    /// <summary>The shares of three of the four sectors of the count table are not its breakdown: not paired.</summary>
    [Fact]
    public void Shares_of_part_of_the_categories_are_not_paired()
    {
        string[] counts = [.. Counts.Take(7), "d. Konstruksi\t1.113", "<b>Jumlah</b>\t<b>696.958</b>", ""];
        var result = Extract([.. counts, .. ShareTable("2024", "39,06")]);
        Assert.Empty(Figures(result, RuleCatalog.ShareOfTotal));
    }
}
