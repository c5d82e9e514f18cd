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
}
