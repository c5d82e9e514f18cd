using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LppdMetrics.Documents.Writing;

namespace LppdMetrics.Documents.Tests.Writing;

public class XlsxAuditWriterTests
{
    private static SpreadsheetDocument Open(ReportLanguage language, out MemoryStream stream)
    {
        stream = new MemoryStream();
        XlsxAuditWriter.Write(EmbeddedAudit.In(language), stream);
        stream.Position = 0;
        return SpreadsheetDocument.Open(stream, false);
    }

    private static (Worksheet Sheet, string Name)[] Sheets(SpreadsheetDocument doc)
    {
        var wb = doc.WorkbookPart!;
        return [.. wb.Workbook.Sheets!.Elements<Sheet>().Select(s => (((WorksheetPart)wb.GetPartById(s.Id!)).Worksheet, s.Name!.Value!))];
    }

    private static string Text(Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? "";

    [Theory]
    [InlineData(ReportLanguage.Indonesian, "Ringkasan", "Temuan")]
    [InlineData(ReportLanguage.English, "Summary", "Findings")]
    public void Sheets_are_named_in_the_language_and_have_one_row_per_finding(ReportLanguage language, string summary, string findings)
    {
        using var doc = Open(language, out var stream);
        using var _ = stream;
        var sheets = Sheets(doc);
        Assert.Equal([summary, findings], sheets.Select(s => s.Name));
        var rows = sheets[1].Sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(EmbeddedAudit.Result.Findings.Count + 1, rows.Count);
        // Column A holds the ids, in document order.
        Assert.Equal(EmbeddedAudit.Result.Findings.Select(f => f.Id), rows.Skip(1).Select(r => Text(r.Elements<Cell>().First())));
        var t = AuditTexts.For(language);
        string[] heads = ["col.id", "col.section", "col.rule", "col.status", "col.reported", "col.recomputed", "col.difference", "col.source", "col.explanation"];
        Assert.Equal(heads.Select(h => t[h]), rows[0].Elements<Cell>().Take(9).Select(Text));
    }

    [Fact]
    public void Numbers_are_numeric_cells_with_the_printed_number_format()
    {
        using var doc = Open(ReportLanguage.Indonesian, out var stream);
        using var _ = stream;
        var sheet = Sheets(doc)[1].Sheet;
        var formats = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToDictionary(r => Text(r.Elements<Cell>().First()));

        string Format(Cell cell)
        {
            var cellFormat = formats.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
            uint id = cellFormat.NumberFormatId!.Value;
            return formats.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == id).FormatCode!.Value!;
        }

        // Nilai SAKIP: 67,16 / 71 × 100 = 94,59 %, printed 94,60 % (seed line 2881).
        var sakip = rows["4.3.2.1/2881/capaian"].Elements<Cell>().ToArray();
        Assert.Equal(CellValues.Number, sakip[4].DataType!.Value);
        Assert.Equal(94.60m, decimal.Parse(sakip[4].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(94.59m, decimal.Parse(sakip[5].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.01m, decimal.Parse(sakip[6].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("#,##0.00\" %\"", Format(sakip[4]));
        Assert.Equal("+#,##0.00;-#,##0.00;0.00", Format(sakip[6]));
        Assert.Equal("tidak sesuai", Text(sakip[3]));
        Assert.Equal("baris 2881", Text(sakip[7]));

        // DPRD (line 427): 7 + 6 + 25 = 38, printed 37: whole numbers.
        var dprd = rows["1.6/427/total-7"].Elements<Cell>().ToArray();
        Assert.Equal(37m, decimal.Parse(dprd[4].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("#,##0", Format(dprd[4]));

        // Every reported/recomputed/difference cell is numeric, a text figure's text, or empty where the audit has no value.
        foreach (var (finding, row) in EmbeddedAudit.Result.Findings.Zip(sheet.GetFirstChild<SheetData>()!.Elements<Row>().Skip(1)))
        {
            var cells = row.Elements<Cell>().ToArray();
            Check(cells[4], finding.Reported, finding.ReportedText);
            Check(cells[5], finding.Recomputed, finding.RecomputedText);
            Check(cells[6], finding.Difference, null);
        }
    }

    private static void Check(Cell cell, decimal? value, string? text)
    {
        if (text is not null)
            Assert.Equal(text, Text(cell));
        else if (value is null)
            Assert.Null(cell.CellValue);
        else
        {
            Assert.Equal(CellValues.Number, cell.DataType!.Value);
            Assert.Equal(value.Value, decimal.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Findings_have_a_header_autofilter_and_frozen_panes_and_the_summary_has_the_counts()
    {
        using var doc = Open(ReportLanguage.English, out var stream);
        using var _ = stream;
        var sheets = Sheets(doc);
        int last = EmbeddedAudit.Result.Findings.Count + 1;
        Assert.Equal($"A1:L{last}", sheets[1].Sheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        var pane = sheets[1].Sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("B2", pane.TopLeftCell!.Value);

        var cells = sheets[0].Sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(Text).ToArray()).ToList();
        var summary = EmbeddedAudit.Result.Summary;
        Assert.Contains(cells, r => r.Length == 2 && r[0] == "match" && r[1] == summary.Match.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(cells, r => r.Length == 2 && r[0] == "mismatch" && r[1] == "82");
        Assert.Contains(cells, r => r.Length == 2 && r[0] == "Total" && r[1] == "1678");
        // Per table: Tabel 1.6 has the DPRD and Inspektorat mismatches.
        var t16 = cells.Single(r => r[0].StartsWith("Tabel 1.6 ", StringComparison.Ordinal));
        Assert.Equal("2", t16[3]);
    }
}

public class XlsxSchemaTests
{
    [Theory]
    [InlineData(ReportLanguage.Indonesian)]
    [InlineData(ReportLanguage.English)]
    public void The_workbook_is_valid_office_open_xml(ReportLanguage language)
    {
        using var stream = new MemoryStream();
        XlsxAuditWriter.Write(EmbeddedAudit.In(language), stream);
        stream.Position = 0;
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Take(5).ToList();
        Assert.Empty(errors);
    }
}
