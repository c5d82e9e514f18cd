using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Accountability;
using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Reports;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Documents.Tests;

/// <summary>
/// Reproducers of the report hunt of session 8 (variants of the seed with one cell rewritten): a cell that is not a
/// number as printed must never be read as one (the figures it feeds are not checkable), and a numbered data row must
/// never be taken for a header row. Every expected value is worked out by hand in the comments.
/// </summary>
public class ReportHuntTests
{
    private static readonly Lazy<string[]> SeedLines = new(() =>
        File.ReadAllText(TestDataPath.Of("seed", "lppd-kabupaten-blitar-2024.txt")).Split('\n'));

    /// <summary>The seed with cell <paramref name="column"/> (1-based) of line <paramref name="line"/> replaced by <paramref name="text"/>, audited.</summary>
    private static (IReadOnlyList<AuditFinding> Findings, LppdReport Report) AuditSeedWith(int line, int column, string expectedCell, string text)
    {
        string[] lines = (string[])SeedLines.Value.Clone();
        string[] cells = lines[line - 1].Split('\t');
        Assert.Equal(expectedCell, cells[column - 1]);
        cells[column - 1] = text;
        lines[line - 1] = string.Join('\t', cells);
        var report = ReportRecognizer.Recognize(TextDocumentReader.ReadText(string.Join('\n', lines), "variant.txt")).Report;
        return (ReportAudit.Run(report).Findings, report);
    }

    /// <summary>A small report of one capaian table: Tabel 3.1 of <c>reports/mini-lppd.txt</c> with the target of its first row as <paramref name="target"/>.</summary>
    private static ExtractionResult MiniCapaian(string target) => ReportRecognizer.Recognize(TextDocumentReader.ReadText(
        "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN CONTOH TAHUN 2025\n\n**Tabel 3.1**  \n**Realisasi kinerja sasaran Meningkatnya Mutu Layanan**\n\n"
        + "No.\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\t%\n"
        + $"1\tMeningkatnya Mutu Layanan\tIndeks Kepuasan Masyarakat\t{target}\t84\t105,00%\n"
        + "\t\tPersentase Penduduk Miskin\t10\t9\t110,00%\n"
        + "Capaian Kinerja\t\t\t\t\t107,50%\n", "mini.txt"));

    [Theory]
    // Tabel 4.5.5 (seed lines 5221–5235): "1. Id 1" is the first data row; Satpol PP column 1+2+4+6+12+11+4+5+8+6+1+1 = 61,
    // printed 61 on line 5235. With the Id cell unreadable the total cannot be checked, never 61 against 60.
    [InlineData("1/1")]
    [InlineData("1O")]
    [InlineData("1e0")]
    public void An_unreadable_cell_in_the_first_numbered_row_makes_its_total_not_checkable(string text)
    {
        var (findings, _) = AuditSeedWith(5222, 3, "1", text);
        var total = Assert.Single(findings, f => f.Source == 5235 && f.Location?.Column == 3 && f.Rule == "sum");
        Assert.Equal(FindingStatus.NotCheckable, total.Status);
        Assert.Equal(61m, total.Reported);
    }

    [Fact]
    public void A_digit_letter_in_a_summed_column_is_not_read_as_its_leading_digit()
    {
        // Tabel 1.6 line 437: Dinas Koperasi, Usaha Kecil dan Menengah 8 | 10 | 5 | 23 (8 + 10 + 5 = 23). "1O" (a letter O
        // for the 0 of "10") must not be read as 1: the row total and the column total of Fungsional (line 489, 428)
        // are not checkable, never 23 against 14 or 428 against 419.
        var (findings, _) = AuditSeedWith(437, 5, "10", "1O");
        Assert.DoesNotContain(findings, f => f.Status == FindingStatus.Mismatch && f.Source is 437 or 489 && f.Location?.Column is 5 or 7);
        Assert.Equal(FindingStatus.NotCheckable, Assert.Single(findings, f => f.Source == 489 && f.Location?.Column == 5 && f.Rule == "sum").Status);
        var row = Assert.Single(findings, f => f.Source == 437 && f.Rule == "sum");
        Assert.Equal(FindingStatus.NotCheckable, row.Status);
    }

