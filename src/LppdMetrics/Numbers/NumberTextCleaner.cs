using System.Buffers;
using System.Text;

namespace LppdMetrics.Numbers;

/// <summary>
/// Removes the markup that LPPD transcriptions put around numbers (docs/methods.md#numbers):
/// HTML tags ("&lt;b&gt;1.253.550&lt;/b&gt;", "km&lt;sup&gt;2&lt;/sup&gt;"), a few HTML entities, LaTeX math
/// ("$\pm 167$", "$91\%$"), footnote stars ("-47,8**") and exotic spaces.
/// </summary>
internal static class NumberTextCleaner
{
    // Tags in report cells are short ("<sup>", "<b>", "<span ...>"); a bounded search keeps cleaning linear.
    private const int MaxTagLength = 256;
    private static readonly char[] TagDelimiters = ['<', '>'];

    private static readonly (string From, string To)[] Replacements =
    [
        ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&plusmn;", "±"), ("&amp;", "&"),
        ("\\%", "%"), ("\\pm", "±"), ("\\leq", "≤"), ("\\geq", "≥"), ("\\le", "≤"), ("\\ge", "≥"),
        ("\\lt", "<"), ("\\gt", ">"), ("\\,", ""), ("\\;", " "), ("\\!", ""), ("\\ ", " "),
        ("{,}", ","), ("{.}", "."), ("+/-", "±"), ("<=", "≤"), (">=", "≥"),
    ];

    // Characters that need more than trimming: markup, stars, entities, LaTeX, "+/-", "<=", and whitespace other than ' '.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "<>$*\\&{+=\u200B\uFEFF\u00AD\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    // The characters that start a replacement.
    private static readonly SearchValues<char> ReplacementStarts = SearchValues.Create("&\\{+<>");

    /// <summary>The text without markup, every whitespace character turned into a plain space, trimmed.</summary>
    /// <remarks>Plain cells ("1.263.650", "8,16%") are returned trimmed without copying.</remarks>
    public static string Clean(string text)
    {
        if (!text.AsSpan().ContainsAny(Special))
            return text.Trim();
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '<' && TagEnd(text, i) is int end and > 0)
            {
                i = end;
                continue;
            }
            if (c is '$' or '*' or '\u200B' or '\uFEFF' or '\u00AD')
                continue;
            sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        string cleaned = sb.ToString();
        if (!cleaned.AsSpan().ContainsAny(ReplacementStarts))
            return cleaned.Trim();
        foreach (var (from, to) in Replacements)
            sb.Replace(from, to);
        return sb.ToString().Trim();
    }

    // An HTML tag starts with "<" and a letter or "</" and a letter, and ends at the next ">"; returns that index or -1.
    private static int TagEnd(string text, int start)
    {
        int i = start + 1;
        if (i < text.Length && text[i] == '/')
            i++;
        if (i >= text.Length || !char.IsAsciiLetter(text[i]))
            return -1;
        int window = Math.Min(MaxTagLength, text.Length - i);
        int end = text.IndexOfAny(TagDelimiters, i, window);
        return end > 0 && text[end] == '>' ? end : -1;
    }
}
