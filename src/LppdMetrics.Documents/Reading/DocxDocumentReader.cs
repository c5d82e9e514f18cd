using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// Reads a Word document (Office Open XML, <c>.docx</c>) through DocumentFormat.OpenXml: the body's paragraphs and
/// tables in reading order. Tables are laid on their grid (ECMA-376 Part 1, §17.4): a cell spanning columns
/// (<c>w:gridSpan</c>) is its text then empty cells, a vertically merged continuation (<c>w:vMerge</c> without
/// <c>restart</c>) is empty, columns skipped before a row (<c>w:gridBefore</c>) are empty; so a Word table gives the
/// same rows as its text form. A cell's paragraphs and line breaks are joined with one space (with "; " between a
/// digit and a digit, which Word never breaks a number across); a table nested in a cell is flattened into that
/// cell's text (its cells in reading order, joined likewise), except in a layout table (one cell a row, holding a table: a frame around a report table),
/// whose cells are read as body content, the nested table as a table of its own. What is read is what Word prints with
/// its changes accepted: deleted revisions (runs and table rows marked deleted, <c>w:trPr/w:del</c>), text moved away
/// (<c>w:moveFrom</c>), hidden text (<c>w:vanish</c> on the run, or from its character or paragraph style through
/// <c>w:basedOn</c>) and field codes are left out; inserted revisions and field results are kept; of
/// markup-compatibility alternatives (<c>mc:AlternateContent</c>: a text box written as DrawingML and again as VML) the
/// first holding text is read, once; superscript runs are kept as <c>&lt;sup&gt;…&lt;/sup&gt;</c>, so that a raised footnote mark is never read as
/// digits of a number. Parts outside the main document (headers, footers, notes, <c>w:altChunk</c> imports, external
/// relationships) are not read.
/// </summary>
/// <remarks>
/// Locations: a table cell has <see cref="SourceLocation.Table"/> (1-based among the body's top-level tables, a layout table's nested tables counted in its place),
/// <see cref="SourceLocation.Row"/> and <see cref="SourceLocation.Column"/> (1-based on the grid); Word has no
/// pages, so <see cref="SourceLocation.Page"/> is null; a paragraph's location is empty (unknown).
/// Limits: the file at most <see cref="MaxFileBytes"/>, <c>word/document.xml</c> at most
/// <see cref="MaxDocumentPartBytes"/> decompressed (a zip bomb is refused before it is inflated, and the parser
/// stops at the same bound if the archive under-declares the size); at most 10 000 entries in the archive, each
/// relationship part and the content types at most 16 MiB inflated; elements nested at most 256 deep (in the document
/// and the styles); a table row at most 1000 grid columns (Word's own limit is 63).
/// </remarks>
public sealed class DocxDocumentReader : IDocumentReader
{
    /// <summary>The largest DOCX file accepted, in bytes (256 MiB).</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>The largest decompressed <c>word/document.xml</c> accepted, in bytes (256 MiB).</summary>
    public const long MaxDocumentPartBytes = 256L * 1024 * 1024;

    private const string DocumentPartName = "word/document.xml";

    // Word nests a document's elements a few dozen deep (tables in cells, content controls) and lays at most 63 columns
    // in a table; the bounds are far above both, so that a crafted file (100 000 nested content controls, a gridSpan of
    // 2^31) is refused in a line instead of exhausting the stack, memory or time.
    private const int MaxDepth = 256, MaxColumns = 1000;

    // A Word document's archive holds a few dozen entries (a few thousand with many images), its relationship parts
    // and content types a few KB; System.IO.Packaging reads these whole when it opens the package.
    private const int MaxEntries = 10_000;
    private const long MaxPackagePartBytes = 16L * 1024 * 1024;

    /// <inheritdoc/>
    public DocumentFormatKind Format => DocumentFormatKind.Docx;