    [Theory]
    // "94e0", "1e5", "1,5e3": an exponent the parser would drop, leaving 94, 1 or 1,5
    [InlineData("80e0")]
    [InlineData("8e1")]
    [InlineData("0,8e2")]
    // a range: "80 s.d 90" read as 80 is a guess
    [InlineData("80 s.d 90")]
    [InlineData("79 s/d 80")]
    // a letter for a digit: "8O" is not 8
    [InlineData("8O")]
    // a raised footnote mark or power: "80<sup>1</sup>" is not 801 (held-out report hunt: read as 801 before, 84 / 801 =
    // 10,49 % against 105,00 %), "80 <sup>1)</sup>" not 801, "8<sup>0</sup>" not 80 by luck
    [InlineData("80<sup>1</sup>")]
    [InlineData("80 <sup>1)</sup>")]
    [InlineData("8<sup>0</sup>")]
    public void A_target_that_is_not_one_number_as_printed_is_not_checkable(string target)
    {
        // Indeks Kepuasan Masyarakat: 84 / 80 × 100 = 105,00 % with the target 80; any other reading of these targets
        // (80 from "80e0" or "8e1" is right by luck, 8 or 0,8 is not) is a guess, so the figure is not checkable.
        var result = MiniCapaian(target);
        var capaian = result.Report.Tables.SelectMany(t => t.Figures).Single(f => f.Source == 7 && f.Rule.StartsWith("capaian", StringComparison.Ordinal) && f.Rule != "capaian.mean");
        Assert.Null(capaian.Inputs[0].Value);
        var finding = ReportAudit.Run(result.Report).Findings.Single(f => f.Id == capaian.Id);
        Assert.Equal(FindingStatus.NotCheckable, finding.Status);
    }

    [Theory]
    // units the reports print after a space stay readable: 84 / 80 = 105,00 %
    [InlineData("80 th")]
    [InlineData("80 Menit")]
    [InlineData("80 jiwa/km2")]
    [InlineData("80 (Baik)")]
    public void A_number_with_a_unit_after_a_space_is_still_read(string target)
    {
        var result = MiniCapaian(target);
        var capaian = result.Report.Tables.SelectMany(t => t.Figures).Single(f => f.Source == 7 && f.Rule.StartsWith("capaian", StringComparison.Ordinal) && f.Rule != "capaian.mean");
        Assert.Equal(80m, capaian.Inputs[0].Value);
        Assert.Equal(FindingStatus.Match, ReportAudit.Run(result.Report).Findings.Single(f => f.Id == capaian.Id).Status);
    }

    /// <summary>The seed with the first <paramref name="printed"/> of line <paramref name="line"/> rewritten as <paramref name="text"/>, recognised.</summary>
    private static LppdReport SeedWithSentence(int line, string printed, string text)
    {
        string[] lines = (string[])SeedLines.Value.Clone();
        int at = lines[line - 1].IndexOf(printed, StringComparison.Ordinal);
        Assert.True(at >= 0, $"line {line} prints {printed}");
        lines[line - 1] = lines[line - 1][..at] + text + lines[line - 1][(at + printed.Length)..];
        return ReportRecognizer.Recognize(TextDocumentReader.ReadText(string.Join('\n', lines), "variant.txt")).Report;
    }

    /// <summary>The seed with the first <paramref name="printed"/> of line <paramref name="line"/> rewritten as <paramref name="text"/>, audited.</summary>
    private static IReadOnlyList<AuditFinding> AuditSeedSentence(int line, string printed, string text) =>
        ReportAudit.Run(SeedWithSentence(line, printed, text)).Findings;

