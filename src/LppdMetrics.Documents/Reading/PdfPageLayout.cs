using UglyToad.PdfPig.Content;

namespace LppdMetrics.Documents.Reading;

/// <summary>One page as laid out: its bordered tables and its lines of text outside them, top to bottom.</summary>
internal sealed class PdfPageLayout
{
    private PdfPageLayout(int number, double height, List<object> items)
    {
        Number = number;
        Height = height;
        Items = items;
    }

    /// <summary>The 1-based page number.</summary>
    public int Number { get; }

    /// <summary>The page height in points.</summary>
    public double Height { get; }

    /// <summary><see cref="PdfTableGrid"/> and <see cref="PdfTextLine"/> items, top to bottom.</summary>
    public List<object> Items { get; }

    /// <summary>Whether the page holds no text.</summary>
    public bool IsEmpty => Items.Count == 0;

    /// <summary>Lays out one page from what PdfPig read of it: tables from its rules, other words into lines.</summary>
    /// <param name="words">The page's words (blank ones left out).</param>
    /// <param name="rules">The page's ruling lines (<see cref="PdfTableGrid.RulesOf"/>).</param>
    /// <param name="height">The page height in points.</param>
    /// <param name="number">The 1-based page number.</param>
    public static PdfPageLayout Of(List<Word> words, List<PdfRule> rules, double height, int number)
    {
        var grids = PdfTableGrid.Find(rules, words);
        var outside = words.Where(w =>
        {
            double cx = (w.BoundingBox.Left + w.BoundingBox.Right) / 2, cy = (w.BoundingBox.Top + w.BoundingBox.Bottom) / 2;
            return !grids.Any(g => g.Contains(cx, cy));
        });
        var items = new List<(double Top, object Item)>();
        items.AddRange(grids.Select(g => (g.Top, (object)g)));
        items.AddRange(PdfTextLine.Group(outside).Select(l => (l.Top, (object)l)));
        return new PdfPageLayout(number, height, items.OrderByDescending(i => i.Top).Select(i => i.Item).ToList());
    }
}