    /// <inheritdoc/>
    /// <remarks>
    /// True for a ZIP archive (<c>PK\x03\x04</c>) and for an OLE compound file (<c>D0 CF 11 E0</c>, which is how Word
    /// stores a password-protected .docx or a legacy .doc), so that <see cref="Read"/> can say what is wrong with
    /// it; whether the ZIP holds <c>word/document.xml</c> is checked by <see cref="Read"/>, since the head alone
    /// does not list the archive's entries.
    /// </remarks>
    public bool Recognizes(ReadOnlySpan<byte> head) =>
        head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <inheritdoc/>
    public DocumentContent Read(Stream stream, string? name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var seekable = BoundedInput.ReadAll(stream, MaxFileBytes, "Word");
        Span<byte> head = stackalloc byte[8];
        int got = seekable.Read(head);
        seekable.Position = 0;
        if (got == 8 && head.SequenceEqual((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            throw new DocumentReadException("the file is a password-protected Word document or a legacy .doc (OLE compound file): save it as .docx without a password.");
        if (got < 4 || !head[..4].SequenceEqual("PK\u0003\u0004"u8))
            throw new DocumentReadException("the file is not a Word document (.docx): no ZIP signature.");
        CheckArchive(seekable);
        seekable.Position = 0;
        try
        {
            using var word = Open(seekable);
            var body = BodyOf(word)
                ?? throw new DocumentReadException("the Word document has no body.");
            var blocks = new List<DocumentBlock>();
            int tableIndex = 0;
            ReadBlocks(body, blocks, ref tableIndex, HiddenStyles.Of(word));
            return new DocumentContent(name, DocumentFormatKind.Docx, blocks);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or OpenXmlPackageException or IOException
                                       or InvalidOperationException or FormatException or NotSupportedException)
        {
            throw Corrupt(ex);
        }
    }

    /// <summary>
    /// Checks the archive before the package is opened: a Word part within the size limit; at most
    /// <see cref="MaxEntries"/> entries, and the relationship parts and content types (which System.IO.Packaging reads
    /// whole when it opens the package, a list entry per relationship) inflating to at most
    /// <see cref="MaxPackagePartBytes"/> each: an 8 MB file of 1.5 million relationships took 20 s and 1.1 GB.
    /// </summary>
    private static void CheckArchive(Stream seekable)
    {
        try
        {
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
                throw new DocumentReadException($"the archive holds {zip.Entries.Count} entries, over the limit of {MaxEntries}; a Word document holds a few dozen to a few thousand.");
            foreach (var listing in zip.Entries)
            {
                if (listing.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) || listing.FullName == "[Content_Types].xml")
                    CheckInflatedSize(listing);
            }
            var entry = zip.GetEntry(DocumentPartName);
            if (entry is null)
                throw new DocumentReadException("the file is a ZIP archive but not a Word document: it has no word/document.xml.");
            if (entry.Length > MaxDocumentPartBytes)
                throw new DocumentReadException($"word/document.xml inflates to {entry.Length} bytes, over the limit of {MaxDocumentPartBytes / (1024 * 1024)} MiB.");
            using var part = entry.Open();
            CheckNesting(part, DocumentPartName);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            throw Corrupt(ex);
        }
    }

    /// <summary>Inflates <paramref name="entry"/> (not trusting its declared size) and refuses it past <see cref="MaxPackagePartBytes"/>.</summary>
    private static void CheckInflatedSize(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        byte[] buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            total += read;
            if (total > MaxPackagePartBytes)
                throw new DocumentReadException($"{entry.FullName} inflates to more than {MaxPackagePartBytes / (1024 * 1024)} MiB; a Word document's is a few KB.");
        }
    }

    /// <summary>
    /// The package opened by the Open XML SDK. System.IO.Packaging refuses a part name or relationship target it cannot
    /// resolve (a target of "/", an empty part name) with <see cref="ArgumentException"/>, when the package is opened or
    /// its main part first looked up: only those library calls are guarded here, as a corrupt file's error.
    /// </summary>
    private static WordprocessingDocument Open(Stream seekable)
    {
        try
        {
            return WordprocessingDocument.Open(seekable, false, new OpenSettings { MaxCharactersInPart = MaxDocumentPartBytes });
        }
        catch (ArgumentException ex)
        {
            throw Corrupt(ex);
        }
    }

    /// <summary>The body of the main document part (null when there is none); see <see cref="Open"/> for the guard.</summary>
    private static Body? BodyOf(WordprocessingDocument word)
    {
        try
        {
            return word.MainDocumentPart?.Document?.Body;
        }
        catch (ArgumentException ex)
        {
            throw Corrupt(ex);
        }
    }

    private static DocumentReadException Corrupt(Exception ex) =>
        new($"the Word document is corrupt: {BoundedInput.FirstLine(ex.Message)}", null, ex);

    /// <summary>
    /// Reads a part (<c>word/document.xml</c>, the styles) once with a plain XML reader (no DTD, at most
    /// <see cref="MaxDocumentPartBytes"/> characters) and refuses elements nested more than <see cref="MaxDepth"/> deep:
    /// the Open XML SDK and the readers below recurse once per level, and a stack overflow cannot be caught.
    /// </summary>
    /// <returns>Whether the part holds an element of local name <paramref name="watched"/> (any namespace; false when none is given).</returns>
    private static bool CheckNesting(Stream stream, string partName, string? watched = null)
    {
        bool seen = false;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxDocumentPartBytes,
            IgnoreComments = true, IgnoreWhitespace = true, IgnoreProcessingInstructions = true,
        };
        using var xml = XmlReader.Create(stream, settings);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.Depth > MaxDepth)
                throw new DocumentReadException(
                    $"{partName} nests its elements more than {MaxDepth} deep (line {((IXmlLineInfo)xml).LineNumber}); a Word document nests a few dozen at most.");
            seen |= xml.NodeType == XmlNodeType.Element && watched is not null && xml.LocalName == watched;
        }
        return seen;
    }

    private static void ReadBlocks(OpenXmlElement container, List<DocumentBlock> blocks, ref int tableIndex, HiddenStyles styles)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    string text = ParagraphText(paragraph, styles);
                    if (text.Length > 0) blocks.Add(new DocumentParagraph(text, new SourceLocation()));
                    break;
                case Table table when IsLayoutTable(table):
                    // a frame around a report table (one cell a row, holding a table): its content is the body's
                    foreach (var row in RowsOf(table))
                        foreach (var cell in CellsOf(row)) ReadBlocks(cell, blocks, ref tableIndex, styles);
                    break;
                case Table table:
                    tableIndex++;
                    var rows = ReadTable(table, tableIndex, styles);
                    if (rows.Count > 0) blocks.Add(new DocumentTable(rows, new SourceLocation { Table = tableIndex }));
                    break;
                case SdtBlock or CustomXmlBlock:
                    // content controls and custom XML wrap ordinary paragraphs and tables
                    ReadBlocks(element is SdtBlock sdt ? (OpenXmlElement?)sdt.SdtContentBlock ?? element : element, blocks, ref tableIndex, styles);
                    break;
            }
        }
    }

    /// <summary>
    /// True for a layout table: one cell in every row, and a table nested in one of them (a Word frame around a
    /// caption and its report table). Its cells are read as body content, so that the nested table keeps its rows
    /// and cells instead of being flattened into one cell's text.
    /// </summary>
    private static bool IsLayoutTable(Table table) =>
        RowsOf(table).All(row => CellsOf(row).Take(2).Count() <= 1)
        && RowsOf(table).Any(row => CellsOf(row).Any(cell => cell.Descendants<Table>().Any()));

    private static List<DocumentRow> ReadTable(Table table, int tableIndex, HiddenStyles styles)
    {
        var rows = new List<DocumentRow>();
        foreach (var row in RowsOf(table))
        {
            if (row.TableRowProperties?.GetFirstChild<Deleted>() is not null)
                continue; // a row deleted with tracked changes: not printed once the changes are accepted
            int rowNumber = rows.Count + 1;
            var cells = new List<DocumentCell>();
            void Add(string text)
            {
                if (cells.Count == MaxColumns)
                    throw new DocumentReadException(
                        $"table {tableIndex}, row {rowNumber} lays out more than {MaxColumns} columns (w:gridBefore or w:gridSpan out of range); a Word table has at most 63.",
                        new SourceLocation { Table = tableIndex, Row = rowNumber });
                cells.Add(new DocumentCell(text, new SourceLocation { Table = tableIndex, Row = rowNumber, Column = cells.Count + 1 }));
            }

            int before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (int i = 0; i < before; i++) Add("");
            foreach (var cell in CellsOf(row))
            {
                var properties = cell.TableCellProperties;
                int span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                bool continuation = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                Add(continuation ? "" : CellText(cell, styles));
                for (int i = 1; i < span; i++) Add("");
            }
            rows.Add(new DocumentRow(cells, new SourceLocation { Table = tableIndex, Row = rowNumber }));
        }
        return rows;
    }

    /// <summary>The rows of a table, looking through content controls and custom XML around rows.</summary>
    private static IEnumerable<TableRow> RowsOf(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableRow row) yield return row;
            else if (child is SdtRow or CustomXmlRow)
                foreach (var inner in RowsOf(child is SdtRow sdt ? (OpenXmlElement?)sdt.SdtContentRow ?? child : child)) yield return inner;
        }
    }

    /// <summary>The cells of a row, looking through content controls and custom XML around cells.</summary>
    private static IEnumerable<TableCell> CellsOf(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableCell cell) yield return cell;
            else if (child is SdtCell or CustomXmlCell)
                foreach (var inner in CellsOf(child is SdtCell sdt ? (OpenXmlElement?)sdt.SdtContentCell ?? child : child)) yield return inner;
        }
    }

    /// <summary>A cell's text: its paragraphs and any nested table's cells, joined with one space.</summary>
    private static string CellText(OpenXmlElement cell, HiddenStyles styles)
    {
        var sb = new StringBuilder();
        AppendText(cell, sb, styles, hidden: false);
        return Normalize(sb);
    }

    private static string ParagraphText(Paragraph paragraph, HiddenStyles styles)
    {
        var sb = new StringBuilder();
        AppendText(paragraph, sb, styles, styles.Hides(paragraph));
        return Normalize(sb);
    }

    /// <summary>Appends the visible text under <paramref name="element"/>: text runs, tabs and breaks as spaces,
    /// paragraph and cell ends as spaces; deleted text, field codes, properties and hidden runs are skipped (a run
    /// with no <c>w:vanish</c> of its own nor in its character style is hidden when <paramref name="hidden"/>: its
    /// paragraph's style hides it).</summary>
    private static void AppendText(OpenXmlElement element, StringBuilder sb, HiddenStyles styles, bool hidden)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append(' ');
                    break;
                case Break or CarriageReturn:
                    sb.Append(LineEnd);
                    break;
                case Run run when styles.Hides(run.RunProperties) ?? hidden:
                    break;
                case AlternateContent alternatives:
                    // the same content for two kinds of reader (a text box as DrawingML, then as VML): Word shows one,
                    // so the first alternative that holds text is read, once
                    foreach (var alternative in alternatives.ChildElements)
                    {
                        int before = sb.Length;
                        AppendText(alternative, sb, styles, hidden);
                        if (!string.IsNullOrWhiteSpace(sb.ToString(before, sb.Length - before))) break;
                        sb.Length = before;
                    }
                    break;
                case Run run when run.RunProperties?.VerticalTextAlignment?.Val?.Value == VerticalPositionValues.Superscript:
                    // raised text ("95,2" then a raised "1"): kept as markup, so that it is never read as more digits
                    sb.Append("<sup>");
                    AppendText(run, sb, styles, hidden);
                    sb.Append("</sup>");
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                case DeletedText or FieldCode or DeletedFieldCode or Deleted or DeletedRun or MoveFromRun
                    or ParagraphProperties or RunProperties or TableCellProperties or TableProperties or TableRowProperties:
                    break;
                case Paragraph paragraph:
                    AppendText(paragraph, sb, styles, styles.Hides(paragraph));
                    sb.Append(LineEnd);
                    break;
                case TableCell:
                    AppendText(child, sb, styles, hidden: false);
                    sb.Append(LineEnd);
                    break;
                default:
                    AppendText(child, sb, styles, hidden);
                    break;
            }
        }
    }

    /// <summary>
    /// Where a paragraph or a line of a cell ends (white space to <see cref="Normalize"/>): Word never breaks a number
    /// there, so two numbers on two lines of a cell ("80" over "85") stay two numbers.
    /// </summary>
    internal const char LineEnd = '\u2029';

    /// <summary>
    /// Which styles hide their text (<c>w:vanish</c> in their run properties, or in the style they are based on), so
    /// that text Word neither shows nor prints is not read: a run's own <c>w:vanish</c> decides, else its character
    /// style's, else its paragraph's style (the default paragraph style when it names none), else the document's
    /// defaults. (Word combines a toggle property set in both a paragraph and a character style; a style that sets it
    /// is taken here as deciding alone.)
    /// </summary>
    private sealed class HiddenStyles
    {
        private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
        private readonly Dictionary<string, bool?> _vanish = new(StringComparer.Ordinal);
        private readonly string? _defaultParagraphStyle;
        private readonly bool _documentDefault;

        private HiddenStyles(Styles? styles)
        {
            if (styles is null) return;
            foreach (var style in styles.Elements<Style>())
            {
                if (style.StyleId?.Value is { } id) _styles.TryAdd(id, style);
                if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true) _defaultParagraphStyle ??= style.StyleId?.Value;
            }
            _documentDefault = Toggle(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.GetFirstChild<Vanish>()) ?? false;
        }

        /// <summary>The styles of <paramref name="word"/>'s main part (none when it has no styles part).</summary>
        public static HiddenStyles Of(WordprocessingDocument word)
        {
            try
            {
                if (word.MainDocumentPart?.StyleDefinitionsPart is not { } part) return new HiddenStyles(null);
                bool hides;
                using (var stream = part.GetStream(FileMode.Open, FileAccess.Read))
                    hides = CheckNesting(stream, part.Uri.OriginalString.TrimStart('/'), "vanish");
                // styles that hide nothing (no w:vanish anywhere, as in most reports) need not be loaded as a tree
                return new HiddenStyles(hides ? part.Styles : null);
            }
            catch (ArgumentException ex)
            {
                throw Corrupt(ex);
            }
        }

        /// <summary>Whether the text of <paramref name="paragraph"/>'s runs is hidden by its style or the document's defaults.</summary>
        public bool Hides(Paragraph paragraph) =>
            Vanish(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle, 0) ?? _documentDefault;

        /// <summary>Whether a run with <paramref name="properties"/> is hidden by them or its character style; null when neither says.</summary>
        public bool? Hides(RunProperties? properties) =>
            Toggle(properties?.Vanish) ?? Vanish(properties?.RunStyle?.Val?.Value, 0);

        private static bool? Toggle(OnOffType? vanish) => vanish is null ? null : vanish.Val is null || vanish.Val.Value;

        /// <summary>The style's <c>w:vanish</c>, or that of the style it is based on; null when none sets it (or the chain loops).</summary>
        private bool? Vanish(string? id, int depth)
        {
            if (id is null || depth > 64 || !_styles.TryGetValue(id, out var style)) return null;
            if (_vanish.TryGetValue(id, out bool? known)) return known;
            bool? vanish = Toggle(style.StyleRunProperties?.Vanish) ?? Vanish(style.BasedOn?.Val?.Value, depth + 1);
            _vanish[id] = vanish;
            return vanish;
        }
    }

    /// <summary>
    /// Collapses every run of white space (including no-break spaces) to one space and trims; a run holding a line end
    /// between two digits becomes "; ", which no number reads across (one space would join "80" and "85" into 8085).
    /// </summary>
    internal static string Normalize(StringBuilder sb)
    {
        var result = new StringBuilder(sb.Length);
        bool space = false, lineEnd = false;
        string text = InvisibleCharacters.Strip(sb.ToString());
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                lineEnd |= c == LineEnd;
                continue;
            }
            if (space) result.Append(lineEnd && char.IsAsciiDigit(c) && char.IsAsciiDigit(result[^1]) ? "; " : " ");
            space = lineEnd = false;
            result.Append(c);
        }
        return result.ToString();
    }
}
