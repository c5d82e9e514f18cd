using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Audit;
using LppdMetrics.Audit.Rules;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests.Recognition;

/// <summary>
/// Issue 17 part 3: figures stated in the running text about the table above them (<see cref="TextStatements"/>).
/// Expected values are worked out by hand from the seed's printed cells (line numbers cited) or from the synthetic
/// tables below.
/// </summary>
public class TextStatementsTests
{
    /// <summary>The seed's report as the extractor reads it (no overlay).</summary>
    internal static LppdReport SeedReport => SeedAcceptanceTests.Seed.Value.Result.Report;

    /// <summary>The audit of <see cref="SeedReport"/>, by figure id.</summary>
    internal static readonly Lazy<Dictionary<string, AuditFinding>> SeedFindings = new(() =>
        ReportAudit.Run(SeedReport).Findings.ToDictionary(f => f.Id, StringComparer.Ordinal));

    /// <summary>The figure of <see cref="SeedReport"/> with this id.</summary>
    internal static ReportFigure SeedFigure(string id) =>
        SeedReport.Tables.SelectMany(t => t.Figures).Single(f => f.Id == id);

    [Fact]
    public void A_legend_table_of_words_between_the_table_and_its_statement_is_passed_over() => AssertLegendPassedOver("$IKM$\t= Indeks Kepuasan Masyarakat\n$FK$\t= Faktor Koreksi\n");

    [Fact]
    public void A_legend_table_holding_latex_with_a_number_is_passed_over()
    {
        // the legend's rows are a symbol and "= meaning", and its meanings hold LaTeX with a number ("… \times 100\%$",
        // broken over a row by the printer): still no data row, so still no table a statement quotes
        AssertLegendPassedOver("$IKM$\t= $\\frac{\\sum NRR}{n} \\times$\n\t100\\%$\n$n$\t= Jumlah unsur pelayanan\n$NRR$\t= Nilai rata-rata tertimbang, 1 sampai 4\n");
    }

    [Fact]
    public void A_legend_table_with_its_equals_sign_in_a_column_of_its_own_is_passed_over() =>
        AssertLegendPassedOver("$IKM$\t=\t$\\frac{\\sum NRR}{n} \\times 100\\%$\n$n$\t=\tJumlah unsur\n");

    private static void AssertLegendPassedOver(string legend)
    {
        // A formula's legend laid out as a table ("$FK$ | = Faktor Koreksi": how LibreOffice's PDF of a variant at 11 pt
        // came out, and how Word reports often lay a legend) prints no number, so it is not what "tabel 3.1 diatas" is
        // about: the statement is of Tabel 3.1. 84,00 − 80,00 = 4,00, printed "melebihi sebesar 5,00": a mismatch. The code before
        // took the legend for the table above and read no statement.
        var report = ReportRecognizer.Recognize(TextDocumentReader.ReadText(
            "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN CONTOH TAHUN 2025\n\n**Tabel 3.1**  \n**Realisasi kinerja sasaran**\n\n"
            + "No.\tIndikator Kinerja\tTarget\tRealisasi\t%\n"
            + "1\tIndeks Kepuasan Masyarakat\t80,00\t84,00\t105,00%\n\n"
            + "Indeks Kepuasan Masyarakat dihitung dengan rumus berikut:\n\n"
            + legend + "\n"
            + "Berdasarkan tabel 3.1 diatas, indikator Indeks Kepuasan Masyarakat dapat direalisasi sebesar 84,00 melebihi sebesar 5,00 dari target, dengan capaian kinerja 105,00%.\n",
            "legend.txt")).Report;
        int statement = 12 + legend.Count(c => c == '\n'); // the statement's line: after the legend's lines and a blank one
        var gap = Assert.Single(ReportAudit.Run(report).Findings, f => f.Source == statement && f.Rule == RuleCatalog.PointChange);
        Assert.Equal(FindingStatus.Mismatch, gap.Status);
        Assert.Equal(4m, gap.Recomputed);
    }

