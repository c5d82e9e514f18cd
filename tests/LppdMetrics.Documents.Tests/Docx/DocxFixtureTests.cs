using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Tests.Docx;

public class DocxFixtureTests
{
    /// <summary>Renders the seed to DOCX, with ruled tables or (<paramref name="borders"/> false) tables with no
    /// borders; with LPPD_WRITE_FIXTURES=1 (tests/TestData/documents/make-fixtures.sh) also writes it as the
    /// committed fixture (<c>lppd-kabupaten-blitar-2024.docx</c> or <c>lppd-kabupaten-blitar-2024-borderless.docx</c>).</summary>
    private static byte[] RenderSeed(bool borders = true)
    {
        using var ms = new MemoryStream();
        DocxWriter.Write(CrossFormat.SeedText(), ms, borders, runningHeader: "Laporan Penyelenggaraan Pemerintahan Daerah Kabupaten Blitar Tahun 2024");
        var bytes = ms.ToArray();
        if (Environment.GetEnvironmentVariable("LPPD_WRITE_FIXTURES") == "1")
            File.WriteAllBytes(CrossFormat.Fixture(borders ? "lppd-kabupaten-blitar-2024.docx" : "lppd-kabupaten-blitar-2024-borderless.docx"), bytes);
        return bytes;
    }

