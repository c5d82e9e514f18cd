using UglyToad.PdfPig.Content;

namespace LppdMetrics.Documents.Reading;

/// <summary>One printed line of words (PDF points, y up): its text (words joined with one space) and its box.</summary>
internal sealed record PdfTextLine(string Text, double Left, double Right, double Top, double Bottom)
{
    /// <summary>The line's height.</summary>
    public double Height => Top - Bottom;

    /// <summary>Groups words into printed lines, top to bottom: a word joins the line whose baseline it shares
    /// (within half the smaller height); within a line, words go left to right.</summary>
    public static List<PdfTextLine> Group(IEnumerable<Word> words) => GroupWords(words).Select(Of).ToList();

    /// <summary>The line of <paramref name="words"/> (words of one printed line, left to right).</summary>
    public static PdfTextLine Of(List<Word> words) =>
        new(string.Join(' ', words.Select(w => w.Text)), words.Min(w => w.BoundingBox.Left), words.Max(w => w.BoundingBox.Right),
            words.Max(w => w.BoundingBox.Top), words.Min(w => w.BoundingBox.Bottom));

    /// <summary>Groups words into printed lines as <see cref="Group"/> does, keeping the words: lines top to bottom,
    /// each line's words left to right.</summary>
    public static List<List<Word>> GroupWords(IEnumerable<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var box = word.BoundingBox;
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null)
            {
                var first = line[0].BoundingBox;
                double tolerance = Math.Max(1.0, 0.5 * Math.Min(first.Height, box.Height));
                if (Math.Abs(first.Bottom - box.Bottom) <= tolerance)
                {
                    line.Add(word);
                    continue;
                }
            }
            lines.Add([word]);
        }
        return lines.Select(l => l.OrderBy(w => w.BoundingBox.Left).ToList()).ToList();
    }
}