    // ---- the seed, by hand --------------------------------------------------------------------------------------

    [Fact]
    public void Seed_line_1847_the_change_of_a_year_table_follows_its_cells()
    {
        // Tabel 4.1.2 line 1843: Persentase Penduduk Miskin 8,71 (2022), 8,69 (2023), 8,16 (2024); the text says
        // "Dari tahun 2023 ke tahun 2024 kinerja … meningkat sebesar 0,53 %": 8,69 − 8,16 = 0,53 points, and
        // "kinerja … meningkat" tells the performance, so the size only is compared.
        var figure = SeedFigure("text/1847/persentase-penduduk-miskin-perubahan-2023-2024");
        Assert.Equal(RuleCatalog.PointChange, figure.Rule);
        Assert.True(figure.Magnitude);
        Assert.Equal(1847, figure.Source);
        Assert.Equal([8.69m, 8.16m], figure.Inputs.Select(i => i.Value!.Value));
        Assert.All(figure.Inputs, i => Assert.Equal(1843, i.Source));
        Assert.Equal(FindingStatus.Match, SeedFindings.Value[figure.Id].Status);
    }

    [Fact]
    public void Seed_line_2244_a_statement_printing_fewer_decimals_is_compared_at_its_own_precision()
    {
        // Tabel 4.2.2 line 2240: IPM 72,84 (2023), 73,44 (2024); "Indeks Pembangunan Manusia meningkat sebesar 0,6"
        // = 0,60 at one decimal.
        var figure = SeedFigure("text/2244/indeks-pembangunan-manusia-perubahan-2023-2024");
        Assert.Equal(1, figure.Decimals);
        Assert.Equal(0.6m, figure.Reported);
        Assert.False(figure.Magnitude); // "meningkat" of a higher-is-better index fixes the sign
        Assert.Equal(FindingStatus.Match, SeedFindings.Value[figure.Id].Status);
    }

    [Fact]
    public void Seed_misprints_of_the_text_are_mismatches_whose_inputs_name_the_table()
    {
        // line 2665: "melebihi sebesar 12,84 dari target 71,40" of realisasi 84,42 (Tabel 4.3.1 line 2660): 13,02.
        var irb = SeedFindings.Value["text/2665/indeks-reformasi-birokrasi-selisih-target"];
        Assert.Equal(FindingStatus.Mismatch, irb.Status);
        Assert.Equal(13.02m, irb.Recomputed);
        Assert.All(SeedFigure(irb.Id).Inputs, i => Assert.Equal(2660, i.Source));
        // line 2768: "dari target sebesar 88,42"; Tabel 4.3.1.1 line 2763 prints the target 87,14 (88,42 is the realisasi).
        var ikm = SeedFindings.Value["text/2768/indeks-kepuasan-masyarakat-target"];
        Assert.Equal(FindingStatus.Mismatch, ikm.Status);
        Assert.Equal(87.14m, ikm.Recomputed);
        // line 2956: Indeks Inovasi Daerah "lebih tinggi sebesar 14,64 dari Provinsi Jawa Timur"; Tabel 4.3.2.4 line
        // 2952: 72,59 against 87,23, lower by 14,64: the direction is wrong.
        var inovasi = SeedFindings.Value["text/2956/indeks-inovasi-daerah-selisih-provinsi"];
        Assert.Equal(FindingStatus.Mismatch, inovasi.Status);
        Assert.Equal(14.64m, inovasi.Reported);
        Assert.Equal(-14.64m, inovasi.Recomputed);
        Assert.Equal([87.23m, 72.59m], SeedFigure(inovasi.Id).Inputs.Select(i => i.Value!.Value));
        Assert.All(SeedFigure(inovasi.Id).Inputs, i => Assert.Equal(2952, i.Source));
    }