    [Theory]
    // line 275: "… 2024 sebanyak 1.263.650 jiwa … 2023 sebanyak 1.253.550 jiwa sehingga naik sebanyak 10.100 jiwa … atau
    // sebesar 0,81%": 1.263.650 − 1.253.550 = 10.100 and 10.100 / 1.253.550 = 0,806 % → 0,81 %, both consistent as printed.
    // "1.010e+04" is not read as 1.010 (nor its "04" as 4), "1 .263.650" (a number cut by a space) not as 1.
    [InlineData(275, "10.100", "1.010e+04")]
    [InlineData(275, "1.263.650", "1\u00A0.263.650")]
    [InlineData(275, "1.263.650", "1.263. 650")]
    // line 1409: "… yakni sebesar 10.680 jiwa, dari 112.620 jiwa … menjadi 101.940 jiwa": 112.620 − 101.940 = 10.680.
    [InlineData(1409, "10.680", "1.068e+04")]
    // line 1451: TPT "sebesar 0,14% sehingga menjadi 4,77% dibandingkan tahun 2023 yang sebesar 4,91%": 4,77 − 4,91 = −0,14.
    [InlineData(1451, "4,91%", "4, 91%")]
    [InlineData(1451, "4,77%", "4\u00A0,77%")]
    // line 2380: HLS "dapat direalisasi sebesar 12,67": not 1 from "1 2,67".
    [InlineData(2380, "12,67", "1 2,67")]
    // line 2230: IPM "terealisasi 73,44" (Tabel 4.2.1, line 2210: 73,44): not 7 from "7 3,44".
    [InlineData(2230, "73,44", "7\u00A03,44")]
    // line 2924: "Persentase Desa Mandiri naik sebesar 10" (Tabel 4.3.2.2, line 2919: 29,09 − 19,09 = 10): not 1 from "1" + soft hyphen + "0".
    [InlineData(2924, "naik sebesar 10,", "naik sebesar 1\u00AD0,")]
    public void A_number_of_the_running_text_that_is_cut_or_glued_is_not_read_as_a_piece_of_itself(int line, string printed, string text)
    {
        var findings = AuditSeedSentence(line, printed, text);
        // the seed prints no mismatch on these lines; the rewritten number is either read whole or not read
        Assert.DoesNotContain(findings, f => f.Source == line && f.Status == FindingStatus.Mismatch);
    }

    [Fact]
    public void A_capaian_that_follows_neither_polarity_names_both_in_its_note()
    {
        // Seed line 1926: Persentase PPKS, target 9,19, realisasi 8,76, printed 104,68% (negative: (2·9,19 − 8,76)/9,19
        // = 104,68 %). Printed 107,68% instead, it follows neither: positive gives 8,76/9,19 = 95,32 %, negative 104,68 %.
        // The indicator is not in the catalogue, so the audit recomputes the positive one and the note names both.
        var (findings, report) = AuditSeedWith(1926, 6, "104,68%", "107,68%");
        var figure = report.Tables.SelectMany(t => t.Figures).Single(f => f.Source == 1926 && f.Rule.StartsWith("capaian", StringComparison.Ordinal) && f.Rule != "capaian.mean");
        Assert.Contains("follows neither (positive 95.32, negative 104.68): positive assumed", figure.Note, StringComparison.Ordinal);
        var finding = Assert.Single(findings, f => f.Id == figure.Id);
        Assert.Equal(FindingStatus.Mismatch, finding.Status);
        Assert.Equal(95.32m, finding.Recomputed);
    }


    // ---- an extra number in a sentence ---------------------------------------------------------------------------

