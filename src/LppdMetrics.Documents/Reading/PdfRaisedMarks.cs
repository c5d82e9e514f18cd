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
    /// baseline of the letter it follows; the same list when there is none.
    /// </summary>
    public static IReadOnlyList<Letter> Mark(IReadOnlyList<Letter> letters)
    {
        List<Letter>? result = null;
        for (int i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            var baseLetter = i > 0 ? letters[i - 1] : null;
            if (baseLetter is null || !IsRaisedAfter(letter, baseLetter))
            {
                result?.Add(letter);
                continue;
            }
            result ??= [.. letters.Take(i)];
            // the run: the marks drawn after this one on its own baseline and size ("12" of "105,00¹²")
            int end = i + 1;
            while (end < letters.Count && IsSameRun(letters[end], letters[end - 1], letter)) end++;
            result.Add(Joined(letters, i, end, baseLetter));
            i = end - 1;
        }
        return result ?? letters;
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

    /// <summary>Letters [from, to) as one letter "&lt;sup&gt;…&lt;/sup&gt;" on the baseline and size of <paramref name="baseLetter"/>.</summary>
    private static Letter Joined(IReadOnlyList<Letter> letters, int from, int to, Letter baseLetter)
    {
        var text = new StringBuilder("<sup>");
        for (int k = from; k < to; k++) text.Append(letters[k].Value);
        text.Append("</sup>");
        double left = letters[from].BoundingBox.Left, right = letters[to - 1].BoundingBox.Right;
        var box = new PdfRectangle(left, baseLetter.BoundingBox.Bottom, Math.Max(left, right), baseLetter.BoundingBox.Top);
        var loose = new PdfRectangle(left, baseLetter.GlyphRectangleLoose.Bottom, Math.Max(left, right), baseLetter.GlyphRectangleLoose.Top);
        double y = baseLetter.StartBaseLine.Y;
        return new Letter(text.ToString(), box, loose, new PdfPoint(left, y), new PdfPoint(right, y), right - left,
            baseLetter.FontSize, baseLetter.FontDetails, baseLetter.RenderingMode, baseLetter.StrokeColor, baseLetter.FillColor,
            baseLetter.PointSize, letters[from].TextSequence);
    }
}