    /// <summary>
    /// A small report of eight capaian tables (Tabel 3.1–3.8, each 84 / 80 = 105,00 % and (2·10 − 9) / 10 = 110,00 %;
    /// Tabel 3.3 prints 111,00 %) and paragraphs between them, in 13 pt text so that the running header ("Laporan …
    /// Kabupaten Tanjungsari Tahun 2024") wraps over two lines on every page: the fixture
    /// <c>lppd-wrapped-running-header.docx</c> (written with LPPD_WRITE_FIXTURES=1, printed to PDF by make-fixtures.sh).
    /// </summary>
    internal static (DocumentContent Text, byte[] Docx) WrappedRunningHeader()
    {
        var sb = new System.Text.StringBuilder("## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN TANJUNGSARI TAHUN 2024\n\n");
        for (int i = 1; i <= 8; i++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"**Tabel 3.{i}**  \n**Realisasi kinerja sasaran {i}**\n\n");
            sb.Append("No.\tIndikator Kinerja\tTarget\tRealisasi\t%\n1\tIndeks Kepuasan Masyarakat\t80\t84\t105,00%\n");
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"2\tPersentase Penduduk Miskin\t10\t9\t{(i == 3 ? "111,00" : "110,00")}%\n\n");
            sb.Append(string.Concat(Enumerable.Repeat("Capaian kinerja sasaran ini dihitung dari realisasi dan target indikatornya sesuai dengan ketentuan yang berlaku. ", 6))).Append("\n\n");
        }
        var text = TextDocumentReader.ReadText(sb.ToString(), "lppd-wrapped-running-header.txt");
        using var ms = new MemoryStream();
        DocxWriter.Write(text, ms, borders: true, "Laporan Penyelenggaraan Pemerintahan Daerah Kabupaten Tanjungsari Tahun 2024", fontHalfPoints: 26);
        var bytes = ms.ToArray();
        if (Environment.GetEnvironmentVariable("LPPD_WRITE_FIXTURES") == "1")
            File.WriteAllBytes(CrossFormat.Fixture("lppd-wrapped-running-header.docx"), bytes);
        return (text, bytes);
    }

    [Fact]
    public void The_committed_wrapped_header_docx_holds_the_text_tables()
    {
        var (text, _) = WrappedRunningHeader();
        var committed = CrossFormat.Read(new DocxDocumentReader(), CrossFormat.Fixture("lppd-wrapped-running-header.docx"));
        Assert.Null(CrossFormat.FirstDifference(CrossFormat.Tables(text), CrossFormat.Tables(committed)));
    }

    [Fact]
    public void The_committed_borderless_seed_docx_holds_the_text_tables_with_no_borders()
    {
        var rendered = RenderSeed(borders: false);
        string path = CrossFormat.Fixture("lppd-kabupaten-blitar-2024-borderless.docx");
        Assert.Null(CrossFormat.FirstDifference(CrossFormat.Tables(CrossFormat.SeedText()), CrossFormat.Tables(CrossFormat.Read(new DocxDocumentReader(), path))));
        Assert.Null(CrossFormat.FirstDifference(CrossFormat.Tables(CrossFormat.SeedText()),
            CrossFormat.Tables(new DocxDocumentReader().Read(new MemoryStream(rendered), null))));
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        string xml = reader.ReadToEnd();
        Assert.Contains("<w:tbl>", xml);
        Assert.DoesNotContain("tblBorders", xml);
    }

    [Fact]
    public void The_seed_rendered_to_docx_reads_back_with_the_text_tables_and_paragraphs()
    {
        var text = CrossFormat.SeedText();
        var docx = new DocxDocumentReader().Read(new MemoryStream(RenderSeed()), "seed.docx");
        Assert.Null(CrossFormat.FirstDifference(CrossFormat.Tables(text), CrossFormat.Tables(docx)));
        Assert.Equal(CrossFormat.Paragraphs(text), CrossFormat.Paragraphs(docx));
    }

    [Fact]
    public void The_committed_seed_docx_holds_the_text_tables_with_real_merges()
    {
        string path = CrossFormat.Fixture("lppd-kabupaten-blitar-2024.docx");
        var docx = CrossFormat.Read(new DocxDocumentReader(), path);
        Assert.Null(CrossFormat.FirstDifference(CrossFormat.Tables(CrossFormat.SeedText()), CrossFormat.Tables(docx)));
        // Tabel 4.3.2.1 (seed lines 2878-2884): the sasaran is merged down and "Capaian Kinerja" across in the Word file
        string xml;
        using (var zip = System.IO.Compression.ZipFile.OpenRead(path))
        using (var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open()))
            xml = reader.ReadToEnd();
        Assert.Contains("<w:gridSpan w:val=\"5\" /></w:tcPr><w:p><w:pPr><w:spacing w:after=\"0\" /></w:pPr><w:r><w:t xml:space=\"preserve\">Capaian Kinerja", xml);
        Assert.Contains("<w:vMerge w:val=\"restart\" /></w:tcPr><w:p><w:pPr><w:spacing w:after=\"0\" /></w:pPr><w:r><w:t xml:space=\"preserve\">Meningkatnya Efisiensi dan Efektifitas Serta Akuntabilitas Kinerja Pemerintah Daerah", xml);
        var sakip = docx.Blocks.OfType<DocumentTable>().SelectMany(t => t.Rows).First(r => r.Cells.Any(c => c.Text == "Nilai SAKIP") && r.Cells.Any(c => c.Text == "94,60%"));
        var spbe = docx.Blocks.OfType<DocumentTable>().SelectMany(t => t.Rows).First(r => r.Cells.Any(c => c.Text == "Indeks SPBE") && r.Cells.Any(c => c.Text == "99,21%"));
        Assert.Equal(["", "", "Indeks SPBE", "3,8", "3,77", "99,21%"], spbe.Cells.Select(c => c.Text));
        Assert.Equal(sakip.Location.Table, spbe.Location.Table);
        Assert.Equal(sakip.Location.Row + 1, spbe.Location.Row);
    }

    /// <summary>A held-out report: a variant of the seed (<see cref="Variants.VariantAcceptanceTests.Build"/>)
    /// rendered to DOCX, committed as <c>{Fixture}.docx</c> and printed to <c>{Fixture}.pdf</c>.</summary>
    /// <param name="Fixture">The fixture's file name without extension.</param>
    /// <param name="Seed">The variant's random seed.</param>
    /// <param name="Region">The region's name (Blitar renamed).</param>
    /// <param name="Borders">Whether the tables are ruled.</param>
    /// <param name="FontHalfPoints">The body text size in half-points (wrapping differs with it).</param>
    internal sealed record HeldOutReport(string Fixture, int Seed, string Region, bool Borders, int FontHalfPoints)
    {
        /// <summary>Issue 16's held-out report: seed 7, Kabupaten Sukamaju, ruled tables, 9 pt.</summary>
        public static readonly HeldOutReport Sukamaju = new("lppd-variant-sukamaju", 7, "Sukamaju", true, 18);

        /// <summary>The second held-out report: seed 5, Kabupaten Wanasari, tables with no borders, 10 pt (cells wrap
        /// elsewhere).</summary>
        public static readonly HeldOutReport WanasariBorderless = new("lppd-variant-wanasari-borderless", 5, "Wanasari", false, 20);

        /// <summary>Sukamaju at 11 pt: cells and paragraphs wrap elsewhere, and a formula's legend ("$FK$  = Faktor
        /// Koreksi" lines) comes out of the PDF as a table with no borders.</summary>
        public static readonly HeldOutReport Sukamaju11 = new("lppd-variant-sukamaju-11pt", 7, "Sukamaju", true, 22);

        /// <summary>By fixture name.</summary>
        public static HeldOutReport Of(string fixture) => new[] { Sukamaju, WanasariBorderless, Sukamaju11 }.Single(h => h.Fixture == fixture);
    }

    /// <summary>A held-out report of issue 16 (another region, renumbered, rows reordered, tables split, numbers
    /// broken, 20 misprints injected), rendered to DOCX; with LPPD_WRITE_FIXTURES=1 also written as the committed
    /// fixture (make-fixtures.sh prints it to PDF).</summary>
    internal static (Variants.ReportVariant Variant, DocumentContent Text, byte[] Docx) HeldOut(HeldOutReport? which = null)
    {
        which ??= HeldOutReport.Sukamaju;
        var variant = Variants.VariantAcceptanceTests.Build(which.Seed, 20, which.Region);
        var text = TextDocumentReader.ReadText(variant.Render(), which.Fixture + ".txt");
        using var ms = new MemoryStream();
        DocxWriter.Write(text, ms, which.Borders, $"Laporan Penyelenggaraan Pemerintahan Daerah Kabupaten {which.Region} Tahun 2024", which.FontHalfPoints);
        var bytes = ms.ToArray();
        if (Environment.GetEnvironmentVariable("LPPD_WRITE_FIXTURES") == "1")
            File.WriteAllBytes(CrossFormat.Fixture(which.Fixture + ".docx"), bytes);
        return (variant, text, bytes);
    }

    [Theory]
    [InlineData("lppd-variant-sukamaju")]
    [InlineData("lppd-variant-wanasari-borderless")]
    [InlineData("lppd-variant-sukamaju-11pt")]
    public void The_committed_held_out_docx_holds_the_variant_text_tables(string fixture)
    {
        var (_, text, rendered) = HeldOut(HeldOutReport.Of(fixture));
        var committed = CrossFormat.Read(new DocxDocumentReader(), CrossFormat.Fixture(fixture + ".docx"));
        Assert.Null(CrossFormat.FirstDifference(CrossFormat.Tables(text), CrossFormat.Tables(committed)));
        Assert.Null(CrossFormat.FirstDifference(CrossFormat.Tables(text),
            CrossFormat.Tables(new DocxDocumentReader().Read(new MemoryStream(rendered), null))));
    }

    // ---- round-trip property: any generated document, rendered to DOCX and read back, gives the same rows ----

    private static readonly string[] Words = ["Capaian", "Target", "Realisasi", "Kinerja", "Jumlah", "Indeks", "SPBE", "Desa", "Mandiri", "Rp.", "%", "(BB)", "<b>", "</b>", "**", "&", "<", "\"", "é", "ü"];

    private static readonly Gen<string> CellGen = Gen.OneOf(
        Gen.Constant(""),
        Gen.Choose(0, 99999999).Select(n => (n / 100).ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.') + "," + (n % 100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Elements(Words).ArrayOf().SelectMany(ws => Gen.Elements(" ", "  ", " \t").Select(sep => string.Join(sep, ws))));

    private static readonly Gen<string[][]> TableGen =
        Gen.Choose(1, 6).SelectMany(width => Gen.Choose(1, 6).SelectMany(rows =>
            CellGen.ArrayOf(width).ArrayOf(rows)));

    private static readonly Gen<object[]> DocumentGen =
        Gen.OneOf(CellGen.Select(s => (object)("Tabel " + s)), TableGen.Select(t => (object)t)).ArrayOf();

    private static IEnumerable<object[]> Shrink(object[] blocks)
    {
        for (int i = 0; i < blocks.Length; i++) yield return [.. blocks[..i], .. blocks[(i + 1)..]];
        for (int i = 0; i < blocks.Length; i++)
        {
            if (blocks[i] is not string[][] table) continue;
            for (int r = 0; r < table.Length && table.Length > 1; r++) yield return [.. blocks[..i], (object)table.Where((_, k) => k != r).ToArray(), .. blocks[(i + 1)..]];
            for (int r = 0; r < table.Length; r++)
                for (int c = 0; c < table[r].Length; c++)
                    if (table[r][c].Length > 0)
                    {
                        var copy = table.Select(row => row.ToArray()).ToArray();
                        copy[r][c] = "";
                        yield return [.. blocks[..i], (object)copy, .. blocks[(i + 1)..]];
                    }
        }
    }

    private static DocumentContent ToContent(object[] blocks) =>
        new(null, DocumentFormatKind.Text, blocks.Select(b => b switch
        {
            string s => (DocumentBlock)new DocumentParagraph(s, new SourceLocation()),
            string[][] t => new DocumentTable(t.Select(r => new DocumentRow(r.Select(c => new DocumentCell(c, new SourceLocation())).ToList(), new SourceLocation())).ToList(), new SourceLocation()),
            _ => throw new InvalidOperationException(),
        }).ToList());

    [Property(MaxTest = 150)]
    public Property Any_document_rendered_to_docx_reads_back_with_the_same_rows() =>
        Prop.ForAll(Arb.From(DocumentGen, Shrink), blocks =>
        {
            var content = ToContent(blocks);
            using var ms = new MemoryStream();
            DocxWriter.Write(content, ms);
            var back = new DocxDocumentReader().Read(new MemoryStream(ms.ToArray()), null);
            return CrossFormat.FirstDifference(CrossFormat.Tables(content), CrossFormat.Tables(back)) is null
                && CrossFormat.Paragraphs(content).SequenceEqual(CrossFormat.Paragraphs(back))
                && back.Blocks.OfType<DocumentTable>().Select(t => t.Location.Table).SequenceEqual(Enumerable.Range(1, CrossFormat.Tables(content).Count).Select(i => (int?)i));
        });
}