    [Fact]
    public void Seed_directions_of_a_lower_is_better_indicator_compare_the_size_only()
    {
        // line 3170: "Gini Rasio menurun sebesar 0,025" from 0,335 (2022) to 0,360 (2023), Tabel 4.4.2 line 3162: the
        // value rose, the performance fell; the Gini ratio is lower-is-better, so the words may tell either.
        var gini = SeedFigure("text/3170/gini-rasio-perubahan-2022-2023");
        Assert.True(gini.Magnitude);
        Assert.Equal(FindingStatus.Match, SeedFindings.Value[gini.Id].Status);
        // line 3323: TPT "lebih rendah sebesar 0,58 dari Provinsi Jawa Timur" of 4,77 against 4,19 (line 3318).
        Assert.True(SeedFigure("text/3323/tingkat-pengangguran-terbuka-tpt-selisih-provinsi").Magnitude);
    }

    [Fact]
    public void Seed_the_capaian_announced_before_a_table_is_its_capaian_kinerja_row()
    {
        // line 1799: "… dapat diperoleh nilai capaian kinerjanya sebesar 100,37%. Berikut tabel …"; Tabel 4.1.1's
        // Capaian Kinerja row, line 1806: 100,37 %.
        var figure = SeedFigure("text/1799/capaian-kinerja");
        Assert.Equal(RuleCatalog.Identity, figure.Rule);
        Assert.Equal(1806, Assert.Single(figure.Inputs).Source);
        Assert.Equal(FindingStatus.Match, SeedFindings.Value[figure.Id].Status);
        // line 2654 announces 118,24 %; Tabel 4.3.1 line 2661 prints 118,248 %: 118,24 is its truncation, not a rounding.
        Assert.Equal(FindingStatus.Rounding, SeedFindings.Value["text/2654/capaian-kinerja"].Status);
    }

    [Fact]
    public void Seed_statements_left_out_are_listed_with_the_reason()
    {
        // the table "text" has figures: what it left out is its note, as a table's rows left out
        Assert.Null(SeedAcceptanceTests.Seed.Value.Result.Tables.Single(t => t.Id == "text").Skipped);
        string? note = SeedReport.Tables.Single(t => t.Id == "text").Note;
        // line 3204 compares Indeks Kepuasan Layanan Infrastruktur, whose Tabel 4.4.4 row prints no number.
        Assert.Contains("text line 3204", note, StringComparison.Ordinal);
        Assert.Contains("not both numbers", note, StringComparison.Ordinal);
    }

    // ---- synthetic paragraphs -----------------------------------------------------------------------------------

    private const string Header = "No.\tSasaran Strategis\tIndikator Kinerja\tRealisasi\t\t\n\t\t\tTahun 2022\tTahun 2023\tTahun 2024";

    private static string YearTable(params string[] rows) =>
        "**Tabel 7.1**\n**Perkembangan kinerja sasaran**\n\n" + Header + "\n"
        + string.Join("\n", rows.Select((r, i) => (i == 0 ? "1\tMeningkatnya Layanan\t" : "\t\t") + r)) + "\n\nSumber: BPS, 2025\n";

    private static string ComparisonTable(string row) =>
        "**Tabel 7.4**\n**Perbandingan capaian kinerja**\n\nNo.\tSasaran Strategis\tIndikator Kinerja\tRealisasi Tahun 2024\tRealisasi Provinsi Jawa Barat\tRealisasi Nasional\n"
        + "1\tMeningkatnya Layanan\t" + row + "\n\nSumber: BPS, 2025\n";

    private static string CapaianTable(string row) =>
        "**Tabel 7.3**\n**Realisasi kinerja sasaran**\n\nNo.\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\t%\n"
        + "1\tMeningkatnya Layanan\t" + row + "\nCapaian Kinerja\t\t\t\t\t101,00%\n\nSumber: BPS, 2025\n";

