using System.Text;
using LppdMetrics.Reports;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// Reads text or markdown as a PDF-to-text converter writes an LPPD: a line holding a tab is a table row (cells
/// split at tabs), and so is a Markdown pipe row ("| 1 | Program A | 90,00% |": a line that begins and ends with "|",
/// cells split at the pipes that are not escaped as "\|", read as Markdown reads them: <see cref="MarkdownText"/>);
/// consecutive such lines form one <see cref="DocumentTable"/>; so does a Markdown grid table (<see cref="GridTable"/>),
/// a pandoc simple or multiline table (<see cref="DashedTable"/>) and an HTML table (<see cref="HtmlTable"/>); every other non-blank line is a
/// <see cref="DocumentParagraph"/>, except in a hard-wrapped text (Markdown wrapped at a fixed width, as pandoc writes
/// it), where the lines of one Markdown paragraph are joined into one, at its first line. A blank line ends a table, so a table broken by a page shows as two tables (the
/// recognisers join them), and so does a form feed beginning a line (a page break). Locations are 1-based lines, a line
/// ending at LF, CR LF, LF CR or CR only (<see cref="TextLines"/>), as <c>grep -n</c> counts them.
/// </summary>
public sealed class TextDocumentReader : IDocumentReader
{
    /// <summary>The largest text accepted, in bytes (64 MiB); a larger file is refused, not truncated.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <inheritdoc/>
    public DocumentFormatKind Format => DocumentFormatKind.Text;

    /// <inheritdoc/>
    /// <remarks>Text has no NUL byte and no other C0 control but tab, CR, LF and form feed in the head, or is UTF-16
    /// with its byte-order mark (Word's and Notepad's "Unicode text"). A head of text that is not UTF-8 (a Windows-1252
    /// file's "é") is recognised too, so that <see cref="Read"/> refuses it naming the line and column of its first byte
    /// that is no UTF-8.</remarks>
    public bool Recognizes(ReadOnlySpan<byte> head)
    {
        if (Utf16(head) is not null) return true;
        foreach (byte b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
                return false;
        }
        return true;
    }

    /// <inheritdoc/>
    public DocumentContent Read(Stream stream, string? name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = BoundedInput.ReadAll(stream, MaxBytes, "text");
        string text;
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        try
        {
            text = Utf16(bytes) is { } utf16
                ? utf16.GetString(bytes[2..])
                : new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            if (Utf16(bytes) is null && NotUtf8(bytes) is var (at, location))
                throw new DocumentReadException(
                    $"byte 0x{bytes[at]:X2} at line {location.Line}, column {location.Column} is not UTF-8: the file is neither UTF-8 (or UTF-16 with its byte-order mark) text, DOCX nor PDF; save it as UTF-8 (from Windows-1252: iconv -f CP1252 -t UTF-8).",
                    location);
            throw new DocumentReadException("the file is neither UTF-8 (or UTF-16 with its byte-order mark) text, DOCX nor PDF.");
        }
        return ReadText(text, name);
    }

