using UglyToad.PdfPig.Content;

namespace LppdMetrics.Documents.Reading;

/// <summary>One printed line of words (PDF points, y up): its text (words joined with one space) and its box.</summary>
internal sealed record PdfTextLine(string Text, double Left, double Right, double Top, double Bottom)
{
    /// <summary>The line's height.</summary>
    public double Height => Top - Bottom;

    /// <summary>Groups words into printed lines, top to bottom: a word joins the line whose baseline it shares
    /// (within half the smaller height); within a line, words go left to right.</summary>
    public static List<PdfTextLine> Group(IEnumerable<Word> words)
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
        return lines.Select(l =>
        {
            var ordered = l.OrderBy(w => w.BoundingBox.Left).ToList();
            return new PdfTextLine(string.Join(' ', ordered.Select(w => w.Text)),
                ordered.Min(w => w.BoundingBox.Left), ordered.Max(w => w.BoundingBox.Right),
                ordered.Max(w => w.BoundingBox.Top), ordered.Min(w => w.BoundingBox.Bottom));
        }).ToList();
    }
}
