using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LppdMetrics.Documents.Reading;

namespace LppdMetrics.Documents.Tests.Docx;

/// <summary>
/// Test-side renderer of a <see cref="DocumentContent"/> into a DOCX as Word holds a report: each paragraph a Word
/// paragraph (markdown headings as Heading styles, <c>**…**</c> and <c>&lt;b&gt;</c> as bold runs, other tags
/// dropped), each table a real Word table with borders, its first row a header repeated on every page, a label in
/// the first column followed by empty cells merged across them (<c>w:gridSpan</c>), a header cell followed by
/// empty header cells merged across them, and an empty cell in the first three columns under a filled one merged
/// down (<c>w:vMerge</c>). Every merge is one the grid rule reads back as the same cells, so reading the DOCX gives
/// the rows of the source with its markup removed.
/// </summary>
public static partial class DocxWriter
{
    /// <summary>Writes <paramref name="content"/> as a DOCX into <paramref name="output"/>.</summary>
    /// <param name="content">The document to render.</param>
    /// <param name="output">Where the DOCX goes.</param>
    /// <param name="borders">Whether tables have ruled borders (a PDF reader then finds them from lines).</param>
    /// <param name="runningHeader">A running header on every page (the report title), or null for none; every
    /// page then also has a footer "Halaman N" with the page number field.</param>
    /// <param name="fontHalfPoints">The body text size in half-points (18 = 9 pt); a larger size wraps cells elsewhere.</param>
    public static void Write(DocumentContent content, Stream output, bool borders = true, string? runningHeader = null, int fontHalfPoints = 18)
    {
        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans" }, new FontSize { Val = fontHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) })),
                // Word's usual 8 pt after a paragraph (table cells set none)
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "160" }))),
            Heading(1, 28), Heading(2, 24), Heading(3, 22), Heading(4, 20));
        var body = new Body();
        DocumentBlock? previous = null;
        foreach (var block in content.Blocks)
        {
            switch (block)
            {
                case DocumentParagraph p:
                    body.Append(ParagraphOf(p.Text));
                    break;
                case DocumentTable t:
                    // Word joins two tables that touch; the text form had a blank line between them
                    if (previous is DocumentTable) body.Append(new Paragraph());
                    body.Append(TableOf(t, borders));
                    break;
            }
            previous = block;
        }
        var section = new SectionProperties();
        if (runningHeader is not null)
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Text(runningHeader))));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
                new Run(new Text("Halaman ") { Space = SpaceProcessingModeValues.Preserve }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
        }
        section.Append(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567 });
        body.Append(section);
        main.Document = new Document(body);
    }

    private static Style Heading(int level, int halfPoints) =>
        new(new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "Normal" },
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" };

    [GeneratedRegex(@"^(#{1,6})\s+")]
    private static partial Regex HeadingMark();

    [GeneratedRegex(@"<[^>]*>|\*\*")]
    private static partial Regex Markup();

    private static Paragraph ParagraphOf(string text)
    {
        var paragraph = new Paragraph();
        var heading = HeadingMark().Match(text);
        if (heading.Success)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{Math.Min(4, heading.Groups[1].Length)}" }));
            text = text[heading.Length..];
        }
        AppendRuns(paragraph, text);
        return paragraph;
    }

    /// <summary>Splits <paramref name="text"/> at its markup into runs: bold between <c>&lt;b&gt;</c> or <c>**</c>
    /// marks, other tags as a space.</summary>
    private static void AppendRuns(OpenXmlElement paragraph, string text)
    {
        bool bold = false;
        int at = 0;
        void Flush(int end)
        {
            if (end <= at) return;
            var run = new Run();
            if (bold) run.Append(new RunProperties(new Bold()));
            run.Append(new Text(text[at..end]) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }
        foreach (Match m in Markup().Matches(text))
        {
            Flush(m.Index);
            at = m.Index + m.Length;
            if (m.Value is "**") bold = !bold;
            else if (m.Value.Equals("<b>", StringComparison.OrdinalIgnoreCase)) bold = true;
            else if (m.Value.Equals("</b>", StringComparison.OrdinalIgnoreCase)) bold = false;
            else paragraph.Append(new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
        }
        Flush(text.Length);
    }

    private enum Merge { None, SpanCovered, Restart, Continue }

    private static Table TableOf(DocumentTable source, bool borders)
    {
        // every row on the whole grid, as Word holds a table: a short row gets empty cells at its end
        int width = source.Rows.Max(r => r.Cells.Count);
        var texts = source.Rows.Select(r => r.Cells.Select(c => c.Text).Concat(Enumerable.Repeat("", width - r.Cells.Count)).ToArray()).ToArray();
        var merge = texts.Select(r => new Merge[r.Length]).ToArray();
        var span = texts.Select(r => Enumerable.Repeat(1, r.Length).ToArray()).ToArray();
        for (int r = 0; r < texts.Length; r++)
        {
            var row = texts[r];
            for (int c = 0; c < row.Length; c++)
            {
                if (row[c].Length == 0 || (c > 0 && r > 0)) continue;
                int end = c + 1;
                while (end < row.Length && row[end].Length == 0) end++;
                // a label across empty cells up to the next filled cell (or to the row's end); in the first column
                // only over three columns or more or to the row's end (a number before an empty column stays a cell)
                if (end - c < 2 || (r > 0 && end - c < 3 && end < row.Length)) continue;
                span[r][c] = end - c;
                for (int k = c + 1; k < end; k++) merge[r][k] = Merge.SpanCovered;
            }
        }
        for (int r = 2; r < texts.Length; r++)
        {
            var row = texts[r];
            int firstFilled = Array.FindIndex(row, t => t.Length > 0);
            for (int c = 0; c < Math.Min(3, row.Length); c++)
            {
                if (firstFilled >= 0 && c >= firstFilled) break;
                var above = texts[r - 1];
                if (c >= above.Length || merge[r - 1][c] == Merge.SpanCovered || span[r - 1][c] > 1 || span[r][c] > 1) break;
                if (merge[r][c] != Merge.None) break;
                if (above[c].Length == 0 && merge[r - 1][c] != Merge.Continue && merge[r - 1][c] != Merge.Restart) break;
                if (merge[r - 1][c] == Merge.None) merge[r - 1][c] = Merge.Restart;
                merge[r][c] = Merge.Continue;
            }
        }
        var properties = new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" });
        if (borders)
        {
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }));
        }
        var table = new Table(properties);
        var grid = new TableGrid();
        for (int c = 0; c < width; c++) grid.Append(new GridColumn { Width = (9638 / width).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        table.Append(grid);
        // the first row repeats on each page when it is a header (words, no figures) over at least two more rows
        bool repeatHeader = texts.Length > 2 && texts[0].Any(t => t.Length > 0) && !texts[0].Any(t => t.Any(char.IsAsciiDigit));
        for (int r = 0; r < texts.Length; r++)
        {
            var row = new TableRow();
            // rows are not split across pages (Word: "Allow row to break across pages" off); the first row repeats
            row.Append(r == 0 && repeatHeader ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
            for (int c = 0; c < texts[r].Length; c++)
            {
                if (merge[r][c] == Merge.SpanCovered) continue;
                var cellProperties = new TableCellProperties();
                if (span[r][c] > 1) cellProperties.Append(new GridSpan { Val = span[r][c] });
                if (merge[r][c] == Merge.Restart) cellProperties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                if (merge[r][c] == Merge.Continue) cellProperties.Append(new VerticalMerge());
                var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }));
                if (merge[r][c] != Merge.Continue) AppendRuns(paragraph, texts[r][c]);
                row.Append(new TableCell(cellProperties, paragraph));
            }
            table.Append(row);
        }
        return table;
    }

    /// <summary>The cell or paragraph text as the DOCX reads back: markup removed (bold marks to nothing, other
    /// tags to a space), markdown heading marks removed, white space collapsed.</summary>
    public static string Normalize(string text)
    {
        text = HeadingMark().Replace(text, "");
        text = Markup().Replace(text, m => m.Value is "**" || m.Value.Equals("<b>", StringComparison.OrdinalIgnoreCase) || m.Value.Equals("</b>", StringComparison.OrdinalIgnoreCase) ? "" : " ");
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
