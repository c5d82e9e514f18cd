using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.Documents.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LppdMetrics.Documents.Tests.Pdf;

/// <summary>
/// A line break inside a table cell next to a number. A printer breaks a token anywhere only where the whole token is
/// wider than the cell, filling the line with it; otherwise it goes to a new line at a space. The reader before joined
/// every number part with the next line's digits: the seed PDF gave "Rp. 11.854.989.245" for the report's
/// "Rp. 11.854.989. 245" (a break at its space: "11.854.989.245" fits the cell's line) and would have joined two numbers
/// printed on two lines of a cell ("123.456" / "7.890" → "123.4567.890").
/// </summary>
public class PdfBrokenNumberTests
{
    // Helvetica at 9 pt (AFM widths / 1000 × 9): a digit, a point or comma, a percent sign
    private const double Digit = 5.004, Point = 2.502, Percent = 8.001;

    /// <summary>
    /// One page, 9 pt Helvetica, a ruled table with columns x = 60–120–164–244 and every text 4 points in from its
    /// cell's left edge (the padding), so the second column's lines hold 36 points and the third's 72.
    /// </summary>
    private static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        void Text(string text, double x, double y) => page.AddText(text, 9, new PdfPoint(x, y), font);
        double[] xs = [60, 120, 164, 244];
        double[] ys = [700, 680, 650, 620, 590, 560, 530];
        foreach (double y in ys) page.DrawLine(new PdfPoint(xs[0], y), new PdfPoint(xs[^1], y), 0.5);
        foreach (double x in xs) page.DrawLine(new PdfPoint(x, ys[0]), new PdfPoint(x, ys[^1]), 0.5);
        Text("Baris", 64, 686); Text("Angka", 124, 686); Text("Uraian", 168, 686);
        // "1.234.567" (40.0 pt) does not fit 36: broken where "1.234.56" (35.0) fills the line
        Text("A", 64, 666); Text("1.234.56", 124, 666); Text("7", 124, 656);
        // two numbers on two lines: "123.456" (32.5) leaves no room for a digit, and "123.4567.890" is no number
        Text("B", 64, 636); Text("123.456", 124, 636); Text("7.890", 124, 626);
        // "1.234,56%" (43.0) does not fit: the percent sign goes down
        Text("C", 64, 606); Text("1.234,56", 124, 606); Text("%", 124, 596);
        // "Rp. 12.345.678.9 01": the line is full (the next digit would pass 240) but "12.345.678.901" (62.6) fits a
        // line of 72, so the printer broke at a space
        Text("D", 64, 576); Text("Rp. 12.345.678.9", 168, 576); Text("01", 168, 566);
        // a break after a hyphen
        Text("E", 64, 546); Text("Nilai gotong-", 168, 546); Text("royong warga", 168, 536);
        return builder.Build();
    }

    private static string[][] Rows()
    {
        var doc = new PdfDocumentReader().Read(new MemoryStream(Pdf()), "numbers.pdf");
        var table = Assert.Single(doc.Blocks.OfType<DocumentTable>());
        return table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray();
    }

    [Fact]
    public void A_number_broken_by_the_printer_joins_and_two_numbers_on_two_lines_stay_two()
    {
        var rows = Rows();
        Assert.Equal("1.234.567", rows[1][1]);
        Assert.Equal("123.456 7.890", rows[2][1]);
        Assert.Equal("1.234,56%", rows[3][1]);
    }

    [Fact]
    public void A_break_where_the_whole_token_would_have_fitted_was_at_a_space()
    {
        var rows = Rows();
        Assert.Equal("Rp. 12.345.678.9 01", rows[4][2]);
        Assert.Equal("Nilai gotong-royong warga", rows[5][2]);
    }

    /// <summary>A whole number as printed: digits grouped in threes by points.</summary>
    private static string Grouped(long value) => value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');

    private static double Width(string s) => s.Sum(c => char.IsAsciiDigit(c) ? Digit : c == '%' ? Percent : Point);

    /// <summary>Whole numbers from <paramref name="least"/> to 13 digits; shrinks by dropping the last digit.</summary>
    private static Gen<long> Whole(long least) =>
        from digits in Gen.Choose(1, 13)
        from value in Gen.Choose(0, int.MaxValue).Two().Select(p => ((long)p.Item1 * int.MaxValue + p.Item2) % (long)Math.Pow(10, digits))
        select Math.Max(least, value);

    private static IEnumerable<long> Shorter(long value, long least) => value / 10 >= least ? [value / 10] : [];

    /// <summary>Two whole numbers, the first of three digits or more.</summary>
    private static readonly Arbitrary<(long First, long Second)> Pairs = Arb.From(
        from a in Whole(100) from b in Whole(0) select (First: a, Second: b),
        p => Shorter(p.First, 100).Select(a => (a, p.Second)).Concat(Shorter(p.Second, 0).Select(b => (p.First, b))));

    /// <summary>
    /// Two whole numbers printed on two lines of a cell are never joined, however the line fills the cell: the first
    /// ends its line at the cell's edge, the second does not fit after it, and the two together would not fit a line.
    /// The first has three digits or more (a cell too narrow for three digits, "12" / "3", cannot tell 123 from two).
    /// </summary>
    [Fact]
    public void Two_whole_numbers_are_never_joined()
    {
        Prop.ForAll(Pairs, pair =>
        {
            string a = Grouped(pair.First), b = Grouped(pair.Second);
            double width = Width(a);
            var box = new PdfCellBox(100, 100 + width); // the first number fills its line exactly
            return PdfTableGrid.Break(a, width, box.Right, b, Width(b), Digit, box) == " ";
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>A number with two decimals and perhaps a percent sign, and a place to break it before a digit, a point,
    /// the comma or the sign; shrinks by dropping the whole part's last digit.</summary>
    private static readonly Arbitrary<(long Value, int Cents, bool Percent, int Cut)> Broken = Arb.From(
        from value in Whole(0)
        from cents in Gen.Choose(0, 99)
        from percent in Gen.Elements(false, true)
        from cut in Gen.Choose(1, Grouped(value).Length + 2 + (percent ? 1 : 0))
        select (Value: value, Cents: cents, Percent: percent, Cut: cut),
        c => Shorter(c.Value, 0).Select(v => (v, c.Cents, c.Percent, Math.Min(c.Cut, Grouped(v).Length + 2 + (c.Percent ? 1 : 0)))));

    /// <summary>
    /// A number the printer broke anywhere (its token wider than the cell, the line filled up to the break) joins
    /// back, whatever the place: after a digit, a point or the comma, or before the percent sign.
    /// </summary>
    [Fact]
    public void A_number_broken_anywhere_joins_back()
    {
        Prop.ForAll(Broken, c =>
        {
            string printed = Grouped(c.Value) + "," + c.Cents.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + (c.Percent ? "%" : "");
            string a = printed[..c.Cut], b = printed[c.Cut..];
            var box = new PdfCellBox(100, 100 + Width(a) + 0.1); // neither the next glyph nor the whole number fits
            return PdfTableGrid.Break(a, Width(a), 100 + Width(a), b, Width(b), Width(b[..1]), box) == "";
        }).QuickCheckThrowOnFailure();
    }
}
