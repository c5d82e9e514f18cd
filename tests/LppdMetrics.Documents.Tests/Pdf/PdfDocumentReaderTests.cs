using LppdMetrics.Documents.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LppdMetrics.Documents.Tests.Pdf;

public class PdfDocumentReaderTests
{
    /// <summary>
    /// A two-page PDF drawn by hand (coordinates in points, y up): a running header and a page footer on both
    /// pages; on page 1 a caption, then a bordered 3-column table whose first column is merged down over rows 2-3
    /// (no rule between them there), whose "Jumlah" label spans columns 1-2 (no rule between them in row 4), with
    /// "82,63" over "%" in one cell (the break at a space: "82,63%" fits the cell) and "1.234.567.890.123.45" over "6"
    /// in another (a number wider than its cell, 92.6 of 92 points, broken where the line is full); on page 2 the table goes on with its header
    /// row repeated, then a sentence wrapped over two lines.
    /// </summary>
    private static byte[] HandDrawnPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        void Text(PdfPageBuilder page, string text, double x, double y) => page.AddText(text, 9, new PdfPoint(x, y), font);
        void Grid(PdfPageBuilder page, double top, double[] rows, double[] xs, Func<int, int, bool>? skipV = null, Func<int, int, bool>? skipH = null)
        {
            // horizontal rules: the top edge, then each row's bottom edge, cell by cell (skipH(row, col) leaves one out)
            var ys = new List<double> { top };
            foreach (double h in rows) ys.Add(ys[^1] - h);
            for (int i = 0; i < ys.Count; i++)
                for (int j = 0; j + 1 < xs.Length; j++)
                    if (skipH is null || i == 0 || i == ys.Count - 1 || !skipH(i, j))
                        page.DrawLine(new PdfPoint(xs[j], ys[i]), new PdfPoint(xs[j + 1], ys[i]), 0.5);
            for (int i = 0; i + 1 < ys.Count; i++)
                for (int j = 0; j < xs.Length; j++)
                    if (skipV is null || j == 0 || j == xs.Length - 1 || !skipV(i, j))
                        page.DrawLine(new PdfPoint(xs[j], ys[i]), new PdfPoint(xs[j], ys[i + 1]), 0.5);
        }
        double[] xs = [60, 200, 300, 400];

        var p1 = builder.AddPage(595, 842);
        Text(p1, "Laporan Kabupaten Contoh 2024", 200, 800);
        Text(p1, "Tabel 4.1", 60, 700);
        // rows: header 20, row 2 30 (two-line cells), row 3 20, row 4 20; bottom of the table at 590
        Grid(p1, 680, [20, 30, 20, 20], xs,
            skipV: (i, j) => i == 3 && j == 1,               // "Jumlah" spans columns 1-2 in row 4
            skipH: (i, j) => i == 2 && j == 0);              // column 1 merged down over rows 2-3
        Text(p1, "Sasaran", 64, 666); Text(p1, "Target", 204, 666); Text(p1, "Capaian", 304, 666);
        Text(p1, "Meningkatnya", 64, 646); Text(p1, "82,63", 204, 646); Text(p1, "%", 204, 636);
        Text(p1, "1.234.567.890.123.45", 304, 646); Text(p1, "6", 304, 636);
        Text(p1, "Mutu Layanan", 64, 626);                  // the merged cell's second line falls in row 3's band
        Text(p1, "1,5", 204, 616); Text(p1, "2", 304, 616);
        Text(p1, "Jumlah", 64, 596); Text(p1, "9", 304, 596);
        Text(p1, "Halaman 1", 480, 40);

