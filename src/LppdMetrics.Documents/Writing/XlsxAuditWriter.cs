using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LppdMetrics.Audit;

namespace LppdMetrics.Documents.Writing;

/// <summary>
/// Writes an <see cref="AuditReport"/> as an Excel workbook (Office Open XML, through DocumentFormat.OpenXml) with two
/// sheets: <c>Ringkasan</c>/<c>Summary</c> (the document, the counts per status and per section) and
/// <c>Temuan</c>/<c>Findings</c> (one row per finding, in document order).
/// </summary>
/// <remarks>
/// Findings columns, in this order: id, section, rule (in words), status, reported, recomputed, difference, source,
/// explanation, then figure (label), notes and rule id. Reported, recomputed and difference are numeric cells (they sort
/// and filter in Excel) carrying the printed precision as their number format (<c>#,##0.00" %"</c> for a percentage,
/// <c>"Rp "#,##0.00</c> for rupiah, <c>+#,##0.00;-#,##0.00;0.00</c> for the difference); Excel shows the separators of
/// the reader's locale. A text figure (a predicate) is a text cell; a value that is absent is an empty cell. The header
/// row has an autofilter and is frozen together with the id column.
/// </remarks>
public static class XlsxAuditWriter
{
    /// <summary>The most findings a workbook can hold: an Excel sheet's 1.048.576 rows less the header row.</summary>
    public const int MaxFindings = 1_048_575;

    private const int FirstCustomFormat = 164;
    private const uint HeaderStyle = 1;
    private const uint WrapStyle = 2;

    private static readonly string[] FindingHeads =
        ["col.id", "col.section", "col.rule", "col.status", "col.reported", "col.recomputed", "col.difference", "col.source", "col.explanation", "col.label", "col.notes", "col.rule-id"];

    private static readonly double[] FindingWidths = [22, 40, 36, 14, 20, 20, 14, 16, 50, 50, 40, 22];

