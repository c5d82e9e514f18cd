using UglyToad.PdfPig.Content;

namespace LppdMetrics.Documents.Reading;

/// <summary>One page as laid out: its tables (ruled, or rebuilt from the words' alignment) and its lines of text
/// outside them, top to bottom.</summary>
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

    /// <summary>The column edges of a table with no rules that ends the page (nothing but a footer below it), for
    /// the next page to go on with; null when the page does not end with one.</summary>
    public double[]? OpenEdges
    {
        get
        {
            for (int k = Items.Count - 1; k >= 0; k--)
            {
                if (Items[k] is PdfTableGrid { Ruled: false } grid) return grid.ColumnEdges;
                if (Items[k] is not PdfTextLine line || line.Bottom > 0.1 * Height) return null;
            }
            return null;
        }
    }

    /// <summary>Lays out one page from what PdfPig read of it: tables from its rules, tables with no rules from the
    /// alignment of the other words (<see cref="PdfBorderlessTable"/>), other words into lines.</summary>
    /// <param name="words">The page's words (blank ones left out).</param>
    /// <param name="rules">The page's ruling lines (<see cref="PdfTableGrid.RulesOf"/>).</param>
    /// <param name="height">The page height in points.</param>
    /// <param name="number">The 1-based page number.</param>
    /// <param name="openEdges">The previous page's <see cref="OpenEdges"/>: the columns of a table with no rules
    /// that may go on at the top of this page; null for none.</param>
    public static PdfPageLayout Of(List<Word> words, List<PdfRule> rules, double height, int number, double[]? openEdges = null)
    {
        var grids = PdfTableGrid.Find(rules, words);
        var outside = words.Where(w =>
        {
            double cx = (w.BoundingBox.Left + w.BoundingBox.Right) / 2, cy = (w.BoundingBox.Top + w.BoundingBox.Bottom) / 2;
            return !grids.Any(g => g.Contains(cx, cy));
        });
        var items = new List<(double Top, object Item)>();
        items.AddRange(grids.Select(g => (g.Top, (object)g)));
        items.AddRange(PdfBorderlessTable.Lay(PdfTextLine.GroupWords(outside), openEdges, height)
            .Select(item => (item is PdfTableGrid g ? g.Top : ((PdfTextLine)item).Top, item)));
        return new PdfPageLayout(number, height, items.OrderByDescending(i => i.Top).Select(i => i.Item).ToList());
    }
}