        var p2 = builder.AddPage(595, 842);
        Text(p2, "Laporan Kabupaten Contoh 2024", 200, 800);
        Grid(p2, 780, [20, 20], xs);
        Text(p2, "Sasaran", 64, 766); Text(p2, "Target", 204, 766); Text(p2, "Capaian", 304, 766);
        Text(p2, "Lanjutan", 64, 746); Text(p2, "4", 204, 746); Text(p2, "5", 304, 746);
        Text(p2, "Capaian kinerja sebesar 101,47% sedangkan realisasi anggaran sebesar 91,06% sehingga", 60, 700);
        Text(p2, "efisiensi sebesar 1,11.", 60, 689);
        Text(p2, "Halaman 2", 480, 40);
        return builder.Build();
    }

    /// <summary>
    /// A one-page PDF drawn by hand with a table that has no rules (coordinates in points, y up, 9 pt Helvetica,
    /// lines 10.3 points apart, cells' texts at x = 40, 90, 180, 250, 290): a caption; a header row; a row whose
    /// "Sasaran" is merged down over the next row (its text goes on beside the second indicator, in small letters);
    /// a label wrapped where the next word did not fit; "3.174." over "257" and "82,63" over "%" in narrow cells;
    /// then a paragraph.
    /// </summary>
    private static byte[] BorderlessPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        void Text(string text, double x, double y) => page.AddText(text, 9, new PdfPoint(x, y), font);
        Text("Tabel 4.2", 40, 720);
        double y = 700;
        Text("No", 40, y); Text("Sasaran", 90, y); Text("Ind.", 180, y); Text("Target", 250, y); Text("Cap.", 290, y);
        y -= 10.3;
        Text("1", 40, y); Text("Meningkatnya", 90, y); Text("IPM", 180, y); Text("72,5", 250, y); Text("101,2%", 290, y);
        y -= 10.3;
        Text("kualitas SDM", 90, y); Text("RLS", 180, y); Text("7,8", 250, y); Text("98,5%", 290, y);
        y -= 10.3;
        Text("2", 40, y); Text("Menurunnya", 90, y); Text("Penduduk", 180, y); Text("3.174.", 250, y); Text("82,63", 290, y);
        y -= 10.3;
        Text("kemiskinan daerah", 90, y); Text("miskin", 180, y); Text("257", 250, y); Text("%", 290, y);
        y -= 30;
        Text("Capaian kinerja sebesar 101,47% sedangkan realisasi anggaran sebesar 91,06% sehingga efisiensi 1,11.", 40, y);
        return builder.Build();
    }

    [Fact]
    public void A_table_with_no_rules_is_rebuilt_from_the_alignment_of_its_words()
    {
        var doc = Read(BorderlessPdf());
        Assert.Equal(["P", "T", "P"], doc.Blocks.Select(b => b is DocumentTable ? "T" : "P"));
        var table = doc.Blocks.OfType<DocumentTable>().Single();
        string[][] expected =
        [
            ["No", "Sasaran", "Ind.", "Target", "Cap."],
            ["1", "Meningkatnya kualitas SDM", "IPM", "72,5", "101,2%"],
            ["", "", "RLS", "7,8", "98,5%"],
            // "82,63" filled its cell, so the printer broke the cell's one token there: joined with no space
            ["2", "Menurunnya kemiskinan daerah", "Penduduk miskin", "3.174.257", "82,63%"],
        ];
        Assert.Equal(expected, table.Rows.Select(Cells).ToArray());
        var cell = table.Rows[3].Cells[3].Location;
        Assert.Equal((1, 1, 4, 4), (cell.Page!.Value, cell.Table!.Value, cell.Row!.Value, cell.Column!.Value));
        Assert.Equal("Tabel 4.2", ((DocumentParagraph)doc.Blocks[0]).Text);
    }

    [Fact]
    public void The_rest_of_a_merged_cell_broken_over_a_page_goes_back_to_the_cell()
    {
        static DocumentTable Table(params string[][] rows) =>
            new(rows.Select(r => new DocumentRow(r.Select(t => new DocumentCell(t, new LppdMetrics.Reports.SourceLocation())).ToList(), new LppdMetrics.Reports.SourceLocation())).ToList(), new LppdMetrics.Reports.SourceLocation());
        var before = Table(["No", "Sasaran", "Indikator", "Target"], ["1", "Meningkatkan Taraf", "Persentase PPKS", "11,7"]);
        var after = Table(["No", "Sasaran", "Indikator", "Target"], ["", "Kesejahteraan Sosial", "Pengeluaran Perkapita", "12.155"], ["", "", "Total", "3"]);
        var (joinedBefore, joinedAfter) = PdfLayoutAssembler.JoinMergedCells(before, after);
        Assert.Equal(["1", "Meningkatkan Taraf Kesejahteraan Sosial", "Persentase PPKS", "11,7"], Cells(joinedBefore.Rows[1]));
        Assert.Equal(["", "", "Pengeluaran Perkapita", "12.155"], Cells(joinedAfter.Rows[1]));
        Assert.Equal(["", "", "Total", "3"], Cells(joinedAfter.Rows[2]));
        // a first row with its key filled is a new row: nothing moves
        var keyed = Table(["No", "Sasaran", "Indikator", "Target"], ["2", "Menurunnya", "Indeks", "1,5"]);
        Assert.Same(keyed, PdfLayoutAssembler.JoinMergedCells(before, keyed).After);
    }

    private static DocumentContent Read(byte[] pdf, IProgress<PageProgress>? progress = null) =>
        new PdfDocumentReader(progress).Read(new MemoryStream(pdf), "drawn.pdf");

    private static string[] Cells(DocumentRow row) => row.Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void A_ruled_table_is_rebuilt_on_its_grid_with_merges_wraps_and_broken_numbers()
    {
        var doc = Read(HandDrawnPdf());
        Assert.Equal(DocumentFormatKind.Pdf, doc.Format);
        var tables = doc.Blocks.OfType<DocumentTable>().ToList();
        Assert.Equal(2, tables.Count);   // the part on page 2 is a table of its own, its repeated header kept, as text gives it
        string[][] expected =
        [
            ["Sasaran", "Target", "Capaian"],
            ["Meningkatnya Mutu Layanan", "82,63 %", "1.234.567.890.123.456"],
            ["", "1,5", "2"],
            ["Jumlah", "", "9"],
        ];
        Assert.Equal(expected, tables[0].Rows.Select(Cells).ToArray());
        Assert.Equal([["Sasaran", "Target", "Capaian"], ["Lanjutan", "4", "5"]], tables[1].Rows.Select(Cells).ToArray());
        var last = tables[1].Rows[1].Cells[2].Location;
        Assert.Equal((2, 2, 2, 3), (last.Page!.Value, last.Table!.Value, last.Row!.Value, last.Column!.Value));
        Assert.Equal(1, tables[0].Rows[1].Cells[0].Location.Page);
    }

    [Fact]
    public void Running_lines_are_dropped_and_wrapped_lines_make_one_paragraph()
    {
        var doc = Read(HandDrawnPdf());
        var paragraphs = doc.Blocks.OfType<DocumentParagraph>().Select(p => (p.Text, p.Location.Page)).ToList();
        Assert.Equal(
            [("Tabel 4.1", (int?)1), ("Capaian kinerja sebesar 101,47% sedangkan realisasi anggaran sebesar 91,06% sehingga efisiensi sebesar 1,11.", 2)],
            paragraphs);
        Assert.Equal(["P", "T", "T", "P"], doc.Blocks.Select(b => b is DocumentTable ? "T" : "P"));
    }

    [Fact]
    public void Progress_is_reported_per_page()
    {
        var seen = new List<PageProgress>();
        Read(HandDrawnPdf(), new SyncProgress(seen));
        Assert.Equal([new PageProgress(1, 2), new PageProgress(2, 2)], seen);
    }

    private sealed class SyncProgress(List<PageProgress> seen) : IProgress<PageProgress>
    {
        public void Report(PageProgress value) => seen.Add(value);
    }

    private static string FailureOf(byte[] pdf)
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read(pdf));
        Assert.DoesNotContain('\n', ex.Message);
        return ex.Message;
    }

    /// <summary>A PDF of <paramref name="pages"/> pages that each hold only an image, as a scanner makes.</summary>
    private static byte[] ScannedPdf(int pages)
    {
        // a 1x1 grey PNG
        byte[] png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==");
        var builder = new PdfDocumentBuilder();
        for (int i = 0; i < pages; i++)
        {
            var page = builder.AddPage(595, 842);
            page.AddPng(png, new PdfRectangle(0, 0, 595, 842));
        }
        return builder.Build();
    }

    [Fact]
    public void Scanned_encrypted_and_corrupt_pdfs_give_one_line()
    {
        Assert.Equal("no text layer on pages 1–3: scanned PDF, OCR is not supported.", FailureOf(ScannedPdf(3)));
        Assert.Contains("encrypted", FailureOf(File.ReadAllBytes(CrossFormat.Fixture("encrypted.pdf"))));
        var good = HandDrawnPdf();
        Assert.Contains("corrupt", FailureOf(good[..(good.Length / 3)]));
        Assert.Contains("corrupt", FailureOf("%PDF-1.7\nnot a pdf at all"u8.ToArray()));
    }

    [Fact]
    public void Page_lists_read_as_ranges()
    {
        Assert.Equal("page 4", PdfDocumentReader.PageList([4]));
        Assert.Equal("pages 1–180", PdfDocumentReader.PageList(Enumerable.Range(1, 180).ToList()));
        Assert.Equal("pages 2, 5–7, 9", PdfDocumentReader.PageList([2, 5, 6, 7, 9]));
    }

    [Fact]
    public void Recognizes_the_pdf_header_only()
    {
        var reader = new PdfDocumentReader();
        Assert.True(reader.Recognizes("%PDF-1.4\n"u8));
        Assert.True(reader.Recognizes("\r\n%PDF-1.7"u8));
        Assert.False(reader.Recognizes("PK\u0003\u0004"u8));
        Assert.False(reader.Recognizes("Tabel 1\tA"u8));
    }
}
