using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Numbers;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Tests.Numbers;

/// <summary>
/// Spaces inside a number: a PDF or a page break cuts a number anywhere ("Rp. 2.090.349 .863.831, 55",
/// "12.138.01 0.739", "1,0 8", all in the seed and its conversions), and the parser joins the pieces; but two numbers
/// printed side by side ("1.234 567") must not be read as one. The expected values are worked out by hand (the
/// comments say how), and in the properties from the generated digits, never from the parser.
/// </summary>
public class IndonesianNumberSpaceTests
{
    [Theory]
    // A space that touches a separator: a piece that starts or ends with one is no number, so only a break is possible.
    [InlineData("Rp. 2.090.349 .863.831, 55", "2090349863831.55", 2)] // seed line 2732
    [InlineData("Rp. 1.040.264 .621", "1040264621", 0)]                // seed line 2626
    [InlineData("Rp. 3.3 00. 000", "3300000", 0)]                      // a PDF conversion: three pieces
    // "12.138.01" has a two-digit last group: no number alone, so the space cuts the group "010" (seed line 3038).
    [InlineData("Rp. 12.138.01 0.739", "12138010739", 0)]
    [InlineData("24.000.00 0", "24000000", 0)]                         // seed line 3550
    // "1.26" alone has a decimal dot only because two digits follow it: the break cut the group "263".
    [InlineData("1.26 3.650", "1263650", 0)]
    [InlineData("1.2 38", "1238", 0)]
    // "04.918" alone has a decimal dot only because its first group starts with 0: the break cut the group "304".
    [InlineData("3 04.918", "304918", 0)]
    // No separator near the space: nothing tells a break from two numbers; read as one, as the reports mean it.
    [InlineData("Rp. 19148676 4", "191486764", 0)]                     // seed line 3069
    [InlineData("2 1.530", "21530", 0)]                                // "1.530" keeps its thousands dot in "21.530"
    [InlineData("10 0,00%", "100.00", 2)]
    [InlineData("1 234 567", "1234567", 0)]
    // A decimal fraction followed by digits: the comma stays the decimal separator, the fraction grows.
    [InlineData("1,0 8", "1.08", 2)]                                   // seed line 3561
    [InlineData("75,12 3", "75.123", 3)]                               // "75,123": a lone comma is decimal (Indonesian)
    [InlineData("1.234,5 67", "1234.567", 3)]
    [InlineData("98,8 231%", "98.8231", 4)]
    public void A_number_broken_by_spaces_is_joined(string text, string value, int decimals)
    {
        ReportNumber n = IndonesianNumber.Parse(text);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), n.Value);
        Assert.Equal(decimals, n.Decimals);
    }

    [Theory]
    // "1.234" alone ends in a complete thousands group; one more digit would make the dot a decimal one (1,234567).
    [InlineData("1.234 567", "\"1.234\" and \"567\"", "the '.' of \"1.234\" would turn from a thousands into a decimal separator")]
    [InlineData("1.234 5", "\"1.234\" and \"5\"", "the '.' of \"1.234\" would turn from a thousands into a decimal separator")]
    [InlineData("Rp. 1.234 567", "\"1.234\" and \"567\"", "thousands into a decimal")]
    [InlineData("1.234 567%", "\"1.234\" and \"567\"", "thousands into a decimal")]
    // The first group of "4.567" would have four digits: "1234.567" reads its dot as decimal.
    [InlineData("123 4.567", "\"123\" and \"4.567\"", "the '.' of \"4.567\" would turn from a thousands into a decimal separator")]
    [InlineData("1 234.567", "\"1\" and \"234.567\"", "the '.' of \"234.567\" would turn")]
    [InlineData("0 5.678", "\"0\" and \"5.678\"", "the '.' of \"5.678\" would turn")] // "05.678": a first group starting with 0
    // "75,123.456" would read as 75123,456 in the English style (and the '.' of "3.456" would become decimal too).
    [InlineData("75,12 3.456", "\"75,12\" and \"3.456\"", "the ',' of \"75,12\" would turn from a decimal into a thousands separator")]
    // "1,234,567" would read as 1234567: decimal commas never become thousands separators.
    [InlineData("1,23 4,567", "\"1,23\" and \"4,567\"", "the ',' of \"1,23\" would turn from a decimal into a thousands separator")]
    [InlineData("1,23 0,567", "\"1,23\" and \"0,567\"", "the ',' of \"1,23\" would turn from a decimal into a thousands separator")]
    // Joined, the run does not read at all; the reason names both readings.
    [InlineData("12.345 678,9", "\"12.345\" and \"678,9\"", "\"12.345678,9\" has malformed digit grouping")]
    [InlineData("1.234.567 8", "\"1.234.567\" and \"8\"", "\"1.234.5678\" has malformed digit grouping")]
    [InlineData("1.234 5.678", "\"1.234\" and \"5.678\"", "malformed digit grouping")]
    public void Two_numbers_side_by_side_are_refused(string text, string pieces, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => IndonesianNumber.Parse(text));
        Assert.Contains("\"" + text + "\" is not a number", ex.Message);
        Assert.Contains(pieces + " may be two numbers side by side", ex.Message);
        Assert.Contains(reason, ex.Message);
        Assert.False(IndonesianNumber.TryParse(text, out _));
    }

    [Fact]
    public void The_separator_option_applies_to_each_piece()
    {
        var reject = new NumberParseOptions { AmbiguousSeparator = AmbiguousSeparator.Reject };
        // Indonesian: "4.567" alone is 4567, so "1.23 4.567" is the break of 1.234.567.
        Assert.Equal(1_234_567m, IndonesianNumber.Parse("1.23 4.567").Value);
        // Reject: "4.567" alone may be 4,567, so "1.23" and "4,567" side by side is a reading too.
        var ex = Assert.Throws<FormatException>(() => IndonesianNumber.Parse("1.23 4.567", reject));
        Assert.Contains("the '.' of \"4.567\", alone a thousands or a decimal separator, would be read as a thousands separator", ex.Message);
        // Thousands: "1,234" alone is 1234, so "1,234 5" cannot be the break of 1,2345.
        Assert.Contains("the ',' of \"1,234\" would turn from a thousands into a decimal separator",
            Assert.Throws<FormatException>(() => IndonesianNumber.Parse("1,234 5", NumberParseOptions.Thousands)).Message);
        // Indonesian: "1,234" alone is 1,234, and "1,2345" keeps its decimal comma.
        Assert.Equal(1.2345m, IndonesianNumber.Parse("1,234 5").Value);
        // Thousands: "10,6" alone has a decimal comma (one digit after it); joined, "10,654" would make it a thousands
        // comma (10654). Only a cut dot may become a thousands separator, so this is refused, not guessed; the
        // Indonesian default reads the same text as 10,654 (the comma stays decimal).
        Assert.Contains("the ',' of \"10,6\" would turn from a decimal into a thousands separator",
            Assert.Throws<FormatException>(() => IndonesianNumber.Parse("10,6 54", NumberParseOptions.Thousands)).Message);
        Assert.Equal(10.654m, IndonesianNumber.Parse("10,6 54").Value);
    }

    /// <summary>
    /// A number as an Indonesian report prints it: a first group of 1–3 digits (no leading 0, or "0" alone), more
    /// groups of exactly 3 digits after dots, an optional fraction of 1–4 digits after a comma.
    /// </summary>
    public sealed record Grouped(string First, string[] Groups, string Fraction)
    {
        public string Text => string.Join('.', [First, .. Groups]) + (Fraction.Length > 0 ? "," + Fraction : "");

        /// <summary>The value its digits spell, read with the invariant culture (not with the parser under test).</summary>
        public decimal Value => decimal.Parse(First + string.Concat(Groups) + (Fraction.Length > 0 ? "." + Fraction : ""), CultureInfo.InvariantCulture);

        public bool HasThousands => Groups.Length > 0;

        public bool HasFraction => Fraction.Length > 0;

        public override string ToString() => Text;
    }

    private static Gen<string> Digits(int count, bool leading) =>
        from first in leading ? Gen.Choose(1, 9) : Gen.Choose(0, 9)
        from rest in Gen.ArrayOf(Gen.Choose(0, 9), count - 1)
        select string.Concat(rest.Prepend(first));

    private static readonly Gen<Grouped> GroupedNumbers =
        from zero in Gen.Frequency((1, Gen.Constant(true)), (9, Gen.Constant(false)))
        from firstLength in Gen.Choose(1, 3)
        from first in zero ? Gen.Constant("0") : Digits(firstLength, leading: true)
        from groupCount in zero ? Gen.Constant(0) : Gen.Choose(0, 4)
        from groups in Gen.ArrayOf(Digits(3, leading: false), groupCount)
        from fractionLength in Gen.Choose(0, 4)
        from fraction in fractionLength == 0 ? Gen.Constant("") : Digits(fractionLength, leading: false)
        select new Grouped(first, groups, fraction);

    // Fewer groups, a shorter fraction, a shorter first group, digits toward 0 (the first toward 1): all still grouped.
    private static IEnumerable<Grouped> ShrinkGrouped(Grouped g)
    {
        if (g.Groups.Length > 0)
            yield return g with { Groups = g.Groups[..^1] };
        if (g.Fraction.Length > 0)
            yield return g with { Fraction = g.Fraction[..^1] };
        if (g.First.Length > 1)
            yield return g with { First = g.First[..^1] };
        if (g.First != "1" && g.First != "0" && g.First.Length == 1)
            yield return g with { First = "1" };
        for (int i = 0; i < g.Groups.Length; i++)
            if (g.Groups[i] != "000")
            {
                string[] copy = (string[])g.Groups.Clone();
                copy[i] = "000";
                yield return g with { Groups = copy };
            }
        if (g.Fraction.Length > 0 && g.Fraction.Any(c => c != '0'))
            yield return g with { Fraction = new string('0', g.Fraction.Length) };
    }

    private static Arbitrary<Grouped> AnyGrouped(Func<Grouped, bool> where) =>
        Arb.From(GroupedNumbers.Where(where), g => ShrinkGrouped(g).Where(where));

    [Property(MaxTest = 2000)]
    public Property A_space_anywhere_in_a_grouped_number_reads_the_number_or_refuses() =>
        Prop.ForAll(AnyGrouped(g => g.Text.Length >= 2), Shrinkers.Choose(1, 64),
            Shrinkers.Elements(("", ""), ("Rp. ", ""), ("", "%"), ("Rp. ", " %")), (number, cut, decoration) =>
            {
                var (prefix, suffix) = decoration;
                string text = number.Text;
                int at = 1 + ((cut - 1) % (text.Length - 1)); // a position strictly inside the number
                string broken = prefix + text[..at] + " " + text[at..] + suffix;
                // Indonesian (the default): each piece keeps its reading in the whole, so the number is always read.
                ReportNumber n = IndonesianNumber.Parse(broken);
                bool exact = n.Value == number.Value && n.Decimals == number.Fraction.Length;
                // Reject: the number itself or a piece may be ambiguous ("1.234"); then it is refused, never misread.
                var reject = new NumberParseOptions { AmbiguousSeparator = AmbiguousSeparator.Reject };
                bool rejectOk = !IndonesianNumber.TryParse(broken, reject, out ReportNumber r) || r.Value == number.Value;
                return (exact && rejectOk).Label($"{broken} → {n.Value} / {r.Value}");
            });

    /// <summary>
    /// What "A B" must give, worked out from the two numbers' shapes. Refused: a first number ending in a complete
    /// thousands group (one more digit lengthens it); a first number with a decimal fraction before a second with any
    /// separator (a decimal comma would have to become a thousands separator, or the run breaks); a first number
    /// without separators whose digits would make the second's first group longer than three or start it with 0
    /// (its thousands dot would become decimal). Anything else cannot be told apart from one broken number and is read
    /// as the number the joined text spells: the limit documented on the parser ("2 1.530", "1,0 8").
    /// </summary>
    private static bool MustRefuse(Grouped a, Grouped b) =>
        (a.HasThousands && !a.HasFraction)
        || (a.HasFraction && (b.HasThousands || b.HasFraction))
        || (!a.HasThousands && !a.HasFraction && b.HasThousands && (a.First == "0" || a.First.Length + b.First.Length > 3));

    [Property(MaxTest = 3000)]
    public Property Two_grouped_numbers_side_by_side_are_refused_wherever_their_shapes_tell_them_from_one_number() =>
        Prop.ForAll(AnyGrouped(_ => true), AnyGrouped(_ => true), (a, b) =>
        {
            string text = a.Text + " " + b.Text;
            bool read = IndonesianNumber.TryParse(text, out ReportNumber n);
            if (MustRefuse(a, b))
                return (!read).Label($"{text} read as {n.Value}").Classify(true, "refused");
            // The joined text: dots only separate thousands, at most one comma (the decimal one).
            string joined = a.Text + b.Text;
            decimal spelled = decimal.Parse(joined.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
            return (read && n.Value == spelled).Label($"{text} read as {n.Value}, spelled {spelled}").Classify(true, "one number");
        });
}
