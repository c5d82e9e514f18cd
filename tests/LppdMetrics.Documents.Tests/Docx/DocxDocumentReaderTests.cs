using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LppdMetrics.Documents.Reading;

namespace LppdMetrics.Documents.Tests.Docx;

public class DocxDocumentReaderTests
{
    private static TableCell Cell(string text, int span = 1, MergedCellValues? vmerge = null, bool continueMerge = false)
    {
        var properties = new TableCellProperties();
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (vmerge is not null) properties.Append(new VerticalMerge { Val = vmerge });
        else if (continueMerge) properties.Append(new VerticalMerge()); // <w:vMerge/> without val = continue
        var cell = new TableCell(properties);
        foreach (var line in text.Split('\n')) cell.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
        return cell;
    }

    /// <summary>The rows of the seed's Tabel 4.3.2.1 (lines 2878-2884), as Word holds them: the sasaran merged down
    /// over five rows, the "Capaian Kinerja" label across five columns, an indicator name typed over two paragraphs.</summary>
    private static byte[] SmallDocx()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var table = new Table(
                new TableGrid(new GridColumn(), new GridColumn(), new GridColumn(), new GridColumn(), new GridColumn(), new GridColumn()),
                new TableRow(Cell("No."), Cell("Sasaran Strategis"), Cell("Indikator Kinerja"), Cell("Target"), Cell("Realisasi"), Cell("%")),
                new TableRow(Cell("1", vmerge: MergedCellValues.Restart), Cell("Meningkatnya Efisiensi dan\nEfektifitas", vmerge: MergedCellValues.Restart), Cell("Nilai SAKIP"), Cell("71 (BB)"), Cell("67,16 (B)"), Cell("94,60%")),
                new TableRow(Cell("", continueMerge: true), Cell("", vmerge: MergedCellValues.Continue), Cell("Indeks  SPBE"), Cell("3,8"), Cell("3,77"), Cell("99,21%")),
                new TableRow(Cell("Capaian Kinerja", span: 5), Cell("112,278%")));
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("Tabel 4.3.2.1"))),
                new Paragraph(new Run(new Text("Realisasi kinerja "), new Text("sasaran"))),
                new Paragraph(),
                table,
                new Paragraph(new Run(new Text("Sumber: Kementerian PAN RB, 2024."))),
                new Table(new TableRow(Cell("A"), Cell("B")),
                          new TableRow(new TableRowProperties(new GridBefore { Val = 1 }), Cell("x")))));
        }
        return ms.ToArray();
    }

    private static DocumentContent Read(byte[] bytes) => new DocxDocumentReader().Read(new MemoryStream(bytes), "small.docx");

    [Fact]
    public void Paragraphs_and_tables_come_in_reading_order_with_merged_cells_on_the_grid()
    {
        var doc = Read(SmallDocx());
        Assert.Equal(DocumentFormatKind.Docx, doc.Format);
        Assert.Equal(["P:Tabel 4.3.2.1", "P:Realisasi kinerja sasaran", "T:1", "P:Sumber: Kementerian PAN RB, 2024.", "T:2"],
            doc.Blocks.Select(b => b is DocumentParagraph p ? "P:" + p.Text : "T:" + b.Location.Table));
        var t = (DocumentTable)doc.Blocks[2];
        string[][] expected =
        [
            ["No.", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "%"],
            ["1", "Meningkatnya Efisiensi dan Efektifitas", "Nilai SAKIP", "71 (BB)", "67,16 (B)", "94,60%"],
            ["", "", "Indeks SPBE", "3,8", "3,77", "99,21%"],
            ["Capaian Kinerja", "", "", "", "", "112,278%"],
        ];
        Assert.Equal(expected, t.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
        // the same rows as the seed's text form of the table (tab-separated), cell for cell
        var fromText = TextDocumentReader.ReadText(
            "No.\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\t%\n1\tMeningkatnya Efisiensi dan Efektifitas\tNilai SAKIP\t71 (BB)\t67,16 (B)\t94,60%\n\t\tIndeks SPBE\t3,8\t3,77\t99,21%\nCapaian Kinerja\t\t\t\t\t112,278%\n", null);
        Assert.Equal(((DocumentTable)fromText.Blocks[0]).Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray(),
            t.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
        var last = t.Rows[3].Cells[5].Location;
        Assert.Equal((1, 4, 6, (int?)null), (last.Table!.Value, last.Row!.Value, last.Column!.Value, last.Page));
        var second = (DocumentTable)doc.Blocks[4];
        Assert.Equal(["", "x"], second.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(2, second.Rows[1].Cells[1].Location.Column);
    }

    [Fact]
    public void A_nested_table_is_flattened_into_its_cell_and_not_counted()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var outer = new TableCell(new Paragraph(new Run(new Text("Program"))),
                new Table(new TableRow(Cell("a"), Cell("b")), new TableRow(Cell("c"), Cell("d"))), new Paragraph());
            main.Document = new Document(new Body(new Table(new TableRow(outer, Cell("9"))), new Table(new TableRow(Cell("z")))));
        }
        var content = Read(ms.ToArray());
        var tables = content.Blocks.OfType<DocumentTable>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(["Program a b c d", "9"], tables[0].Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(2, tables[1].Location.Table);
    }

    [Fact]
    public void Recognizes_zip_and_ole_heads_only()
    {
        var reader = new DocxDocumentReader();
        Assert.True(reader.Recognizes(SmallDocx().AsSpan(0, 64)));
        Assert.True(reader.Recognizes((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]));
        Assert.False(reader.Recognizes("%PDF-1.7"u8));
        Assert.False(reader.Recognizes("Tabel 1\tA"u8));
        Assert.False(reader.Recognizes(ReadOnlySpan<byte>.Empty));
    }

    private static string FailureOf(byte[] bytes)
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read(bytes));
        Assert.DoesNotContain('\n', ex.Message);
        return ex.Message;
    }

    [Fact]
    public void Corrupt_encrypted_and_non_word_files_give_one_line()
    {
        var good = SmallDocx();
        var truncated = good[..(good.Length / 2)];
        Assert.Contains("corrupt", FailureOf(truncated));

        Assert.Contains("password-protected", FailureOf([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]));
        Assert.Contains("no ZIP signature", FailureOf(Encoding.ASCII.GetBytes("hello")));

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        using (var w = new StreamWriter(archive.CreateEntry("xl/workbook.xml").Open()))
            w.Write("<workbook/>");
        Assert.Contains("no word/document.xml", FailureOf(zip.ToArray()));

        // a document.xml that is not XML
        using var broken = new MemoryStream();
        using (var archive = new ZipArchive(broken, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(archive.CreateEntry("[Content_Types].xml").Open()))
                w.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/></Types>");
            using (var w = new StreamWriter(archive.CreateEntry("_rels/.rels").Open()))
                w.Write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            using (var w = new StreamWriter(archive.CreateEntry("word/document.xml").Open()))
                w.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>unclosed");
        }
        Assert.Contains("corrupt", FailureOf(broken.ToArray()));
    }

    [Fact]
    public void A_zip_bomb_document_part_is_refused_before_it_is_inflated()
    {
        // 300 MiB of spaces compress to a few hundred KB; the declared size is over the 256 MiB limit
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        using (var s = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open())
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)' ');
            for (int i = 0; i < 300; i++) s.Write(chunk);
        }
        Assert.Contains("over the limit", FailureOf(zip.ToArray()));
    }
}
