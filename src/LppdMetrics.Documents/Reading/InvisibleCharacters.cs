using System.Buffers;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// Characters that print nothing where they stand and change no order: the soft hyphen (U+00AD, printed only where a
/// line breaks at it), the zero-width space, non-joiner and joiner (U+200B–U+200D), the left-to-right and right-to-left
/// marks (U+200E, U+200F), the word joiner (U+2060) and the zero-width no-break space (U+FEFF). A reader drops them, so
/// that "Reali\u00ADsasi" is the header word Realisasi and "85,00\u200F%" the percentage it prints. Embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069) are kept: they reorder what they enclose, so the characters
/// in memory are not what is printed, and a number among them is left unread.
/// </summary>
internal static class InvisibleCharacters
{
    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u00AD\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF");

    /// <summary><paramref name="text"/> without the invisible characters (the same string when it holds none).</summary>
    public static string Strip(string text)
    {
        if (!text.AsSpan().ContainsAny(Invisible)) return text;
        return string.Create(text.Length - Count(text), text, static (span, source) =>
        {
            int at = 0;
            foreach (char c in source)
            {
                if (!Invisible.Contains(c)) span[at++] = c;
            }
        });
    }

    private static int Count(string text)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (Invisible.Contains(c)) count++;
        }
        return count;
    }
}
