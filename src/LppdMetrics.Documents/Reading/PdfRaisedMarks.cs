using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// Footnote marks and powers a PDF prints raised after a word ("105,00¹", "10⁶"): letters smaller than the letter
/// drawn before them, on a baseline raised above its baseline, right after it on the line. PdfPig gives them as
/// letters of their own baseline, so the line grouping put them on a line of their own above the number and a cell
/// read "1 105,00" as 1105,00. They become one letter "&lt;sup&gt;1&lt;/sup&gt;" on the baseline of the letter they
/// follow, as the DOCX reader gives a superscript run, and the number beside them is text (not checkable).
/// </summary>
internal static class PdfRaisedMarks
{
    /// <summary>At most this share of the base letter's size: a raised mark is printed smaller (LibreOffice 58 %, Word 65 %).</summary>
    private const double MaxSize = 0.85;

    /// <summary>At least this share of the base letter's size between the two baselines.</summary>
    private const double MinRise = 0.2;

    /// <summary>
    /// <paramref name="letters"/> with each run of raised marks made one letter "&lt;sup&gt;…&lt;/sup&gt;" on the
    /// baseline of the letter it follows; the same list when there is none. The letter a mark follows and the marks of
    /// a run are those drawn right before it on the page, whatever the order the content stream draws them in (a
    /// writer may draw glyph by glyph in any order): the letter drawn just before in the stream when it fits, else the
    /// nearest one on the page that does.
    /// </summary>
    public static IReadOnlyList<Letter> Mark(IReadOnlyList<Letter> letters)
    {
        int n = letters.Count;
        if (n == 0) return letters;
        double maxSize = letters.Max(l => l.PointSize);
        // the letters by their right and by their left edge, to find the one right before or after a letter on the page
        // sorted on first use: most pages draw in reading order, and then only a line's first letter is looked for by position
        (int[] Order, double[] Keys)? byRight = null, byLeft = null;
        var taken = new bool[n];
        var runs = new Dictionary<int, Letter>(); // the first member's index → the run as one letter
        for (int i = 0; i < n; i++)
        {
            var letter = letters[i];
            if (taken[i] || letter.PointSize > MaxSize * maxSize || string.IsNullOrWhiteSpace(letter.Value)) continue; // no letter it could be raised beside
            Letter? baseLetter;
            if (i > 0 && IsRaisedAfter(letter, letters[i - 1]))
                baseLetter = letters[i - 1];
            else if (i > 0 && IsSameRun(letter, letters[i - 1], letters[i - 1]))
                continue; // drawn right after the letter at its left on its own baseline: it goes on that letter's line
            else
            {
                var (order, keys) = byRight ??= SortedBy(letters, static box => box.Right);
                baseLetter = Nearest(order, keys, letter.BoundingBox.Left - 0.3 * maxSize, letter.BoundingBox.Left + 0.2 * maxSize,
                    k => k != i && IsRaisedAfter(letter, letters[k]), k => Math.Abs(letters[k].BoundingBox.Right - letter.BoundingBox.Left), letters);
            }
            if (baseLetter is null) continue;
            // the run: the marks drawn after this one on its own baseline and size ("12" of "105,00¹²")
            var members = new List<int> { i };
            taken[i] = true;
            while (true)
            {
                int last = members[^1];
                var previous = letters[last];
                int next;
                if (last + 1 < n && !taken[last + 1] && IsSameRun(letters[last + 1], previous, letter))
                    next = last + 1;
                else
                {
                    var (order, keys) = byLeft ??= SortedBy(letters, static box => box.Left);
                    next = NearestIndex(order, keys, previous.BoundingBox.Right - 0.2 * letter.PointSize, previous.BoundingBox.Right + 0.3 * letter.PointSize,
                        k => !taken[k] && IsSameRun(letters[k], previous, letter), k => Math.Abs(letters[k].BoundingBox.Left - previous.BoundingBox.Right));
                }
                if (next < 0) break;
                members.Add(next);
                taken[next] = true;
            }
            runs[members.Min()] = Joined(members.Select(k => letters[k]).ToList(), baseLetter);
        }
        if (runs.Count == 0) return letters;
        var result = new List<Letter>(n);
        for (int k = 0; k < n; k++)
        {
            if (runs.TryGetValue(k, out var joined)) result.Add(joined);
            else if (!taken[k]) result.Add(letters[k]);
        }
        return result;
    }

