using System.Text;
using UglyToad.PdfPig.Content;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// The words a PDF prints whole, as evidence for joining the lines of a table cell. A single token that fills its
/// line to the cell's edge (<see cref="PdfTableGrid.FilledCell"/>) is either a word the printer broke because it did not
/// fit ("Pemberdayaa" / "n") or a whole word the next one did not fit after ("Pendapatan" / "Daerah"); the two look
/// alike on the page (the next glyph would not have fitted in either), so the rest of the document decides. A word is
/// taken as printed whole where it stands on a line with another word at word spacing beside it.
/// </summary>
/// <remarks>
/// The pages are laid out one by one as they are read, with <see cref="Joint"/> where such a line meets the next; the
/// words of every page are added (<see cref="Add"/>, a set of strings: the pages' words are not kept), and
/// <see cref="Resolve"/> replaces each joint once the last page is read.
/// </remarks>
internal sealed class PdfVocabulary
{
    /// <summary>A private-use character standing where a cell's line that filled the cell meets the next line, until <see cref="Resolve"/>.</summary>
    public const char Joint = '\uE000';

    private readonly HashSet<string> _whole = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _followed = new(StringComparer.OrdinalIgnoreCase);
    private string[]? _sorted; // _whole in order, once the last page is added

    /// <summary>Adds one page's words: every run of letters or digits of a word with another word at word spacing
    /// beside it on its line is whole ("Kabupaten/Kota," gives both runs), and followed when the other word is after it.</summary>
    /// <param name="words">The page's words.</param>
    public void Add(IEnumerable<Word> words)
    {
        foreach (var line in PdfTextLine.GroupWords(words))
        {
            for (int k = 0; k < line.Count; k++)
            {
                bool after = k + 1 < line.Count && Spaced(line[k], line[k + 1]);
                bool before = k > 0 && Spaced(line[k - 1], line[k]);
                if (!after && !before) continue;
                foreach (string run in Runs(line[k].Text))
                {
                    _whole.Add(run);
                    if (after) _followed.Add(run);
                }
            }
        }
    }

    /// <summary>Replaces every <see cref="Joint"/> in the cells with a space or nothing (<see cref="Joins"/>), in place.</summary>
    /// <param name="cells">A table's cell texts, row by row.</param>
    public void Resolve(string[][] cells)
    {
        foreach (var row in cells)
            for (int c = 0; c < row.Length; c++)
                row[c] = Resolved(row[c]);
    }

    // The text with every joint replaced by a space or nothing, left to right.
    private string Resolved(string text)
    {
        if (text.IndexOf(Joint) < 0) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != Joint) { sb.Append(text[i]); continue; }
            int end = text.IndexOf(Joint, i + 1);
            if (!Joins(sb.ToString(), text[(i + 1)..(end < 0 ? text.Length : end)])) sb.Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>
    /// Whether the text of a cell so far, whose last line is one token filling the cell to its edge, goes on with
    /// <paramref name="next"/> without a space (a broken word). The letters before the break (the last run of letters
    /// or digits of the text so far) and after it (the first run of the next line): yes when the joined run is printed
    /// whole elsewhere ("Pemberdayaa" + "n Masyarakat": "Pemberdayaan"; "Kab" + "upaten/Kota": "Kabupaten"), or when the
    /// next line is that run alone and the joined run begins a word printed whole ("Kab" + "upat", then "en/K": the
    /// start of "Kabupaten"); no when the
    /// run before the break is printed whole elsewhere with a word after it ("Pendapatan" + "Daerah"), or when the next
    /// line begins with a capital after a run in small letters (a word does not turn to capitals inside); yes otherwise.
    /// </summary>
    /// <param name="before">The cell's text so far.</param>
    /// <param name="next">The next line's text.</param>
    public bool Joins(string before, string next)
    {
        string head = LastRun(before), tail = FirstRun(next);
        if (head.Length == 0) return true;
        if (tail.Length > 0 && _whole.Contains(head + tail)) return true;
        if (tail.Length > 0 && tail.Length == next.Length && StartsWholeWord(head + tail)) return true;
        if (_followed.Contains(head)) return false;
        return !(tail.Length > 0 && char.IsUpper(tail[0]) && head.Any(char.IsLower));
    }

    // Whether a word printed whole is longer than and begins with this run ("Kabupat": "Kabupaten"): the run of a
    // line that is nothing else may be the middle of a word broken over three lines or more.
    private bool StartsWholeWord(string run)
    {
        _sorted ??= _whole.Order(StringComparer.OrdinalIgnoreCase).ToArray();
        int i = Array.BinarySearch(_sorted, run, StringComparer.OrdinalIgnoreCase);
        if (i < 0) i = ~i;
        for (; i < _sorted.Length && _sorted[i].StartsWith(run, StringComparison.OrdinalIgnoreCase); i++)
            if (_sorted[i].Length > run.Length) return true;
        return false;
    }

    // Two words of one line at word spacing (not two cells of a table row): the gap is under half the letters' height.
    private static bool Spaced(Word left, Word right) =>
        right.BoundingBox.Left - left.BoundingBox.Right <= 0.5 * Math.Min(left.BoundingBox.Height, right.BoundingBox.Height);

    // The last run of letters or digits of a text, ignoring punctuation after it ("Kabupaten/Kota," → "Kota").
    private static string LastRun(string text)
    {
        int end = text.Length;
        while (end > 0 && !char.IsLetterOrDigit(text[end - 1])) end--;
        int start = end;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1])) start--;
        return text[start..end];
    }

    // The first run of letters or digits of a text, when the text begins with it ("upaten/Kota" → "upaten"; "/ Fungsi" → "").
    private static string FirstRun(string text)
    {
        int end = 0;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return text[..end];
    }

    private static IEnumerable<string> Runs(string token)
    {
        for (int i = 0; i < token.Length;)
        {
            if (!char.IsLetterOrDigit(token[i])) { i++; continue; }
            int start = i;
            while (i < token.Length && char.IsLetterOrDigit(token[i])) i++;
            yield return token[start..i];
        }
    }
}