    private static (List<ReportFigure> Figures, List<AuditFinding> Findings, string? Skipped) Read(params string[] parts)
    {
        // a capaian table of another indicator first, so that the document has a recognisable table whatever the rest
        string prelude = CapaianTable("Indeks Pelayanan Lain\t50,00\t50,50\t101,00%").Replace("7.3", "7.0", StringComparison.Ordinal);
        string text = "LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN SUKAMAJU TAHUN 2024\n\n" + prelude + "\n" + string.Join("\n", parts);
        var result = ReportRecognizer.Recognize(TextDocumentReader.ReadText(text, "sukamaju.txt"));
        var figures = result.Report.Tables.SelectMany(t => t.Figures).Where(f => f.Id.StartsWith("text/", StringComparison.Ordinal)).ToList();
        var ids = figures.Select(f => f.Id).ToHashSet();
        var findings = ReportAudit.Run(result.Report).Findings.Where(f => ids.Contains(f.Id)).ToList();
        // what was left out: the note of the table "text", or its skip reason when it has no figure
        return (figures, findings, result.Report.Tables.SingleOrDefault(t => t.Id == "text")?.Note ?? result.Tables.SingleOrDefault(t => t.Id == "text")?.Skipped);
    }

    [Fact]
    public void Clauses_in_any_order_are_matched_to_the_row_they_name()
    {
        var (figures, findings, _) = Read(
            YearTable("Indeks Layanan Arsip\t54,83\t56,67\t57,48", "Indeks Kepuasan Warga\t84,09\t84,23\t84,61"),
            "Dari tabel di atas, dari tahun 2022 ke tahun 2023 Indeks Kepuasan Warga naik sebesar 0,14, Indeks Layanan Arsip meningkat sebesar 1,84. Pada tahun 2023 ke tahun 2024 Indeks Layanan Arsip naik sebesar 0,81 dan Indeks Kepuasan Warga naik sebesar 0,38.");
        Assert.Equal(4, figures.Count);
        Assert.All(findings, f => Assert.Equal(FindingStatus.Match, f.Status));
        var warga = figures.Single(f => f.Reported == 0.14m);
        Assert.Equal([84.09m, 84.23m], warga.Inputs.Select(i => i.Value!.Value));
        var arsip = figures.Single(f => f.Reported == 0.81m);
        Assert.Equal([56.67m, 57.48m], arsip.Inputs.Select(i => i.Value!.Value));
    }

    [Fact]
    public void Thousands_separators_rp_persen_and_a_detached_percent_sign_are_read()
    {
        var (figures, findings, _) = Read(
            YearTable("Jumlah Kunjungan Wisata\t2.597.470\t2.833.874\t3.273.408", "Pendapatan Wisata\t1.000.000\t1.200.000\t1.260.000", "Indeks Layanan Arsip\t8,71\t8,69\t8,16"),
            "Dari tahun 2022 ke tahun 2023 Jumlah Kunjungan Wisata naik sebesar 236.404, Pendapatan Wisata naik sebesar Rp 200.000 dan Indeks Layanan Arsip turun sebesar 0,02 persen. Dari tahun 2023 ke tahun 2024 Indeks Layanan Arsip turun sebesar 0,53 % dan Pendapatan Wisata naik sebesar 5 %.");
        Assert.Equal(5, figures.Count);
        Assert.All(findings, f => Assert.Equal(FindingStatus.Match, f.Status));
        Assert.Equal(236404m, figures.Single(f => f.Inputs[0].Value == 2597470m).Reported);
        // 1.200.000 → 1.260.000 is 60.000 points but 5 % relative: "%" after a difference is read as whichever fits.
        Assert.Equal(RuleCatalog.PercentChange, figures.Single(f => f.Reported == 5m).Rule);
        Assert.Equal(-0.53m, figures.Single(f => f.Inputs[0].Value == 8.69m).Reported);
    }