    /// <summary>The index of the first byte of <paramref name="bytes"/> that is no UTF-8 and its line and column (a
    /// character's, counted as <see cref="TextLines"/> counts lines); null when all of it is UTF-8.</summary>
    private static (int At, SourceLocation Location)? NotUtf8(ReadOnlySpan<byte> bytes)
    {
        int at = 0;
        while (at < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[at..], out _, out int consumed) != System.Buffers.OperationStatus.Done) break;
            at += consumed;
        }
        if (at >= bytes.Length) return null;
        var lines = TextLines.Split(Encoding.UTF8.GetString(bytes[..at]));
        return (at, SourceLocation.AtLine(lines.Count) with { Column = lines[^1].Length + 1 });
    }

    /// <summary>Reads text already in memory.</summary>
    /// <param name="text">The whole document.</param>
    /// <param name="name">The file name to show; null when none.</param>
    /// <returns>The blocks in reading order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DocumentReadException">The text holds a NUL or other control character (a binary file).</exception>
    public static DocumentContent ReadText(string text, string? name)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = InvisibleCharacters.Strip(text);
        var lines = TextLines.Split(text);
        for (int k = 0; k < lines.Count; k++)
        {
            var line = lines[k].AsSpan();
            int bad = line.IndexOfAnyInRange('\0', '\u0008');
            if (bad < 0) bad = line.IndexOfAnyInRange('\u000E', '\u001F');
            if (bad >= 0)
                throw new DocumentReadException($"control character U+{(int)line[bad]:X4} at line {k + 1}: not a text report.", SourceLocation.AtLine(k + 1));
        }
        var blocks = new List<DocumentBlock>();
        List<DocumentRow>? rows = null;
        int lineNumber = 0;

        StringBuilder? paragraph = null; // a wrapped paragraph being joined, begun at paragraphLine
        int paragraphLine = 0;
        bool continues = false;
        GridTable? grid = null;
        // tables read whole before the lines (HTML, pandoc's simple and multiline), by the 0-based index of their first line
        var read = new Dictionary<int, (int Last, IReadOnlyList<DocumentBlock> Blocks)>();
        var html = text.Contains('<') ? HtmlTable.Find(lines) : [];
        foreach (var (first, (last, tableBlocks)) in html) read[first] = (last, tableBlocks);
        if (text.Contains("---", StringComparison.Ordinal))
        {
            // the lines of an HTML table are no lines of a dashed table
            var outside = lines;
            if (html.Count > 0)
            {
                outside = [.. lines];
                foreach (var (first, (last, _)) in html)
                    for (int k = first; k <= last; k++) outside[k] = "";
            }
            foreach (var (first, (last, table)) in DashedTable.Find(outside)) read[first] = (last, [table]);
        }
        bool wrapped = MarkdownText.IsHardWrapped(lines, read.ToDictionary(t => t.Key, t => t.Value.Last));
        int readLast = -1; // the 1-based last line of the table read before, being skipped
        void EndParagraph()
        {
            if (paragraph is not null) blocks.Add(new DocumentParagraph(paragraph.ToString(), SourceLocation.AtLine(paragraphLine)));
            paragraph = null;
            continues = false;
        }
        void EndRows()
        {
            if (rows is not null) blocks.Add(new DocumentTable(rows, rows[0].Location));
            rows = null;
        }
        foreach (string rawLine in lines)
        {
            lineNumber++;
            if (lineNumber <= readLast) continue;
            if (read.TryGetValue(lineNumber - 1, out var table))
            {
                EndParagraph();
                EndRows();
                if (grid?.End(lineNumber) is { } before) blocks.Add(before);
                grid = null;
                blocks.AddRange(table.Blocks);
                readLast = table.Last + 1;
                continue;
            }
            if (TextLines.IsPageBreak(rawLine))
            {
                // a page break (pdftotext's form feed) ends a table or paragraph as a blank line does
                EndParagraph();
                EndRows();
            }
            ReadOnlySpan<char> line = TextLines.InlineBreaks(rawLine);
            if (grid is not null)
            {
                if (GridTable.IsBorder(line))
                {
                    grid.AddBorder(line);
                    continue;
                }
                if (grid.AddLine(line, lineNumber)) continue;
                if (grid.End(lineNumber) is { } gridTable) blocks.Add(gridTable);
                grid = null;
            }
            if (GridTable.IsBorder(line))
            {
                EndParagraph();
                EndRows();
                grid = new GridTable(line);
                continue;
            }
            var pipeCells = MarkdownText.PipeCells(line); // a pipe row holding a tab is a pipe row (the tab a space in its cell)
            if (pipeCells is null && line.Contains('\t'))
            {
                EndParagraph();
                var location = SourceLocation.AtLine(lineNumber);
                var cells = new List<DocumentCell>();
                int column = 0;
                foreach (var cell in line.Split('\t'))
                {
                    column++;
                    var cellText = line[cell].Trim();
                    cells.Add(new DocumentCell(cellText.Contains(DocxDocumentReader.LineEnd) ? DocxDocumentReader.Normalize(new StringBuilder().Append(cellText)) : cellText.ToString(), location with { Column = column }));
                }
                rows ??= [];
                rows.Add(new DocumentRow(cells, location));
                continue;
            }
            if (pipeCells is not null)
            {
                EndParagraph();
                var location = SourceLocation.AtLine(lineNumber);
                rows ??= [];
                rows.Add(new DocumentRow(pipeCells.Select((text, c) => new DocumentCell(text, location with { Column = c + 1 })).ToList(), location));
                continue;
            }
            EndRows();
            if (line.Contains('|') && MarkdownText.IsBareDelimiterRow(line))
                throw new DocumentReadException($"a Markdown table without its outer pipes at line {lineNumber} (\"{line.Trim()}\"): its rows cannot be told from running text; convert with pandoc -t gfm, which writes every row between pipes.", SourceLocation.AtLine(lineNumber));
            if (line.IsWhiteSpace())
            {
                EndParagraph();
                continue;
            }
            if (!wrapped)
            {
                blocks.Add(new DocumentParagraph(line.Trim().ToString().Replace(DocxDocumentReader.LineEnd, ' '), SourceLocation.AtLine(lineNumber)));
                continue;
            }
            // a hard-wrapped text (pandoc's Markdown, wrapped at 72 columns): a line continues the paragraph above as
            // Markdown reads it, so that a sentence, or the report's title and its year, is one paragraph again
            var trimmed = MarkdownText.WithoutHardBreak(line.Trim()).Replace(DocxDocumentReader.LineEnd, ' ');
            if (continues && !MarkdownText.StartsBlock(trimmed)) paragraph!.Append(' ').Append(trimmed);
            else
            {
                EndParagraph();
                paragraph = new StringBuilder().Append(trimmed);
                paragraphLine = lineNumber;
            }
            continues = !MarkdownText.EndsLine(line) && !trimmed.StartsWith('#');
        }
        EndParagraph();
        if (grid?.End(lineNumber) is { } lastGrid) blocks.Add(lastGrid);
        EndRows();
        return new DocumentContent(name, DocumentFormatKind.Text, blocks);
    }

    /// <summary>The UTF-16 encoding (strict) whose byte-order mark <paramref name="head"/> begins with, or null.</summary>
    private static UnicodeEncoding? Utf16(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])
            ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)
            : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true) : null;
}
