using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LppdMetrics.Documents.Reading;

namespace LppdMetrics.Documents.Tests.Docx;

/// <summary>
/// A DOCX is read as Word prints it with its tracked changes accepted (hostile-input round 5): text hidden by a
/// character or paragraph style (directly or through <c>w:basedOn</c>), a table row deleted under tracked changes, and a
/// text box written twice as markup-compatibility alternatives. The code before read the hidden "1" before "90,00" as
/// 190,00 (a false mismatch of +100), the deleted row as a row of the table, and the text box's number twice.
/// </summary>
public class DocxPrintedViewTests
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";

    private static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Styled(string style, string text) => new(new RunProperties(new RunStyle { Val = style }), new Text(text));

    private static TableCell Cell(params OpenXmlElement[] paragraphs) => new(paragraphs);

    private static TableCell Cell(string text) => Cell(new Paragraph(Plain(text)));

    private static Style CharacterStyle(string id, string? basedOn, bool? vanish)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id };
        style.Append(new StyleName { Val = id });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (vanish is { } v) style.Append(new StyleRunProperties(new Vanish { Val = v }));
        return style;
    }

    private static List<DocumentRow> Rows()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            var hiddenParagraph = new Style(new StyleName { Val = "Sembunyi" }, new StyleRunProperties(new Vanish())) { Type = StyleValues.Paragraph, StyleId = "Sembunyi" };
            styles.Styles = new Styles(
                CharacterStyle("Tersembunyi", null, true),
                CharacterStyle("Turunan", "Tersembunyi", null), // hidden through w:basedOn
                CharacterStyle("Tampak", "Tersembunyi", false), // based on a hidden style, shown again
                hiddenParagraph);
            TableRow Row(string no, TableCell percent, TableRowProperties? properties = null)
            {
                var row = new TableRow(Cell(no), Cell("Program " + no), Cell("1.000.000"), Cell("900.000"), percent);
                if (properties is not null) row.PrependChild(properties);
                return row;
            }
            string box = "<w:txbxContent><w:p><w:r><w:t>90,00</w:t></w:r></w:p></w:txbxContent>";
            var textBox = new Paragraph($"<w:p {Namespaces}><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + $"<mc:Fallback><w:pict><v:rect><v:textbox>{box}</v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>");
            var table = new Table(
                new TableRow(Cell("No."), Cell("Program"), Cell("Anggaran"), Cell("Realisasi"), Cell("%")),
                Row("1", Cell(new Paragraph(Styled("Tersembunyi", "1"), Plain("90,00")))),
                Row("2", Cell(new Paragraph(Styled("Turunan", "1"), Plain("90,00")))),
                Row("3", Cell(new Paragraph(Styled("Tampak", "9"), Plain("0,00")))),
                Row("4", Cell(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Sembunyi" }), Plain("1")), new Paragraph(Plain("90,00")))),
                // a run of a hidden paragraph with w:vanish turned off on the run itself is printed
                Row("5", Cell(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Sembunyi" }), new Run(new RunProperties(new Vanish { Val = false }), new Text("90,00"))))),
                Row("6", Cell(textBox)),
                // deleted under tracked changes (its text left as ordinary runs): not printed once the changes are accepted
                Row("7", Cell("75,00"), new TableRowProperties(new Deleted { Id = "1", Author = "a" })));
            main.Document = new Document(new Body(new Paragraph(Plain("Tabel 3.2 Anggaran dan Realisasi Program")), table));
        }
        return new DocxDocumentReader().Read(new MemoryStream(ms.ToArray()), "laporan.docx").Blocks.OfType<DocumentTable>().Single().Rows.ToList();
    }

    [Fact]
    public void A_cell_reads_as_Word_prints_it_with_its_changes_accepted()
    {
        List<DocumentRow> rows = Rows();
        Assert.Equal(["No.", "1", "2", "3", "4", "5", "6"], rows.Select(r => r.Cells[0].Text));
        Assert.Equal(["%", "90,00", "90,00", "90,00", "90,00", "90,00", "90,00"], rows.Select(r => r.Cells[4].Text));
    }

    /// <summary>A one-table document whose styles part is <paramref name="styles"/> (raw XML) and whose only cell uses character style "A".</summary>
    private static DocumentContent WithStyles(string styles)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            using (var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(styles)))
                main.AddNewPart<StyleDefinitionsPart>().FeedData(stream);
            main.Document = new Document(new Body(new Table(new TableRow(Cell(new Paragraph(Styled("A", "90,00")))))));
        }
        return new DocxDocumentReader().Read(new MemoryStream(ms.ToArray()), "laporan.docx");
    }

    private const string StylesOpen = "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">";

    [Fact]
    public void Styles_based_on_each_other_in_a_loop_hide_nothing()
    {
        var content = WithStyles(StylesOpen + "<w:style w:type=\"character\" w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style></w:styles>");
        Assert.Equal("90,00", content.Blocks.OfType<DocumentTable>().Single().Rows[0].Cells[0].Text);
    }

    [Fact]
    public void A_styles_part_nested_too_deep_is_refused_not_a_stack_overflow()
    {
        // Reading the styles (for hidden text) parses word/styles.xml: 100 000 nested elements overflowed the stack
        // (exit 134) as they did in word/document.xml before its check.
        string deep = string.Concat(Enumerable.Repeat("<w:x>", 100_000)) + string.Concat(Enumerable.Repeat("</w:x>", 100_000));
        var ex = Assert.Throws<DocumentReadException>(() => WithStyles(StylesOpen + deep + "</w:styles>"));
        Assert.StartsWith("word/styles.xml nests its elements more than 256 deep", ex.Message, StringComparison.Ordinal);
    }
}