    [Theory]
    // line 1847: "meningkat sebesar 0,53 %" is 8,69 − 8,16 (Tabel 4.1.2, line 1843). With "7,77%" beside it the
    // statement prints two numbers; 7,77 was read as the change (a false mismatch). Neither is checked now.
    [InlineData(1847, "meningkat sebesar 0,53 %", "meningkat sebesar 7,77% 0,53 %", "0.53", "7.77", "another number is printed beside 7,77")]
    // line 1881: "sebesar 0,41 dari realisasi Nasional" is 8,57 − 8,16 (line 1872). With "(2031)" before "dari", the
    // nation was not read and 0,41 was compared with the province named before it (9,79 − 8,16 = 1,63).
    [InlineData(1881, "0,41 dari realisasi", "0,41 (2031) dari realisasi", "0.41", "2031", null)]
    // line 2230: "Indeks Pembangunan Manusia terealisasi 73,44" (line 2210). With "2031" inside the name, 73,44 was
    // compared with the row of the sentence before, Indeks Pembangunan Gender (93,89, line 2209).
    [InlineData(2230, "Indeks Pembangunan Manusia terealisasi", "Indeks 2031 Pembangunan Manusia terealisasi", "73.44", "2031", "a number is printed inside the name of row 'Indeks Pembangunan Manusia'")]
    // line 1946: "Dari tahun 2023 ke tahun 2024 meningkat sebesar 2,16" is 10,92 − 8,76 (line 1942). With "tahun 2022"
    // before "ke", 2,16 was compared with 2022 → 2024 (11,31 − 8,76 = 2,55).
    [InlineData(1946, "Dari tahun 2023 ke tahun 2024", "Dari tahun 2023 tahun 2022 ke tahun 2024", "2.16", "2022", "another year is printed beside the years of the change")]
    // line 1409: "Penurunan … yakni sebesar 10.680 jiwa, dari 112.620 … menjadi 101.940" (101.940 − 112.620 = −10.680).
    // With "77" after "Penurunan", 77 was read as the change and 10.680 was not checked.
    [InlineData(1409, "Penurunan sangat", "Penurunan 77 sangat", "10680", "77", "two sizes (77, 10.680) follow one word of direction")]
    // line 1405: the change Rp.521.000 against the base "tahun 2023 sebesar Rp.11.449.000". With "2031" before the
    // base, the base was left unread and "atau sebesar 4,5%" was taken for it (12.050.000 − 4,5).
    [InlineData(1405, "sebesar Rp.11.449.000", "sebesar 2031 Rp.11.449.000", "521000", "2031", null)]
    // line 2380: "dari 72,31 tahun (2010) menjadi 75,32 tahun (2024) atau naik sebesar 3,01" (75,32 − 72,31 = 3,01).
    // With the footnote mark "7)" after "menjadi", 7 was read as the level after (7 − 72,31).
    [InlineData(2380, "menjadi 75,32", "menjadi 7) 75,32", "3.01", "7", null)]
    // line 1905: efficiency 100,37 / 97,35 = 1,03. With "7,77%" beside 97,35%, 7,77 was read as the budget realisation.
    [InlineData(1905, "diperoleh sebesar 97,35%", "diperoleh sebesar 7,77% 97,35%", "1.03", "7.77", null)]
    // line 1455: 272.221 orang atau 36,39% of 695.845 (line 1469). With "77 orang" after the count, 77 was read as the
    // part (77 / 695.845) and the printed 272.221 was not checked.
    [InlineData(1455, "272.221 orang atau", "272.221 orang 77 orang atau", "36.39", "77", "another number is printed beside 77 or 36,39%")]
    // line 2380: "tidak mencapai target sebesar 0,39" is the gap 8,26 − 7,87 (line 2342). With "2031" after
    // "mencapai", "target sebesar 0,39" was read as the target, 0,39 against 8,26.
    [InlineData(2380, "tidak mencapai target sebesar 0,39", "tidak mencapai 2031 target sebesar 0,39", "0.39", "2031", "a number is printed inside the words of the statement")]
    // line 3295: "Pengeluaran Perkapita naik sebesar 498" is 11.499 − 11.001 (line 3291). With "77 orang" inside the
    // name, 498 was compared with Tingkat Pengangguran Terbuka, named before it (4,91 − 5,45).
    [InlineData(3295, "Pengeluaran Perkapita naik sebesar 498", "Pengeluaran 77 orang Perkapita naik sebesar 498", "498", "77", "a number is printed inside the name of row 'Pengeluaran Perkapita (000)'")]
    public void An_extra_number_in_a_seed_statement_leaves_it_unchecked_never_paired_with_other_cells(
        int line, string printed, string text, string statement, string extra, string? reason)
    {
        var report = SeedWithSentence(line, printed, text);
        decimal stated = decimal.Parse(statement, CultureInfo.InvariantCulture), inserted = decimal.Parse(extra, CultureInfo.InvariantCulture);
        var figures = report.Tables.SelectMany(t => t.Figures).Where(f => f.Source == line).ToList();
        // the statement is not checked (against any cells), and the extra number is neither a statement nor an input
        Assert.DoesNotContain(figures, f => f.Reported is { } r && Math.Abs(r) == stated);
        Assert.DoesNotContain(figures, f => f.Reported is { } r && Math.Abs(r) == inserted);
        Assert.DoesNotContain(figures, f => f.Inputs.Any(i => i.Value == inserted && i.Source == line));
        if (reason is not null)
            Assert.Contains(reason, report.Tables.Single(t => t.Id == "text").Note, StringComparison.Ordinal);
    }

