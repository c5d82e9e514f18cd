using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// A page whose text all runs one way other than left to right as displayed: a page turned by <c>/Rotate</c> 90, 180
/// or 270 (PdfPig gives its letters as displayed, running down, up or upside down), or a landscape table drawn turned
/// on its page. When every letter of the page runs the same one of those three ways, the page is turned back (its
/// letters and rules by the quarter turns that make that way left to right) and read as any other page; a page whose
/// letters run several ways is left as it is.
/// </summary>
/// <remarks>
/// A letter's way is the direction of its baseline (PdfPig's start and end of the baseline), to the nearest quarter
/// turn; white space is turned with the page but does not decide. The turn is exact (coordinates are only swapped and
/// subtracted from the page's width or height), so the letters keep their sizes and the gaps between them.
/// </remarks>
internal static class PdfTurnedPage
{
    /// <summary>
    /// The page's letters and rules turned upright, and the upright page's height; the same letters, rules and height
    /// when the page's text already runs left to right, or runs several ways.
    /// </summary>
    /// <param name="letters">The page's letters, as PdfPig gives them (display space).</param>
    /// <param name="rules">The page's ruling lines (<see cref="PdfTableGrid.RulesOf"/>).</param>
    /// <param name="width">The displayed page's width in points.</param>
    /// <param name="height">The displayed page's height in points.</param>
    public static (IReadOnlyList<Letter> Letters, List<PdfRule> Rules, double Height) Upright(
        IReadOnlyList<Letter> letters, List<PdfRule> rules, double width, double height)
    {
        int turns = -1; // quarter turns counter-clockwise that make the text run left to right
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value)) continue;
            int way = Way(letter);
            if (way < 0 || (turns >= 0 && way != turns)) return (letters, rules, height);
            turns = way;
        }
        if (turns <= 0) return (letters, rules, height);
        PdfPoint Turn(PdfPoint p) => turns switch
        {
            1 => new PdfPoint(height - p.Y, p.X),       // text running down the page: a quarter turn counter-clockwise
            2 => new PdfPoint(width - p.X, height - p.Y), // upside down: a half turn
            _ => new PdfPoint(p.Y, width - p.X),        // running up: a quarter turn clockwise
        };
        var turned = letters.Select(l => Turned(l, Turn)).ToList();
        var turnedRules = rules.Select(r =>
        {
            var a = Turn(r.Horizontal ? new PdfPoint(r.From, r.Position) : new PdfPoint(r.Position, r.From));
            var b = Turn(r.Horizontal ? new PdfPoint(r.To, r.Position) : new PdfPoint(r.Position, r.To));
            bool horizontal = Math.Abs(a.Y - b.Y) < Math.Abs(a.X - b.X);
            return horizontal
                ? new PdfRule(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X))
                : new PdfRule(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y));
        }).ToList();
        return (turned, turnedRules, turns == 2 ? height : width);
    }

    /// <summary>The quarter turns counter-clockwise that make a letter's baseline run left to right: 0 (it does), 1
    /// (it runs down), 2 (right to left, upside down), 3 (it runs up); -1 for a baseline at another angle or of no length.</summary>
    private static int Way(Letter letter)
    {
        double dx = letter.EndBaseLine.X - letter.StartBaseLine.X, dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
        double length = Math.Sqrt(dx * dx + dy * dy);
        if (length <= 1e-6) return -1;
        const double skew = 0.02; // a baseline within about 1° of a quarter turn
        if (Math.Abs(dy) <= skew * length) return dx > 0 ? 0 : 2;
        if (Math.Abs(dx) <= skew * length) return dy < 0 ? 1 : 3;
        return -1;
    }

    /// <summary>A letter with its box and baseline moved by <paramref name="turn"/>.</summary>
    private static Letter Turned(Letter letter, Func<PdfPoint, PdfPoint> turn)
    {
        static PdfRectangle Box(PdfRectangle r, Func<PdfPoint, PdfPoint> turn)
        {
            var corners = new[] { r.BottomLeft, r.BottomRight, r.TopLeft, r.TopRight }.Select(turn).ToArray();
            return new PdfRectangle(corners.Min(p => p.X), corners.Min(p => p.Y), corners.Max(p => p.X), corners.Max(p => p.Y));
        }
        return new Letter(letter.Value, Box(letter.BoundingBox, turn), Box(letter.GlyphRectangleLoose, turn),
            turn(letter.StartBaseLine), turn(letter.EndBaseLine), letter.Width, letter.FontSize, letter.FontDetails,
            letter.RenderingMode, letter.StrokeColor, letter.FillColor, letter.PointSize, letter.TextSequence);
    }
}
