using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LppdMetrics.Audit;
using LppdMetrics.Documents.Reading;
using LppdMetrics.Documents.Recognition;

namespace LppdMetrics.Documents.Tests.Docx;

/// <summary>
/// Word layouts of other reports built like the seed (DOCX hunt of session 12): a report table inside a layout
/// table, header rows repeated on each page, revisions and fields holding numbers. Every expected value is worked out
/// by hand in the comments.
/// </summary>
public class DocxLayoutTests
{
    private static TableCell Cell(params OpenXmlElement[] content)
    {
        var cell = new TableCell(new TableCellProperties());
        foreach (var element in content) cell.Append(element);
        return cell;
    }

    private static TableCell Cell(string text) => Cell(Para(text));

    private static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static TableRow Row(params string[] cells) => new(cells.Select(Cell));

    /// <summary>A Word document of a title, then <paramref name="content"/>, audited.</summary>
    private static IReadOnlyList<AuditFinding> Audit(params OpenXmlElement[] content)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var body = new Body(Para("LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN CONTOH TAHUN 2025"));
            foreach (var element in content) body.Append(element);
            doc.AddMainDocumentPart().Document = new Document(body);
        }
        var read = new DocxDocumentReader().Read(new MemoryStream(ms.ToArray()), "layout.docx");
        return ReportAudit.Run(ReportRecognizer.Recognize(read).Report).Findings;
    }

    /// <summary>Tabel 3.1 of <c>reports/mini-lppd.txt</c> as a Word table: two indicators and their capaian, the
    /// first printed <paramref name="firstCapaian"/>.</summary>
    private static Table CapaianTable(string firstCapaian) => new(
        Row("No.", "Indikator Kinerja", "Target", "Realisasi", "%"),
        Row("1", "Indeks Kepuasan Masyarakat", "80", "84", firstCapaian),
        Row("2", "Persentase Penduduk Miskin", "10", "9", "110,00%"));

    private static AuditFinding Capaian(IReadOnlyList<AuditFinding> findings, decimal reported) =>
        Assert.Single(findings, f => f.Rule.StartsWith("capaian.", StringComparison.Ordinal) && f.Reported == reported);

    [Fact]
    public void A_report_table_inside_a_one_cell_layout_table_keeps_its_rows()
    {
        // 84 / 80 × 100 = 105,00 %, printed 106,00 %: a mismatch; 9 / 10 lower is better: (2·10 − 9) / 10 = 110,00 %
        // as printed. The code before flattened the framed table into the frame's one cell, so no figure was read.
        var frame = new Table(new TableRow(Cell(Para("Tabel 3.1"), Para("Realisasi kinerja sasaran"), CapaianTable("106,00%"), new Paragraph())));
        var findings = Audit(frame);
        var first = Capaian(findings, 106m);
        Assert.Equal(FindingStatus.Mismatch, first.Status);
        Assert.Equal(105m, first.Recomputed);
        Assert.Equal(FindingStatus.Match, Capaian(findings, 110m).Status);
    }

    private const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    [Fact]
    public void Numbers_in_revisions_and_fields_read_as_Word_shows_them()
    {
        // The realisation 84 typed as "8" + inserted "4" with a deleted "5" between; the target 80 as the result of a
        // field (its code "= 40*2" is not text); the capaian "105,00%" inside an inline content control. 84 / 80 × 100 =
        // 105,00 % as printed: a match, and the second row 9 / 10 lower is better (2·10 − 9) / 10 = 110,00 % printed
        // 111,00 %: a mismatch. Reading the deleted "5" would give 854 / 80 (1067,50 %); the field code, "40*280".
        var realized = new TableCell(new Paragraph($"<w:p {W}><w:r><w:t>8</w:t></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>5</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>4</w:t></w:r></w:ins></w:p>"));
        var target = new TableCell(new Paragraph($"<w:p {W}><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> = 40*2 </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>80</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"));
        var capaian = new TableCell(new Paragraph($"<w:p {W}><w:sdt><w:sdtPr><w:alias w:val=\"capaian\"/></w:sdtPr><w:sdtContent><w:r><w:t>105,00%</w:t></w:r></w:sdtContent></w:sdt></w:p>"));
        var table = new Table(
            Row("No.", "Indikator Kinerja", "Target", "Realisasi", "%"),
            new TableRow(Cell("1"), Cell("Indeks Kepuasan Masyarakat"), target, realized, capaian),
            Row("2", "Persentase Penduduk Miskin", "10", "9", "111,00%"));
        var findings = Audit(Para("Tabel 3.1"), Para("Realisasi kinerja sasaran"), table);
        var first = Capaian(findings, 105m);
        Assert.Equal(FindingStatus.Match, first.Status);
        var second = Capaian(findings, 111m);
        Assert.Equal(FindingStatus.Mismatch, second.Status);
        Assert.Equal(110m, second.Recomputed);
    }

    [Fact]
    public void A_two_level_header_with_merged_cells_names_the_capaian_columns()
    {
        // No. and Indikator merged down over two header rows (vMerge), "Tahun 2025" across Target | Realisasi | %
        // (gridSpan 3): 84 / 80 × 100 = 105,00 % printed 104,00 % (a mismatch); 9 / 10 lower is better = 110,00 % as printed.
        static TableCell Merged(string text, bool restart) => new(
            new TableCellProperties(restart ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge()), Para(text));
        var table = new Table(
            new TableRow(new TableRowProperties(new TableHeader()), Merged("No.", true), Merged("Indikator Kinerja", true),
                new TableCell(new TableCellProperties(new GridSpan { Val = 3 }), Para("Tahun 2025"))),
            new TableRow(new TableRowProperties(new TableHeader()), Merged("", false), Merged("", false), Cell("Target"), Cell("Realisasi"), Cell("%")),
            Row("1", "Indeks Kepuasan Masyarakat", "80", "84", "104,00%"),
            Row("2", "Persentase Penduduk Miskin", "10", "9", "110,00%"));
        var findings = Audit(Para("Tabel 3.1"), Para("Realisasi kinerja sasaran"), table);
        var first = Capaian(findings, 104m);
        Assert.Equal(FindingStatus.Mismatch, first.Status);
        Assert.Equal(105m, first.Recomputed);
        Assert.Equal(FindingStatus.Match, Capaian(findings, 110m).Status);
    }

    [Fact]
    public void A_text_box_is_read_once_not_in_both_of_its_alternate_forms()
    {
        // Word writes a text box twice: the DrawingML form (mc:Choice) and the VML form for older readers (mc:Fallback).
        // Only one is shown, so "Tabel 3.1" must be read once; reading both gave "Tabel 3.1 Tabel 3.1".
        const string box = "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\">"
            + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Tabel 3.1</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Tabel 3.1</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
            doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(box)));
        var read = new DocxDocumentReader().Read(new MemoryStream(ms.ToArray()), "box.docx");
        Assert.Equal("Tabel 3.1", Assert.Single(read.Blocks.OfType<DocumentParagraph>()).Text);
    }
}