    /// <summary>Writes the workbook of <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The audit report.</param>
    /// <param name="output">A writable, seekable stream (a file); the package is written when the method returns.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The audit has more findings than a sheet has rows (<see cref="MaxFindings"/>);
    /// nothing is written.</exception>
    public static void Write(AuditReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (report.Result.Findings.Count > MaxFindings)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"the audit has {report.Result.Findings.Count} findings; an XLSX sheet holds at most {MaxFindings} (use csv)."), nameof(report));
        var t = report.Texts;
        var formats = new NumberFormats();
        using var package = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = package.AddWorkbookPart();
        workbook.Workbook = new Workbook();

        var summaryPart = workbook.AddNewPart<WorksheetPart>();
        summaryPart.Worksheet = SummarySheet(report);
        var findingsPart = workbook.AddNewPart<WorksheetPart>();
        int rows = report.Result.Findings.Count + 1;
        WriteFindingsSheet(report, formats, findingsPart);

        var stylesPart = workbook.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = formats.Stylesheet();

        string findingsName = t["sheet.findings"];
        workbook.Workbook.Append(
            new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(summaryPart), SheetId = 1, Name = t["sheet.summary"] },
                new Sheet { Id = workbook.GetIdOfPart(findingsPart), SheetId = 2, Name = findingsName }),
            new DefinedNames(new DefinedName(string.Create(CultureInfo.InvariantCulture, $"'{findingsName}'!$A$1:${Column(FindingHeads.Length)}${rows}"))
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = 1,
                Hidden = true,
            }));
        workbook.Workbook.Save();
    }

    private static Worksheet SummarySheet(AuditReport report)
    {
        var t = report.Texts;
        var summary = report.Result.Summary;
        var data = new SheetData();
        uint r = 0;
        void Row(uint? style, params object?[] values) => data.Append(MakeRow(++r, style, values));
        Row(HeaderStyle, t["doc.title"]);
        foreach (var (name, value) in report.Facts())
            Row(null, name, value);
        r++;
        Row(HeaderStyle, t["col.status"], t["col.count"]);
        var statuses = Enum.GetValues<FindingStatus>();
        foreach (var status in statuses)
            Row(null, t.Status(status), (decimal)report.Count(status));
        Row(HeaderStyle, t["col.total"], (decimal)summary.Total);
        Row(null, t["doc.informational"], (decimal)summary.Informational);
        r++;
        Row(HeaderStyle, [t["col.section"], .. statuses.Select(s => (object?)t.Status(s)), t["col.total"]]);
        foreach (var section in report.Sections())
            Row(null, [section.Section, .. section.Counts.Select(c => (object?)(decimal)c), (decimal)section.Total]);
        return new Worksheet(
            new Columns(
                new Column { Min = 1, Max = 1, Width = 70, CustomWidth = true },
                new Column { Min = 2, Max = 6, Width = 16, CustomWidth = true }),
            data);
    }

    /// <summary>
    /// Streams the findings sheet into its part (OpenXmlWriter): one row object at a time, so that a document of a
    /// million figures never holds the whole sheet as a tree.
    /// </summary>
    private static void WriteFindingsSheet(AuditReport report, NumberFormats formats, WorksheetPart part)
    {
        var t = report.Texts;
        var columns = new Columns();
        for (int i = 0; i < FindingWidths.Length; i++)
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = FindingWidths[i], CustomWidth = true });
        var view = new SheetView(
            new Pane { HorizontalSplit = 1D, VerticalSplit = 1D, TopLeftCell = "B2", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomRight, ActiveCell = "B2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "B2" } })
        { WorkbookViewId = 0, TabSelected = true };

        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(view));
        writer.WriteElement(columns);
        writer.WriteStartElement(new SheetData());
        writer.WriteElement(MakeRow(1, HeaderStyle, [.. FindingHeads.Select(h => (object?)t[h])]));
        uint r = 1;
        foreach (var f in report.Result.Findings)
        {
            var unit = report.Unit(f);
            var row = new Row { RowIndex = ++r };
            int c = 0;
            void Add(Cell cell)
            {
                cell.CellReference = Column(++c) + r.ToString(CultureInfo.InvariantCulture);
                row.Append(cell);
            }
            Add(Text(f.Id));
            Add(Text(f.Section));
            Add(Text(t.Rule(f.Rule)));
            Add(Text(t.Status(f.Status)));
            Add(f.ReportedText is { } rt ? Text(rt) : Number(f.Reported, formats.Of(f.Decimals, unit, signed: false)));
            Add(f.RecomputedText is { } ct ? Text(ct) : Number(f.Recomputed, formats.Of(f.Decimals, unit, signed: false)));
            Add(Number(f.Difference, formats.Of(f.Decimals, FigureUnit.None, signed: true)));
            Add(Text(t.Source(f)));
            Add(Text(f.Explanation ?? ""));
            Add(Text(f.Label));
            Add(Text(string.Join(" | ", f.Notes.Select(t.Note))));
            Add(Text(f.Rule));
            writer.WriteElement(row);
        }
        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = string.Create(CultureInfo.InvariantCulture, $"A1:{Column(FindingHeads.Length)}{r}") });
        writer.WriteEndElement();
    }

    private static Row MakeRow(uint index, uint? style, object?[] values)
    {
        var row = new Row { RowIndex = index };
        for (int i = 0; i < values.Length; i++)
        {
            Cell cell = values[i] switch
            {
                decimal d => Number(d, null),
                string s => Text(s),
                _ => new Cell(),
            };
            cell.CellReference = Column(i + 1) + index.ToString(CultureInfo.InvariantCulture);
            if (style is { } st) cell.StyleIndex = st;
            row.Append(cell);
        }
        return row;
    }

    private static Cell Text(string text) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(InertText.Xml(text)) { Space = SpaceProcessingModeValues.Preserve }) };

    private static Cell Number(decimal? value, uint? style)
    {
        if (value is not { } v) return new Cell();
        var cell = new Cell { CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number };
        if (style is { } s) cell.StyleIndex = s;
        return cell;
    }

    /// <summary>The column letters of the 1-based column <paramref name="index"/> (1 → A, 27 → AA).</summary>
    internal static string Column(int index)
    {
        string name = "";
        for (int n = index; n > 0; n = (n - 1) / 26)
            name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>The custom number formats used, one cell format each, created as the findings ask for them.</summary>
    private sealed class NumberFormats
    {
        private readonly List<string> _codes = [];
        private readonly Dictionary<string, uint> _styles = new(StringComparer.Ordinal);

        /// <summary>The style index of the format for <paramref name="decimals"/> and <paramref name="unit"/>.</summary>
        public uint Of(int decimals, FigureUnit unit, bool signed)
        {
            string digits = "#,##0" + (decimals > 0 ? "." + new string('0', decimals) : "");
            string code = signed ? $"+{digits};-{digits};{digits[4..]}"
                : unit switch
                {
                    FigureUnit.Percent => digits + "\" %\"",
                    FigureUnit.Rupiah => "\"Rp \"" + digits,
                    _ => digits,
                };
            if (!_styles.TryGetValue(code, out uint style))
            {
                _codes.Add(code);
                style = (uint)(WrapStyle + _codes.Count);
                _styles[code] = style;
            }
            return style;
        }

        /// <summary>The stylesheet: the default, a bold header, a wrapping text style, then one style per number format.</summary>
        public Stylesheet Stylesheet()
        {
            var numberingFormats = new NumberingFormats();
            var cellFormats = new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat(new Alignment { WrapText = true }) { ApplyAlignment = true });
            for (int i = 0; i < _codes.Count; i++)
            {
                uint id = (uint)(FirstCustomFormat + i);
                numberingFormats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = _codes[i] });
                cellFormats.Append(new CellFormat { NumberFormatId = id, ApplyNumberFormat = true });
            }
            numberingFormats.Count = (uint)_codes.Count;
            cellFormats.Count = (uint)cellFormats.ChildElements.Count;
            return new Stylesheet(
                numberingFormats,
                new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellStyleFormats(new CellFormat()) { Count = 1 },
                cellFormats);
        }
    }
}