    [Fact]
    public void A_direction_word_against_the_change_is_a_mismatch()
    {
        var (figures, findings, _) = Read(
            YearTable("Indeks Layanan Arsip\t54,83\t56,67\t57,48"),
            "Dari tahun 2023 ke tahun 2024 Indeks Layanan Arsip menurun sebesar 0,81.");
        var figure = Assert.Single(figures);
        Assert.Equal(-0.81m, figure.Reported);
        Assert.Contains("direction", figure.Note, StringComparison.Ordinal);
        var finding = Assert.Single(findings);
        Assert.Equal(FindingStatus.Mismatch, finding.Status);
        Assert.Equal(0.81m, finding.Recomputed);
    }

    [Fact]
    public void Gaps_to_another_region_take_their_sign_from_lebih_rendah_or_lebih_tinggi()
    {
        var (figures, findings, _) = Read(
            ComparisonTable("Indeks Layanan Arsip\t72,59\t70,15\t75,00"),
            "Dari tabel di atas diketahui bahwa realisasi Indeks Layanan Arsip tahun 2024 di Kabupaten Sukamaju lebih tinggi sebesar 2,44 dari Provinsi Jawa Barat dan lebih rendah sebesar 2,41 dari realisasi Nasional.");
        Assert.Equal(2, figures.Count);
        Assert.All(findings, f => Assert.Equal(FindingStatus.Match, f.Status));
        Assert.Equal([2.44m, -2.41m], figures.Select(f => f.Reported!.Value));
    }

    [Fact]
    public void A_quoted_target_and_the_gap_to_it_are_checked_against_the_capaian_table()
    {
        var (figures, findings, _) = Read(
            CapaianTable("Indeks Layanan Arsip\t87,14\t88,42\t101,47%"),
            "Berdasarkan tabel di atas, indikator Indeks Layanan Arsip dapat direalisasi sebesar 88,42 dengan capaian kinerja sebesar 101,47%. Realisasi ini melebihi sebesar 1,28 dari target sebesar 88,42.");
        Assert.Equal(4, figures.Count);
        var target = findings.Single(f => f.Id.EndsWith("arsip-target", StringComparison.Ordinal));
        Assert.Equal(FindingStatus.Mismatch, target.Status); // the target printed is 87,14
        Assert.All(findings.Where(f => f != target), f => Assert.Equal(FindingStatus.Match, f.Status));
    }

