using System.Text;

namespace LppdMetrics.Documents.Writing;

/// <summary>
/// Makes text read from a report or from microdata inert in the files handed over: a spreadsheet cell that is never
/// evaluated as a formula, XML that a workbook can hold, a terminal line that carries no control character.
/// </summary>
/// <remarks>
/// The spreadsheet convention is OWASP's for CSV injection: a text cell that starts with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return (also after leading spaces, and in their full-width forms) gets a
/// leading apostrophe (<c>'</c>), so that Excel, LibreOffice and
/// Google Sheets show it as text instead of evaluating it (<c>=HYPERLINK(…)</c>, <c>+cmd</c>, <c>-2+3</c>,
/// <c>@SUM(…)</c>). A cell that is a plain number — an optional minus, digits and at most one decimal point or comma
/// between digits, like <c>-2,5</c> or <c>-1234.5</c> — is left as it is, so that a negative number stays a number.
/// See docs/output-safety.md.
/// </remarks>
public static class InertText
{
    /// <summary>
    /// Returns <paramref name="text"/> as a spreadsheet cell that is not evaluated: with a leading <c>'</c> when it
    /// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return — or with one of those after
    /// leading spaces (which an import that trims whitespace drops), or with their full-width forms <c>＝</c>,
    /// <c>＋</c>, <c>－</c>, <c>＠</c> (which an East Asian input method turns into the ASCII ones) — and is not a
    /// plain number.
    /// </summary>
    /// <param name="text">The cell's text; null gives an empty string.</param>
    /// <returns>The text, unchanged or with a leading apostrophe.</returns>
    public static string SpreadsheetCell(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        ReadOnlySpan<char> rest = text.AsSpan().TrimStart(LeadingSpaces);
        return !rest.IsEmpty && rest[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20'
            && !IsPlainNumber(rest) ? "'" + text : text;
    }

    // The spaces a spreadsheet's import may trim before reading a cell: space, no-break space, ideographic space.
    private const string LeadingSpaces = " \u00A0\u3000";

    /// <summary>An optional minus, digits, and at most one '.' or ',' with digits on both sides.</summary>
    private static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        int i = text[0] == '-' ? 1 : 0;
        int digits = 0, separators = 0;
        bool lastWasDigit = false;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c)) { digits++; lastWasDigit = true; }
            else if (c is '.' or ',' && lastWasDigit && separators == 0) { separators++; lastWasDigit = false; }
            else return false;
        }
        return digits > 0 && lastWasDigit;
    }

    /// <summary>
    /// Returns <paramref name="text"/> with every character XML 1.0 cannot hold (the C0 controls but tab, line feed and
    /// carriage return; a lone surrogate; U+FFFE and U+FFFF) replaced by U+FFFD: a workbook with one of them is refused
    /// by Excel, and the writer refuses to write it.
    /// </summary>
    /// <param name="text">The text; null gives an empty string.</param>
    /// <returns>Text valid in XML.</returns>
    public static string Xml(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool valid;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            valid = c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF');
            if (valid) { sb?.Append(c); continue; }
            sb ??= new StringBuilder(text.Length).Append(text, 0, i);
            sb.Append('\uFFFD');
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>
    /// Returns <paramref name="text"/> as one line for a terminal, the routine behind every echo of the CLI and the text
    /// report: every control character (ESC, TAB, NUL, DEL, the C1 range…) and the line and paragraph separators
    /// U+2028 and U+2029 are written as <c>\u001B</c>-style escapes, so that the text can neither break the line it is
    /// printed on nor drive the terminal. With <paramref name="lineBreaksAsSpaces"/> the line endings (CR, LF, FF, NEL,
    /// LS, PS) become spaces instead (a label that wraps in a report reads as the words it holds); the other controls
    /// are still escaped.
    /// </summary>
    /// <param name="text">The text; null gives an empty string.</param>
    /// <param name="lineBreaksAsSpaces">Line endings as spaces instead of escapes.</param>
    /// <returns>The text on one line; the same instance when there is nothing to rewrite.</returns>
    public static string TerminalLine(string? text, bool lineBreaksAsSpaces = false)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (text.AsSpan().IndexOfAny(TerminalUnsafe) < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (lineBreaksAsSpaces && c is '\r' or '\n' or '\f' or '\u0085' or '\u2028' or '\u2029') sb.Append(' ');
            else if (char.IsControl(c) || c is '\u2028' or '\u2029') sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Rewrites <paramref name="text"/> in place by <see cref="TerminalLine"/> with the line endings as spaces: a label,
    /// section or title the text report prints. Text without such a character is left untouched.
    /// </summary>
    internal static void Terminal(StringBuilder text)
    {
        bool any = false;
        foreach (var chunk in text.GetChunks())
            if (chunk.Span.IndexOfAny(TerminalUnsafe) >= 0) { any = true; break; }
        if (!any) return;
        string original = text.ToString();
        text.Clear().Append(TerminalLine(original, lineBreaksAsSpaces: true));
    }

    private static readonly System.Buffers.SearchValues<char> TerminalUnsafe = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), .. Enumerable.Range(0x7F, 0x21).Select(i => (char)i), '\u2028', '\u2029']);
}
