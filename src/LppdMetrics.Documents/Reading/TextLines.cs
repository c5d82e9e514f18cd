namespace LppdMetrics.Documents.Reading;

/// <summary>
/// The lines of a text report, as every line number the text reader gives counts them (README, "Line numbers of a
/// text"): a line ends at CR LF, LF CR, LF or a lone CR; a pair of the two different characters is one line end, taken
/// from the left ("\r\n\r" is CR LF, then CR). So a text ends its lines the same whatever mix of LF, CR LF and LF CR (old
/// tools) it uses, and a line has the number <c>grep -n</c>, <c>sed -n</c> and an editor give it for LF and CR LF
/// texts (and <see cref="StreamReader.ReadLine"/> for a lone CR). Form feed, NEL (U+0085), the line separator
/// (U+2028) and the paragraph separator (U+2029) end no line: a form feed at a line's start is a page break
/// (<see cref="IsPageBreak"/>), the other three a line break inside the line's cell or paragraph
/// (<see cref="InlineBreaks"/>).
/// </summary>
internal static class TextLines
{
    /// <summary>The lines of <paramref name="text"/>, without their ends; after a last line end, one more empty line
    /// (as <see cref="MemoryExtensions.EnumerateLines(ReadOnlySpan{char})"/> gives it).</summary>
    public static List<string> Split(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('\n' or '\r')) continue;
            lines.Add(text[start..i]);
            if (i + 1 < text.Length && text[i + 1] is '\n' or '\r' && text[i + 1] != c) i++;
            start = i + 1;
        }
        lines.Add(text[start..]);
        return lines;
    }

    /// <summary>True when <paramref name="line"/> begins with a form feed (after spaces): a page break, as pdftotext
    /// writes it before a page's first line. It ends the table and the paragraph above as a blank line does.</summary>
    public static bool IsPageBreak(ReadOnlySpan<char> line) => line.TrimStart(' ').StartsWith('\f');

    /// <summary>
    /// <paramref name="line"/> with its form feeds as spaces and NEL (U+0085) and the line separator (U+2028) as the
    /// paragraph separator U+2029, <see cref="DocxDocumentReader.LineEnd"/>: a line break inside a cell (one space,
    /// "; " between two digits, as a Word cell's) or a paragraph (one space).
    /// </summary>
    public static string InlineBreaks(string line) =>
        line.AsSpan().IndexOfAny('\f', '\u0085', '\u2028') < 0 ? line : line.Replace('\f', ' ').Replace('\u0085', DocxDocumentReader.LineEnd).Replace('\u2028', DocxDocumentReader.LineEnd);
}