    [Fact]
    public void Ambiguous_statements_make_no_figure_and_are_listed()
    {
        var (figures, _, skipped) = Read(
            YearTable("Indeks Layanan Arsip\t54,83\t56,67\t57,48", "Indeks Kepuasan Warga\t84,09\t84,23\t84,61"),
            "Dari tahun 2022 ke tahun 2023 meningkat sebesar 1,84. Dari tahun 2022 ke tahun 2023 Indeks Risiko Bencana naik sebesar 3,1. Dari tahun 2021 ke tahun 2022 Indeks Layanan Arsip naik sebesar 2,00.");
        Assert.Empty(figures);
        Assert.NotNull(skipped);
        Assert.Contains("no row of table 7.1 is named", skipped, StringComparison.Ordinal);
        Assert.Contains("'Indeks Risiko' is not a row", skipped, StringComparison.Ordinal);
        Assert.Contains("for the year 2021", skipped, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_label_on_two_rows_is_ambiguous()
    {
        var (figures, _, skipped) = Read(
            YearTable("Indeks Layanan Arsip\t54,83\t56,67\t57,48", "Indeks Layanan Arsip\t84,09\t84,23\t84,61"),
            "Dari tahun 2022 ke tahun 2023 Indeks Layanan Arsip naik sebesar 1,84.");
        Assert.Empty(figures);
        Assert.Contains("two rows of table 7.1 are named", skipped, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_inside_the_rounding_box_of_its_inputs_is_not_judged()
    {
        // 0,36 and 0,34 may be 0,3649… and 0,3350: their difference lies in [0,01; 0,03]; "0,025" cannot be judged.
        var (figures, _, skipped) = Read(
            YearTable("Indeks Layanan Arsip\t0,34\t0,36\t0,35"),
            "Dari tahun 2022 ke tahun 2023 Indeks Layanan Arsip naik sebesar 0,025.");
        Assert.Empty(figures);
        Assert.Contains("too coarse", skipped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dari tahun 2022 ke tahun 2023 Indeks Layanan Arsip naik sebesar 99999999999999999999999999999999999.")]
    [InlineData("Dari tahun 2022 ke tahun 2023 Indeks Layanan Arsip naik sebesar -.")]
    [InlineData("sebesar sebesar sebesar 1,2,3,4 poin poin % persen dari target dari Provinsi lebih rendah lebih tinggi")]
    [InlineData("((((((((((Indeks Layanan Arsip))))))))) tahun 2022 ke tahun tahun 2023 ke ke naik sebesar")]
    [InlineData("Dari tahun 9999 ke tahun 0000 Indeks Layanan Arsip naik sebesar 1,84 dari target sebesar")]
    [InlineData("\u202e Indeks Layanan Arsip naik sebesar 1,84\u200b%")]
    public void Hostile_paragraphs_make_no_figure_and_do_not_crash(string paragraph)
    {
        var (figures, _, _) = Read(CapaianTable("Indeks Layanan Arsip\t87,14\t88,42\t101,47%"), paragraph);
        Assert.DoesNotContain(figures, f => f.Reported is null || Math.Abs(f.Reported.Value) > 1e20m);
        Assert.True(figures.Count <= 1);
    }

    [Fact]
    public void A_long_hostile_paragraph_is_read_quickly_enough_to_finish()
    {
        string paragraph = string.Concat(Enumerable.Repeat("Indeks Layanan Arsip naik sebesar 1,84 dari ", 2000));
        var (figures, _, _) = Read(CapaianTable("Indeks Layanan Arsip\t87,14\t88,42\t101,47%"), paragraph);
        Assert.All(figures, f => Assert.NotNull(f.Reported));
    }

    // ---- properties ---------------------------------------------------------------------------------------------

    private static Gen<decimal> Hundredths => Gen.Choose(100, 99_999).Select(v => v / 100m);

    /// <summary>A statement worked out from a random table is never a mismatch, whatever the direction.</summary>
    [Property(MaxTest = 60)]
    public Property A_statement_generated_from_its_table_is_never_a_mismatch() =>
        Prop.ForAll(Arb.From(Gen.Zip(Hundredths, Hundredths)), pair =>
        {
            var (a, b) = pair;
            decimal change = b - a;
            string word = change >= 0 ? "naik" : "turun";
            var (figures, findings, _) = Read(
                YearTable($"Indeks Layanan Arsip\t{Printed(a)}\t{Printed(b)}\t{Printed(b)}"),
                $"Dari tahun 2022 ke tahun 2023 Indeks Layanan Arsip {word} sebesar {Printed(Math.Abs(change))}.");
            return figures.Count == 1 && findings.All(f => f.Status == FindingStatus.Match);
        });

    /// <summary>A statement off by more than the rounding box (two units in the last place) is always a mismatch.</summary>
    [Property(MaxTest = 60)]
    public Property A_statement_beyond_the_rounding_box_is_always_a_mismatch() =>
        Prop.ForAll(Arb.From(Gen.Zip(Gen.Zip(Hundredths, Hundredths), Gen.Choose(3, 500))), input =>
        {
            var ((a, b), off) = input;
            decimal stated = Math.Abs(b - a) + off / 100m;
            string word = b >= a ? "naik" : "turun";
            var (figures, findings, _) = Read(
                YearTable($"Indeks Layanan Arsip\t{Printed(a)}\t{Printed(b)}\t{Printed(b)}"),
                $"Dari tahun 2022 ke tahun 2023 Indeks Layanan Arsip {word} sebesar {Printed(stated)}.");
            return figures.Count == 1 && findings.Single().Status == FindingStatus.Mismatch;
        });

    /// <summary>A value below 1000 as the report prints it ("56,67").</summary>
    private static string Printed(decimal value) =>
        value.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');
}
