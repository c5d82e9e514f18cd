using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LppdMetrics.Documents.Reading;

namespace LppdMetrics.Documents.Tests.Docx;

/// <summary>
/// The parts System.IO.Packaging reads whole when it opens a DOCX (relationships, content types) and the number of
/// entries are bounded before the package is opened (hostile-input round 5): an 8 MB file of 1.5 million external
/// relationships took 20 s and 1.1 GB, 100 000 empty entries 5 s and 170 MB.
/// </summary>
public class DocxArchiveLimitTests
{
    /// <summary>A valid one-paragraph document, then <paramref name="change"/> applied to its archive.</summary>
    private static byte[] Document(Action<ZipArchive> change)
    {
        var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
            doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("Tabel 3.1")))));
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
            change(zip);
        return ms.ToArray();
    }

    private static DocumentContent Read(byte[] bytes) => new DocxDocumentReader().Read(new MemoryStream(bytes), "laporan.docx");

    [Fact]
    public void A_relationship_part_inflating_past_16_MiB_is_refused()
    {
        byte[] bytes = Document(zip =>
        {
            zip.GetEntry("_rels/.rels")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("_rels/.rels").Open(), new UTF8Encoding(false));
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>");
            // 200 000 external relationships of about 110 bytes: 22 MB
            for (int i = 0; i < 200_000; i++)
                writer.Write($"<Relationship Id=\"x{i}\" Type=\"http://x/y\" Target=\"http://example.invalid/{i}\" TargetMode=\"External\"/>");
            writer.Write("</Relationships>");
        });
        var ex = Assert.Throws<DocumentReadException>(() => Read(bytes));
        Assert.Equal("_rels/.rels inflates to more than 16 MiB; a Word document's is a few KB.", ex.Message);
    }

    [Fact]
    public void An_archive_of_more_than_10_000_entries_is_refused_and_a_few_extra_are_read()
    {
        Assert.Equal("Tabel 3.1", Assert.Single(Read(Document(zip => zip.CreateEntry("media/extra.bin"))).Blocks.OfType<DocumentParagraph>()).Text);
        byte[] bytes = Document(zip =>
        {
            // the document's three entries ([Content_Types].xml, _rels/.rels, word/document.xml) and 10 000 more
            for (int i = 0; i < 10_000; i++)
                zip.CreateEntry($"media/{i}.bin");
        });
        var ex = Assert.Throws<DocumentReadException>(() => Read(bytes));
        Assert.StartsWith("the archive holds 10003 entries, over the limit of 10000", ex.Message, StringComparison.Ordinal);
    }
}