    [Theory]
    // line 1847: "(2031)" after "0,53 %" annotates it: still 8,69 → 8,16 (line 1843), size only ("kinerja … meningkat").
    [InlineData(1847, "sebesar 0,53 %.", "sebesar 0,53 % (2031).", "text/1847/persentase-penduduk-miskin-perubahan-2023-2024", "8.69;8.16")]
    // line 1881: the province gap of the same sentence keeps its cells, 9,79 and 8,16 (line 1872): 8,16 − 9,79 = −1,63.
    [InlineData(1881, "0,41 dari realisasi", "0,41 (2031) dari realisasi", "text/1881/persentase-penduduk-miskin-selisih-provinsi", "9.79;8.16")]
    // line 2380: a footnote mark after the row's name: "(RLS) 1) dapat direalisasi sebesar 7,87" is still the realisasi
    // 7,87 of Rata-rata Lama Sekolah (line 2342).
    [InlineData(2380, "(RLS) dapat", "(RLS) 1) dapat", "text/2380/rata-rata-lama-sekolah-rls-realisasi", "7.87")]
    // line 3295: a year elsewhere in the sentence: "Pengeluaran Perkapita naik sebesar 521" is 12.020 − 11.499 (line 3291).
    [InlineData(3295, "Pada tahun 2023 ke tahun 2024", "Pada tahun 2023 ke tahun 2024 (data 2025)", "text/3295/pengeluaran-perkapita-000-perubahan-2023-2024", "11499;12020")]
    public void An_extra_number_that_takes_no_place_of_the_statement_leaves_its_pairing(int line, string printed, string text, string id, string inputs)
    {
        var report = SeedWithSentence(line, printed, text);
        var figure = report.Tables.SelectMany(t => t.Figures).Single(f => f.Id == id);
        Assert.Equal(inputs.Split(';').Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)), figure.Inputs.Select(i => i.Value!.Value));
        Assert.Equal(FindingStatus.Match, ReportAudit.Run(report).Findings.Single(f => f.Id == id).Status);
    }

    /// <summary>The seed read once: its blocks, tables, the lower-is-better labels, and the statements' lines.</summary>
    private sealed record SeedStatements(DocumentContent Content, List<LogicalTable> Tables, IReadOnlySet<string> LowerIsBetter, int[] Lines);

    private static readonly Lazy<SeedStatements> Statements = new(() =>
    {
        var content = TextDocumentReader.ReadText(string.Join('\n', SeedLines.Value), "seed.txt");
        var tables = TableAssembler.Assemble(content);
        var report = ReportRecognizer.Recognize(content).Report;
        // as ReportRecognizer hands them to TextStatements: the labels of negative-polarity capaian figures
        var lowerIsBetter = report.Tables.SelectMany(t => t.Figures)
            .Where(f => f.Rule == FigureKinds.Achievement && f.Polarity == Polarity.Negative && f.Label.LastIndexOf(": ", StringComparison.Ordinal) > 0)
            .Select(f => TextStatements.Normalized(f.Label[..f.Label.LastIndexOf(": ", StringComparison.Ordinal)])).ToHashSet(StringComparer.Ordinal);
        int[] lines = [.. report.Tables.Single(t => t.Id == "text").Figures.Select(f => f.Source!.Value).Distinct().Order()];
        return new SeedStatements(content, tables, lowerIsBetter, lines);
    });

    /// <summary>
    /// The figures the running-text readers state on <paramref name="line"/>, with that paragraph's text replaced by
    /// <paramref name="text"/>. They read the blocks from the table above the paragraph (or the heading before it, the
    /// earlier) to the next heading: all that a statement looks at, which keeps the property quick.
    /// </summary>
    private static List<ReportFigure> StatedOn(int line, string text)
    {
        var seed = Statements.Value;
        var all = seed.Content.Blocks;
        int at = Enumerable.Range(0, all.Count).Single(i => all[i] is DocumentParagraph && all[i].Location.Line == line);
        var starts = seed.Tables.Select(t => t.Location).ToHashSet();
        bool Heading(int i) => all[i] is DocumentParagraph p && StatedAmounts.IsHeading(PrintedCell.Plain(p.Text));
        int table = at, heading = at, end = at + 1;
        while (table > 0 && !(all[table] is DocumentTable t && starts.Contains(t.Location))) table--;
        while (heading > 0 && !Heading(heading)) heading--;
        while (end < all.Count && !Heading(end)) end++;
        int start = Math.Min(table, heading);
        var blocks = all.Skip(start).Take(end - start).Select(b => b.Location.Line == line && b is DocumentParagraph p ? p with { Text = text } : b).ToList();
        var content = seed.Content with { Blocks = blocks };
        return PrintedCell.Remembering(() =>
        {
            var all = EfficiencyStatements.Recognize(content);
            all.AddRange(TextStatements.Recognize(content, seed.Tables, seed.LowerIsBetter).Figures);
            all.AddRange(ShareStatements.Recognize(content, seed.Tables).Figures);
            all.AddRange(ChangeStatements.Recognize(content).Figures);
            return all.Where(f => f.Source == line).ToList();
        });
    }

    private static string Pairing(ReportFigure f) =>
        string.Create(CultureInfo.InvariantCulture, $"{f.Rule} {f.Reported} ← {string.Join(", ", f.Inputs.Select(i => $"{i.Value}@{i.Source}"))}");

    /// <summary>Extra numbers whose values no statement line of the seed prints: a year, a count, a percentage, a footnote mark.</summary>
    private static readonly (string Text, decimal Value)[] Extras =
        [("2031", 2031m), ("(2031)", 2031m), ("tahun 2031", 2031m), ("77", 77m), ("77 orang", 77m), ("7,77%", 7.77m), ("(7,77%)", 7.77m), ("7)", 7m), ("7.777", 7777m), ("Rp.7.777", 7777m)];

    /// <summary>
    /// An extra number inserted anywhere in a sentence of the seed that states figures never shifts what the sentence's
    /// own numbers are compared with: every figure the line still states for one of its numbers is one the unmodified
    /// seed states (same rule, value and input cells; or the same with the size only), never the same number against
    /// other cells. Inserted right beside a word with a digit, the extra number takes no statement's place: it is
    /// neither stated nor an input. (Elsewhere it may make a statement of its own, "naik 77 jika dibandingkan dengan
    /// … 1.253.550", which the audit then checks as the text says.)
    /// </summary>
    [Property(MaxTest = 300)]
    public Property An_extra_number_never_shifts_what_a_seed_statement_is_compared_with() =>
        Prop.ForAll(Shrinkers.Choose(0, Statements.Value.Lines.Length - 1), Shrinkers.Choose(0, 400), Shrinkers.Choose(0, Extras.Length - 1), (lineIndex, cut, extraIndex) =>
        {
            int line = Statements.Value.Lines[lineIndex];
            string text = SeedLines.Value[line - 1];
            var (extra, value) = Extras[extraIndex];
            int[] spaces = [.. Enumerable.Range(0, text.Length).Where(i => text[i] == ' '), text.Length];
            int at = spaces[cut % spaces.Length];
            string changed = text[..at] + " " + extra + text[at..];
            var before = StatedOn(line, text);
            var after = StatedOn(line, changed);
            var pairings = before.Select(Pairing).ToHashSet(StringComparer.Ordinal);
            bool besideNumber = text[..at].Split(' ')[^1].Any(char.IsAsciiDigit) || text[at..].TrimStart().Split(' ')[0].Any(char.IsAsciiDigit);
            var wrong = after.Where(f =>
            {
                bool extraStated = f.Reported is { } r && Math.Abs(r) == value && !before.Any(b => b.Reported is { } br && Math.Abs(br) == value);
                bool extraInput = f.Inputs.Any(i => i.Value == value && i.Source == line) && !before.Any(b => b.Inputs.Any(i => i.Value == value));
                if (extraStated || extraInput) return besideNumber;
                return !pairings.Contains(Pairing(f)) && !(f.Magnitude && before.Any(b => b.Rule == f.Rule && Math.Abs(b.Reported ?? 0) == Math.Abs(f.Reported ?? 0)
                    && b.Inputs.Select(i => (i.Value, i.Source)).SequenceEqual(f.Inputs.Select(i => (i.Value, i.Source)))));
            }).ToList();
            return (wrong.Count == 0).Label($"line {line}: \"…{changed[Math.Max(0, at - 60)..Math.Min(changed.Length, at + extra.Length + 60)]}…\" → {string.Join("; ", wrong.Select(Pairing))}");
        });

    /// <summary>
    /// Found by the property above when run for 25 000 cases (at 300 a run it failed about once in ten runs): line
    /// 517 states "3.859 orang (65,85%)", the share of the 3.859 S-1 graduates among 5.860 PNS (3 859 / 5 860 =
    /// 65,853… %). With a footnote-like "(7,77%)" inserted before it, 7,77 was read as that share and flagged against
    /// 65,85. Two numbers in parentheses one after the other: which one annotates the count cannot be told, so neither is read.
    /// </summary>
    [Fact]
    public void A_percentage_in_parentheses_before_another_is_not_taken_for_the_share_of_the_count()
    {
        const int line = 517;
        string text = SeedLines.Value[line - 1];
        string changed = text.Replace("3.859 orang (65,85%)", "3.859 orang (7,77%) (65,85%)", StringComparison.Ordinal);
        Assert.NotEqual(text, changed);
        Assert.Contains(StatedOn(line, text), f => f.Reported == 65.85m && f.Inputs.Any(i => i.Value == 3859m));
        Assert.DoesNotContain(StatedOn(line, changed), f => f.Reported == 7.77m || f.Reported == 65.85m);
    }
}
