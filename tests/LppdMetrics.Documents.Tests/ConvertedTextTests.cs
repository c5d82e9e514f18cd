using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;
using LppdMetrics.Documents.Tests.Variants;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Documents.Tests;

/// <summary>
/// The small report of lppd-wrapped-running-header (Kabupaten Tanjungsari 2024, Tabel 3.1–3.8, each 84 / 80 = 105,00 %
/// and, lower is better, (2·10 − 9) / 10 = 110,00 %; Tabel 3.3 prints 111,00 %) as converters write it
/// (tests/TestData/documents/converted, made by make-fixtures.sh): read as the report's tables, or refused in one line,
/// never audited from what is left of it.
/// </summary>
public class ConvertedTextTests(ITestOutputHelper output)
{
    private static string Converted(string kind) => TestDataPath.Of("documents", "converted", "lppd-wrapped-running-header." + kind);

    /// <summary>"table row status printed recomputed" of every capaian, in document order.</summary>
    private static List<string> Capaian(string path) =>
        ReportAudit.Run(ReportFile.Read(path).Report).Findings.Where(f => f.Rule.StartsWith("capaian.", StringComparison.Ordinal))
            .Select(f => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{f.Section[..9]} {f.Status} {f.Reported:0.00} {f.Recomputed:0.00}")).ToList();

    /// <summary>Worked out by hand from the report's numbers (the class comment).</summary>
    private static readonly List<string> Expected = Enumerable.Range(1, 8).SelectMany(t => new[]
    {
        $"Tabel 3.{t} Match 105.00 105.00",
        t == 3 ? "Tabel 3.3 Mismatch 111.00 110.00" : $"Tabel 3.{t} Match 110.00 110.00",
    }).ToList();

    [Theory]
    [InlineData("gfm.md")]
    [InlineData("grid.md")]
    [InlineData("pandoc.md")]
    // pandoc -t commonmark: every table as HTML (<table>); the code before refused the file ("names 8 tables but
    // holds no table row") and, with one table row elsewhere, would have audited that row only
    [InlineData("commonmark.md")]
    public void Markdown_with_the_tables_kept_is_audited_as_the_report(string kind)
    {
        Assert.Equal(Expected, Capaian(Converted(kind)));
        // pandoc wraps the title paragraph before its year ("… KABUPATEN TANJUNGSARI TAHUN" / "2024"): the code before
        // read each line on its own and found no year
        var report = ReportFile.Read(Converted(kind)).Report;
        Assert.Equal(("Kabupaten Tanjungsari", 2024), (report.Region, report.Year));
    }

    [Theory]
    // A held-out report (the seed made into Kabupaten Sukamaju with 20 misprints injected) written as pandoc writes its
    // Word file in GitHub Markdown: an empty header over every table, escaped cells, the running text wrapped at 72
    // columns. The injected misprints are flagged, no consistent figure is, and every figure of the tab-separated
    // variant is found with its status at the same seed line. The code before flagged the year of a header as a
    // part of a Jumlah, lost the totals of rows printing "\-", and read each wrapped line of a sentence on its own
    // (the statements of the running text lost, the report's title without its year).
    // Grid tables (pandoc -t markdown with the other table kinds off, wide columns): the code before read every line
    // of a grid as a table of its own between border paragraphs, and found none of the tables' figures.
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(2, true)]
    public void A_variant_written_by_pandoc_is_audited_as_its_seed_plus_its_misprints(int seed, bool grid)
    {
        var tabs = VariantAcceptanceTests.Build(seed, 20);
        var tabFindings = Located(tabs, ReportRecognizer.Recognize(TextDocumentReader.ReadText(tabs.Render(), "variant.txt")));
        var variant = VariantAcceptanceTests.Build(seed, 20).AsPandocMarkdown(72, grid);
        var extracted = ReportRecognizer.Recognize(TextDocumentReader.ReadText(variant.Render(), "variant.md"));
        Assert.Equal(("Kabupaten Sukamaju", 2024), (extracted.Report.Region, extracted.Report.Year));
        VariantAcceptanceTests.AssertAuditedAsSeedPlusMisprints(variant, extracted, output, "pandoc " + seed);
        var findings = Located(variant, extracted);
        Assert.Contains(findings, f => f.StartsWith("text ", StringComparison.Ordinal));
        Assert.Equal(tabFindings, findings);
    }

    [Fact]
    public void Html_tables_of_the_blitar_docx_are_read_cell_for_cell_and_audited_figure_for_figure_as_the_docx()
    {
        // pandoc -t commonmark writes the 290 tables of the Blitar DOCX as HTML: 237 cells merged down (rowspan), 265
        // across (colspan), bold as <strong>, "&amp;". The DOCX reader is the peer: the same rows, cell for cell, and
        // the same figures with the same statuses (797 findings). The code before read every line of those tables as
        // a paragraph and refused the file (exit 2, "the text names 88 tables … but holds no table row").
        var docx = CrossFormat.Read(new DocxDocumentReader(), CrossFormat.Fixture("lppd-kabupaten-blitar-2024.docx"));
        var html = CrossFormat.Read(new TextDocumentReader(), TestDataPath.Of("documents", "converted", "lppd-kabupaten-blitar-2024.commonmark.md"));
        var tables = CrossFormat.Tables(html);
        Assert.Equal(290, tables.Count);
        Assert.Null(CrossFormat.FirstDifference(CrossFormat.Tables(docx), tables));
        var fromDocx = CrossFormat.Audited(docx);
        var fromHtml = CrossFormat.Audited(html);
        Assert.True(fromDocx.Count > 700, $"only {fromDocx.Count} figures from the DOCX");
        Assert.Equal(fromDocx, fromHtml);
        Assert.Equal(ReportAudit.Run(ReportRecognizer.Recognize(docx).Report).Findings.Count, ReportAudit.Run(ReportRecognizer.Recognize(html).Report).Findings.Count);
    }

