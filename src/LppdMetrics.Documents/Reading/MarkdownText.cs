using System.Text;
using System.Text.RegularExpressions;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// What <see cref="TextDocumentReader"/> reads as Markdown reads it, as converters write it (pandoc's GitHub Markdown
/// of a Word file, PDF-to-Markdown tools): pipe rows and their cells, and paragraphs hard-wrapped at a fixed width.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>The characters a backslash escapes in Markdown (CommonMark: every ASCII punctuation character).</summary>
    private const string Escapable = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary>The longest line (characters) of a hard-wrapped text, with room for a word longer than the width.</summary>
    private const int WrappedWidth = 100;

    /// <summary>
    /// The cells of a Markdown pipe row ("| a | b |": begins and ends with a pipe, at least two cells), trimmed, as
    /// Markdown reads them: a backslash before ASCII punctuation is an escape ("\|" a pipe inside the cell, "1\." the
    /// numbering "1.", "\-" a dash, "2024\*)" a star, as pandoc and PDF-to-Markdown converters write them), and a
    /// "&lt;br&gt;" is a line break inside the cell, read as a Word cell's line end (one space; "; " between two digits, so
    /// that "80&lt;br&gt;85" stays two numbers); null for any other line.
    /// </summary>
    public static List<string>? PipeCells(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length < 3 || line[0] != '|' || line[^1] != '|' || line[^2] == '\\') return null;
        var cells = new List<string>();
        int start = 1;
        for (int i = 1; i < line.Length; i++)
        {
            if (line[i] == '\\') i++;
            else if (line[i] == '|')
            {
                var cell = new StringBuilder();
                cells.Add(AppendCell(line[start..i], cell) ? DocxDocumentReader.Normalize(cell) : cell.ToString().Trim());
                start = i + 1;
            }
        }
        return cells.Count >= 2 ? cells : null;
    }

    /// <summary>
    /// True for the delimiter row of a GitHub Markdown table written without its outer pipes ("--- | ---:", "|---|---"
    /// with one of them): such a table's rows are lines with pipes anywhere, which cannot be told from running text
    /// holding a pipe, so the text reader refuses it rather than read its rows as paragraphs.
    /// </summary>
    public static bool IsBareDelimiterRow(ReadOnlySpan<char> line) => BareDelimiterRow().IsMatch(line) && PipeCells(line) is null;

    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")]
    private static partial Regex BareDelimiterRow();

    /// <summary>
    /// Appends the text of a Markdown table cell, <paramref name="text"/>, to <paramref name="cell"/> as Markdown reads
    /// it: a backslash before ASCII punctuation is an escape, a "&lt;br&gt;" a line end
    /// (<see cref="DocxDocumentReader.LineEnd"/>, which the text's NEL and LS are too: <see cref="TextLines.InlineBreaks"/>).
    /// Returns true when a line end was appended.
    /// </summary>
    public static bool AppendCell(ReadOnlySpan<char> text, StringBuilder cell)
    {
        bool lineEnd = false;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && Escapable.Contains(text[i + 1]))
            {
                cell.Append(text[i + 1]);
                i++;
            }
            else if (text[i] == '<' && BreakTagLength(text[i..]) is > 0 and int length)
            {
                cell.Append(DocxDocumentReader.LineEnd);
                lineEnd = true;
                i += length - 1;
            }
            else
            {
                cell.Append(text[i]);
                lineEnd |= text[i] == DocxDocumentReader.LineEnd;
            }
        }
        return lineEnd;
    }

    /// <summary>The length of the HTML line break <paramref name="text"/> starts with, 0 when none.</summary>
    private static int BreakTagLength(ReadOnlySpan<char> text)
    {
        foreach (var match in LineBreakTag().EnumerateMatches(text)) return match.Length;
        return 0;
    }

    /// <summary>An HTML line break at the start of the text: "&lt;br&gt;", "&lt;br/&gt;", "&lt;br /&gt;", any case.</summary>
    [GeneratedRegex(@"^<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    /// <summary>
    /// True when <paramref name="text"/> is hard-wrapped: at least 20 lines of running text (not blank, not a table row,
    /// not a line of a table of <paramref name="tables"/>), at most 1 % of them longer than <see cref="WrappedWidth"/>
    /// characters, and at least 10 of them followed by another such line. pandoc wraps at 72 columns; a report's own
    /// text (the seed: half of its running text in lines of more than 100 characters, one paragraph a line) is not
    /// wrapped, and its lines stay paragraphs of their own.
    /// </summary>
    /// <param name="text">The lines of the whole text (<see cref="TextLines.Split"/>).</param>
    /// <param name="tables">The 0-based index of the last line of each table read whole (dashed, HTML) by that of its first.</param>
    public static bool IsHardWrapped(IReadOnlyList<string> text, IReadOnlyDictionary<int, int> tables)
    {
        int lines = 0, longLines = 0, followed = 0, index = -1, tableLast = -1;
        bool previous = false;
        foreach (string range in text)
        {
            index++;
            if (tables.TryGetValue(index, out int last)) tableLast = last;
            var line = range.AsSpan().TrimEnd();
            bool running = index > tableLast && !line.IsWhiteSpace() && !line.Contains('\t') && PipeCells(line) is null && !GridTable.IsBorder(line);
            if (running)
            {
                lines++;
                if (line.Length > WrappedWidth) longLines++;
                if (previous) followed++;
            }
            previous = running;
        }
        return lines >= 20 && longLines * 100 <= lines && followed >= 10;
    }

    /// <summary>
    /// True when the text of a table cell's next line, <paramref name="text"/>, may be the tail of a word broken at the
    /// line end above: one word filling the column's <paramref name="width"/> (pandoc breaks a word longer than a narrow
    /// column there: "M" over "eningkatnya") that begins as no word does after a line end (a small letter, a digit, "."
    /// or ","). A word that fits the column exactly is taken with it: the two cannot be told apart.
    /// </summary>
    public static bool BrokenWordTail(ReadOnlySpan<char> text, int width) =>
        text.Length >= width && !text.Contains(' ') && (char.IsLower(text[0]) || char.IsAsciiDigit(text[0]) || text[0] is '.' or ',');

    /// <summary>True when the line ends with a Markdown hard line break (two spaces or a backslash): the paragraph's
    /// next line is a line of its own.</summary>
    public static bool EndsLine(ReadOnlySpan<char> line) => line.EndsWith("  ") || line.TrimEnd().EndsWith('\\');

    /// <summary>The line without the backslash of a hard line break at its end.</summary>
    public static string WithoutHardBreak(ReadOnlySpan<char> trimmed) =>
        (trimmed.EndsWith('\\') && !trimmed.EndsWith("\\\\") ? trimmed[..^1].TrimEnd() : trimmed).ToString();

    /// <summary>True when a line begins a Markdown block and so cannot continue the paragraph above: a heading, a
    /// quote, a bullet, a list numbered from 1, a fence, a rule or a table border; and a table's caption ("Tabel 3.1",
    /// "**Tabel 3.1**"), which a report prints as a paragraph of its own (pdftotext leaves no blank line before it).</summary>
    public static bool StartsBlock(string trimmed) => BlockStart().IsMatch(trimmed);

    [GeneratedRegex(@"^(?:#|>|[-*+]\s|1[.)]\s|```|~~~|[-=+:| ]{3,}$|(?:\*\*)?Tab(?:el|le)\s+[0-9IVXL])")]
    private static partial Regex BlockStart();
}