    /// <summary>The indices of <paramref name="letters"/> in ascending order of an edge of their box, equal edges in
    /// drawing order, with those edges (an array sort of the keys: every letter of every page is sorted twice).</summary>
    private static (int[] Order, double[] Keys) SortedBy(IReadOnlyList<Letter> letters, Func<PdfRectangle, double> edge)
    {
        var order = new int[letters.Count];
        var keys = new double[letters.Count];
        for (int k = 0; k < order.Length; k++)
        {
            order[k] = k;
            keys[k] = edge(letters[k].BoundingBox);
        }
        Array.Sort(keys, order);
        // equal edges in drawing order, as a stable sort leaves them (the nearest of equally near letters is the first)
        for (int start = 0, end; start < keys.Length; start = end)
        {
            for (end = start + 1; end < keys.Length && keys[end] == keys[start]; end++) { }
            if (end - start > 1) Array.Sort(order, start, end - start);
        }
        return (order, keys);
    }

    /// <summary>The letter of <paramref name="letters"/> that <see cref="NearestIndex"/> finds, or null.</summary>
    private static Letter? Nearest(int[] order, double[] keys, double from, double to, Func<int, bool> fits, Func<int, double> distance, IReadOnlyList<Letter> letters)
    {
        int k = NearestIndex(order, keys, from, to, fits, distance);
        return k < 0 ? null : letters[k];
    }

    /// <summary>Of the letters whose edge (<paramref name="keys"/>, sorted, of the indices <paramref name="order"/>)
    /// lies in [<paramref name="from"/>, <paramref name="to"/>], the index of the one that fits nearest; -1 for none.</summary>
    private static int NearestIndex(int[] order, double[] keys, double from, double to, Func<int, bool> fits, Func<int, double> distance)
    {
        int lo = Array.BinarySearch(keys, from);
        if (lo < 0) lo = ~lo;
        while (lo > 0 && keys[lo - 1] >= from) lo--;
        int best = -1;
        for (int j = lo; j < keys.Length && keys[j] <= to; j++)
        {
            int k = order[j];
            if (fits(k) && (best < 0 || distance(k) < distance(best))) best = k;
        }
        return best;
    }

    /// <summary>Whether <paramref name="letter"/> is printed raised and smaller right after <paramref name="before"/>.</summary>
    private static bool IsRaisedAfter(Letter letter, Letter before)
    {
        if (string.IsNullOrWhiteSpace(letter.Value) || string.IsNullOrWhiteSpace(before.Value)) return false;
        if (letter.TextOrientation != TextOrientation.Horizontal || before.TextOrientation != TextOrientation.Horizontal) return false;
        double size = before.PointSize;
        if (size <= 0 || letter.PointSize > MaxSize * size) return false;
        double rise = letter.StartBaseLine.Y - before.StartBaseLine.Y;
        double gap = letter.BoundingBox.Left - before.BoundingBox.Right;
        return rise >= MinRise * size && rise <= size && gap >= -0.2 * size && gap <= 0.3 * size;
    }

    /// <summary>Whether <paramref name="letter"/> goes on the run of <paramref name="first"/>: its baseline and size, right after <paramref name="previous"/>.</summary>
    private static bool IsSameRun(Letter letter, Letter previous, Letter first)
    {
        if (string.IsNullOrWhiteSpace(letter.Value)) return false;
        double gap = letter.BoundingBox.Left - previous.BoundingBox.Right;
        return Math.Abs(letter.StartBaseLine.Y - first.StartBaseLine.Y) <= 0.1 * first.PointSize
            && Math.Abs(letter.PointSize - first.PointSize) <= 0.1 * first.PointSize
            && gap >= -0.2 * first.PointSize && gap <= 0.3 * first.PointSize;
    }

    /// <summary>The letters of a run as one letter "&lt;sup&gt;…&lt;/sup&gt;" on the baseline and size of <paramref name="baseLetter"/>.</summary>
    private static Letter Joined(List<Letter> run, Letter baseLetter)
    {
        var text = new StringBuilder("<sup>");
        foreach (var letter in run) text.Append(letter.Value);
        text.Append("</sup>");
        double left = run[0].BoundingBox.Left, right = run[^1].BoundingBox.Right;
        var box = new PdfRectangle(left, baseLetter.BoundingBox.Bottom, Math.Max(left, right), baseLetter.BoundingBox.Top);
        var loose = new PdfRectangle(left, baseLetter.GlyphRectangleLoose.Bottom, Math.Max(left, right), baseLetter.GlyphRectangleLoose.Top);
        double y = baseLetter.StartBaseLine.Y;
        return new Letter(text.ToString(), box, loose, new PdfPoint(left, y), new PdfPoint(right, y), right - left,
            baseLetter.FontSize, baseLetter.FontDetails, baseLetter.RenderingMode, baseLetter.StrokeColor, baseLetter.FillColor,
            baseLetter.PointSize, run[0].TextSequence);
    }
}