    /// <summary>"kind seed-line rule status reported" of every finding, sorted.</summary>
    private static List<string> Located(ReportVariant variant, ExtractionResult extracted) =>
        ReportAudit.Run(extracted.Report).Findings
            .Select(f => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{(f.Id.StartsWith("text/", StringComparison.Ordinal) ? "text" : "table")} {variant.Origin(f.Source ?? 0)} {f.Rule} {f.Status} {f.Reported}"))
            .Order(StringComparer.Ordinal).ToList();

    [Theory]
    // pdftotext -layout: columns aligned by spaces; pdftotext: one cell a line or a run of cells; LibreOffice's "plain
    // text": one cell a line. The code before audited nothing of their tables and said so nowhere (exit 0 here, exit 1
    // on the Blitar PDF's text, with its one share statement of the running text as the whole audit).
    [InlineData("layout.txt", 6)]
    [InlineData("pdftotext.txt", 6)]
    [InlineData("libreoffice.txt", 2)]
    public void Text_whose_tables_were_lost_in_conversion_is_refused_at_its_first_caption(string kind, int line)
    {
        var ex = Assert.Throws<DocumentReadException>(() => ReportFile.Read(Converted(kind)));
        Assert.Equal(line, ex.Location?.Line);
        Assert.StartsWith("the text names 8 tables (Tabel 3.1 first) but holds no table row", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aligned_columns_with_a_statement_of_the_running_text_are_refused_not_audited_from_the_statement()
    {
        // pdftotext -layout of the Blitar PDF, cut down: the code before audited its one share statement (3 of 5 860 PNS,
        // 0,02 % printed) as the whole report, exit 1, and said nothing of the tables it could not read
        string text = "PNS Kabupaten Blitar tercatat sejumlah 5.860 orang.\n\n"
            + "                                   Tabel 1.6\n"
            + "No    Nama Perangkat Dinas      Struktural    Fungsional    Pelaksana    Total\n"
            + "1     Sekretariat Daerah             16            19           74        109\n\n"
            + "S-3 yaitu sejumlah 3 orang atau 0,02% dari total PNS.\n\f"
            + "                                   Tabel 1.7\n"
            + "No    Uraian                       2023           2024\n";
        var ex = Assert.Throws<DocumentReadException>(() => ReportFile.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "blitar.layout.txt"));
        Assert.Equal(3, ex.Location?.Line);
    }

    [Fact]
    public void A_table_aligned_by_spaces_among_tab_separated_tables_is_refused_not_missed()
    {
        // Tabel 3.1 kept as tab-separated rows, Tabel 3.2 pasted as pdftotext -layout writes it: the code before audited
        // Tabel 3.1 alone (exit 0) and missed Tabel 3.2, whose 107,00 % is a misprint (84 / 80 = 105,00 %), without a word
        string text = "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN CONTOH TAHUN 2024\n\n"
            + "Tabel 3.1\nRealisasi kinerja sasaran 1\nNo.\tIndikator Kinerja\tTarget\tRealisasi\t%\n1\tIndeks Kepuasan Masyarakat\t80\t84\t105,00%\n\n"
            + "Tabel 3.2\nRealisasi kinerja sasaran 2\nNo.   Indikator Kinerja            Target   Realisasi   %\n"
            + "1     Indeks Kepuasan Masyarakat   80       84          107,00%\n";
        var ex = Assert.Throws<DocumentReadException>(() => ReportFile.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "mixed.txt"));
        Assert.Equal(11, ex.Location?.Line);
        Assert.StartsWith("Tabel 3.2 (line 8) has no table row but a line of columns aligned by spaces at line 11", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_text_naming_one_table_is_still_audited()
    {
        // an excerpt of the running text that names one table is no lost table: its statement is audited (3 of 5 860
        // PNS is 0,05 %, printed 0,02 %)
        string text = "Tabel 1.6 memuat jumlah ASN.\nPer 31 Desember 2024, PNS Kabupaten Blitar tercatat sejumlah 5.860 orang.\n"
            + "Strata pendidikan PNS yang tertinggi adalah S-3 yaitu sejumlah 3 orang atau 0,02% dari total PNS.\n";
        var finding = Assert.Single(ReportAudit.Run(ReportFile.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "excerpt.txt").Report).Findings);
        Assert.Equal(FindingStatus.Mismatch, finding.Status);
        Assert.Equal(0.05m, finding.Recomputed);
    }
}
