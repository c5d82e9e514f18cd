using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Numbers;

namespace LppdMetrics.Tests.Numbers;

public class IndonesianNumberTests
{
    [Theory]
    [InlineData("Rp. 156.377.147.64,26", "malformed digit grouping")] // line 3516: a 2-digit group
    [InlineData("156.377.147.64", "malformed digit grouping")]
    [InlineData("1.2.3", "malformed digit grouping")]
    [InlineData("1.263.", "malformed digit grouping")]
    [InlineData("1.234,567,8", "neither can be the decimal separator")]
    [InlineData("12,3.456", "malformed digit grouping")]
    [InlineData("0.330.000", "malformed digit grouping")]
    [InlineData(".673.044, 55", "starts with a separator")] // line 2739 alone: the continuation of a split row
    [InlineData("5,", "ends with its decimal separator")]
    [InlineData("BB", "no digits")] // a letter grade alone (line 985)
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("$91\\% \\leq 100\\%$", "comparison")] // line 1754: a predicate condition, not a value
    [InlineData("1:4.375", "ParseRatio")]
    [InlineData("2%-15%", "ParseRange")]
    [InlineData("target 7% - 8%", "where the number should start")]
    [InlineData("(6,10%", "not closed")]
    [InlineData("71 (BB", "not closed")]
    [InlineData("71 ()", "empty parentheses")]
    [InlineData("12 % 5", "after the number")]
    [InlineData("5-", "after the number")]
    [InlineData("1 /", "after the number")]
    [InlineData("1 juta juta", "after the number")]
    [InlineData("5 - 7", "ParseRange")]
    [InlineData("1,5 @ 2", "after the number")]
    [InlineData("1234567890123456789012345678,9", "more than 28 digits")]
    [InlineData("99999999999999999999999999999", "too large for a decimal")]
    [InlineData("79.228.162.514.264.337.593.543.950.335 triliun", "too large")]
    [InlineData("(-47,8**)**)", "after the number")] // line 640 as transcribed, with a stray ")"
    public void Malformed_text_is_a_FormatException_that_quotes_it(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => IndonesianNumber.Parse(text));
        Assert.Contains("\"" + text + "\"", ex.Message);
        Assert.Contains(reason, ex.Message);
        Assert.False(IndonesianNumber.TryParse(text, out ReportNumber result));
        Assert.True(result.IsMissing);
    }

    [Fact]
    public void Very_long_texts_are_rejected_without_reading_them_twice()
    {
        string digits = new('7', 100_000);
        Assert.Contains("more than a decimal holds", Assert.Throws<FormatException>(() => IndonesianNumber.Parse(digits)).Message);
        string tags = string.Concat(Enumerable.Repeat("<a", 50_000));
        Assert.Throws<FormatException>(() => IndonesianNumber.Parse(tags));
        string spaces = "1" + new string(' ', 100_000) + "x";
        Assert.Throws<FormatException>(() => IndonesianNumber.ParseRange(spaces));
    }

    [Fact]
    public void Empty_text_is_missing_only_when_asked()
    {
        Assert.True(IndonesianNumber.Parse("", new NumberParseOptions { EmptyIsMissing = true }).IsMissing);
        Assert.False(IndonesianNumber.TryParse("", out _));
    }

    [Fact]
    public void Null_and_bad_options_are_argument_errors()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => IndonesianNumber.Parse(null!)).ParamName);
        Assert.False(IndonesianNumber.TryParse(null, out _));
        var bad = new NumberParseOptions { AmbiguousSeparator = (AmbiguousSeparator)42 };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => IndonesianNumber.Parse("1", bad));
        Assert.Contains("42", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => IndonesianNumber.Format(1m, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndonesianNumber.Format(1m, -1));
    }

    [Fact]
    public void TryParse_returns_the_number()
    {
        Assert.True(IndonesianNumber.TryParse("(6,10%)", out ReportNumber n));
        Assert.Equal(-6.10m, n.Value);
        Assert.True(n.IsPercent);
        Assert.True(IndonesianNumber.TryParse("NIHIL", out ReportNumber missing));
        Assert.True(missing.IsMissing);
    }

    [Theory]
    [InlineData("1263650", 0, false, false, false, true, "1.263.650")]
    [InlineData("72.84", 2, false, false, false, true, "72,84")]
    [InlineData("8.16", 2, true, false, false, true, "8,16%")]
    [InlineData("100", 2, true, true, false, true, "100,00 %")]
    [InlineData("-6.1", 2, true, false, true, true, "(6,10%)")]
    [InlineData("-9.43", 2, true, false, false, true, "-9,43%")]
    [InlineData("-0.28", 2, false, false, false, true, "-0,28")]
    [InlineData("4036353981.9133", 4, false, false, false, true, "4.036.353.981,9133")]
    [InlineData("4036353981.9133", 4, false, false, false, false, "4036353981,9133")]
    [InlineData("93.675", 2, false, false, false, true, "93,68")]   // half away from zero (line 3183)
    [InlineData("100.365", 2, false, false, false, true, "100,37")]
    [InlineData("-6.095", 2, true, false, true, true, "(6,10%)")]
    [InlineData("-0.001", 2, false, false, true, true, "0,00")]    // rounds to zero: no sign
    [InlineData("999.5", 0, false, false, false, true, "1.000")]
    [InlineData("0", 0, false, false, false, true, "0")]
    [InlineData("123", 0, false, false, false, true, "123")]
    public void Format_prints_the_report_style(string value, int decimals, bool percent, bool space, bool parentheses, bool group, string expected)
    {
        var options = new NumberFormatOptions
        {
            PercentSign = percent,
            SpaceBeforePercent = space,
            NegativeStyle = parentheses ? NegativeNumberStyle.Parentheses : NegativeNumberStyle.MinusSign,
            GroupThousands = group,
        };
        decimal v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, IndonesianNumber.Format(v, decimals, options));
    }

    [Fact]
    public void Format_defaults_and_the_percent_preset()
    {
        Assert.Equal("1.263.650", IndonesianNumber.Format(1263650m, 0));
        Assert.Equal("8,16%", IndonesianNumber.Format(8.16m, 2, NumberFormatOptions.Percent));
        Assert.Equal("79.228.162.514.264.337.593.543.950.335", IndonesianNumber.Format(decimal.MaxValue, 0));
        Assert.Equal(decimal.MaxValue, IndonesianNumber.Parse("79.228.162.514.264.337.593.543.950.335").Value);
        Assert.Equal(decimal.MinValue, IndonesianNumber.Parse("(79.228.162.514.264.337.593.543.950.335)").Value);
    }

    // Values with up to 4 decimals and any sign, built from integers (no FsCheck doubles): up to 18 digits / 10^scale.
    private static readonly Gen<decimal> ReportValues =
        from size in Gen.Choose(0, 3)
        from a in Gen.Choose(0, 999_999_999)
        from b in Gen.Choose(0, 999_999_999)
        from negative in Gen.Elements(false, true)
        from scale in Gen.Choose(0, 4)
        let magnitude = size switch
        {
            0 => (ulong)(a % 1000),
            1 => (ulong)(a % 1_000_000),
            2 => (ulong)a,
            _ => (ulong)b * 1_000_000_000UL + (ulong)a,
        }
        select new decimal(unchecked((int)(uint)magnitude), (int)(magnitude >> 32), 0, negative, (byte)scale);

    // Each option back to its plain form: no percent sign, no space, minus sign, no grouping.
    private static IEnumerable<NumberFormatOptions> ShrinkOptions(NumberFormatOptions o)
    {
        if (o.PercentSign) yield return o with { PercentSign = false };
        if (o.SpaceBeforePercent) yield return o with { SpaceBeforePercent = false };
        if (o.NegativeStyle != NegativeNumberStyle.MinusSign) yield return o with { NegativeStyle = NegativeNumberStyle.MinusSign };
        if (o.GroupThousands) yield return o with { GroupThousands = false };
    }

    private static readonly Gen<NumberFormatOptions> FormatOptions =
        from percent in Gen.Elements(false, true)
        from space in Gen.Elements(false, true)
        from parentheses in Gen.Elements(false, true)
        from grouped in Gen.Elements(false, true)
        select new NumberFormatOptions
        {
            PercentSign = percent,
            SpaceBeforePercent = space,
            NegativeStyle = parentheses ? NegativeNumberStyle.Parentheses : NegativeNumberStyle.MinusSign,
            GroupThousands = grouped,
        };

    [Property(MaxTest = 1000)]
    public Property Format_then_Parse_returns_the_same_decimal() =>
        Prop.ForAll(Arb.From(ReportValues, Shrinkers.Decimal), Arb.From(FormatOptions, ShrinkOptions), Shrinkers.Choose(0, 2), (value, options, extra) =>
        {
            int decimals = Math.Min(4, value.Scale + extra);
            string text = IndonesianNumber.Format(value, decimals, options);
            ReportNumber back = IndonesianNumber.Parse(text);
            return back.Value == value && back.Decimals == decimals && back.IsPercent == options.PercentSign;
        });

    private static readonly Gen<string> Fragments = Gen.Elements(
        "1", "0", "23", "456", "7890", ".", ",", " ", "%", "-", "(", ")", "Rp", "Rp.", "±", "<", ">", "≤", ":", "/",
        "juta", "miliar", "n/a", "NIHIL", "*", "$", "\\", "\\pm", "\\%", "<b>", "</b>", "<sup>", "{,}", "s.d.", "th",
        "(BB)", "(Tahun 2023)", "a", "\u00A0", "\u2212", "–", "e", "E+5", "∞", "NaN", "٣", "\0", "&lt;", "&nbsp;", "ribu", "triliun");

    private static readonly Gen<string> ArbitraryTexts = Gen.OneOf(
        Gen.ListOf(Fragments).Select(parts => string.Concat(parts)),
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));

    [Property(MaxTest = 2000)]
    public Property Parse_throws_nothing_but_FormatException() =>
        Prop.ForAll(Arb.From(ArbitraryTexts, Shrinkers.Text), text =>
        {
            try
            {
                ReportNumber n = IndonesianNumber.Parse(text);
                bool consistent = n.IsMissing == (n.Value is null) && n.Text == text
                    && (n.IsMissing || n.Decimals == n.Value!.Value.Scale);
                return consistent && IndonesianNumber.TryParse(text, out _);
            }
            catch (FormatException ex)
            {
                return ex.Message.Contains(text, StringComparison.Ordinal) && !IndonesianNumber.TryParse(text, out _);
            }
        });

    [Property(MaxTest = 500)]
    public Property Ratio_and_range_throw_nothing_but_FormatException() =>
        Prop.ForAll(Arb.From(ArbitraryTexts, Shrinkers.Text), text =>
        {
            foreach (Func<string, object> parse in new Func<string, object>[] { t => IndonesianNumber.ParseRatio(t), t => IndonesianNumber.ParseRange(t) })
            {
                try
                {
                    parse(text);
                }
                catch (FormatException)
                {
                }
            }
            return true;
        });
}
