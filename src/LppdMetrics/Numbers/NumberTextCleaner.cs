using System.Text;

namespace LppdMetrics.Numbers;

/// <summary>
/// Removes the markup that LPPD transcriptions put around numbers (formulas-ch1-3.md §11, recommendation 1):
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

    /// <summary>The text without markup, every whitespace character turned into a plain space, trimmed.</summary>
    public static string Clean(string text)
    {
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
