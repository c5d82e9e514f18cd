using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LppdMetrics.TestSupport;
using FsCheck.Xunit;
using LppdMetrics.Numbers;

namespace LppdMetrics.Cli.Tests;

/// <summary>The strict number reader: the accepted forms by hand, the refusals with their reasons, and properties.</summary>
public class StrictNumberTests
{
    [Theory]
    [InlineData("75,32", 75.32)]
    [InlineData("13,5", 13.5)]
    [InlineData("3.174.257", 3174257)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("12020", 12020)]
    [InlineData("8.16", 8.16)]
    [InlineData("-0.28", -0.28)]
    [InlineData("0.330", 0.33)]
    [InlineData("1234.567", 1234.567)]
    [InlineData(" 1e-3 ", 0.001)]
    [InlineData("+2", 2)]
    public void Accepted_with_the_default_convention(string text, double expected)
    {
        Assert.True(StrictNumber.TryParse(text, NumberConvention.DecimalPoint, out double value, out string? problem), problem);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("550.000", 550000)]
    [InlineData("1.234", 1234)]
    [InlineData("1,234", 1.234)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("12,5", 12.5)]
    public void Accepted_with_decimal_comma(string text, double expected)
    {
        Assert.True(StrictNumber.TryParse(text, NumberConvention.DecimalComma, out double value, out string? problem), problem);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1.234", NumberConvention.DecimalPoint, "ambiguous")]
    [InlineData("12,020", NumberConvention.DecimalPoint, "ambiguous")]
    [InlineData("12abc", NumberConvention.DecimalPoint, "unexpected text")]
    [InlineData("0x10", NumberConvention.DecimalPoint, "hexadecimal")]
    [InlineData("1e309", NumberConvention.DecimalPoint, "beyond the range")]
    [InlineData("NaN", NumberConvention.DecimalPoint, "not a finite number")]
    [InlineData("Infinity", NumberConvention.DecimalPoint, "not a finite number")]
    [InlineData("1,234,567", NumberConvention.DecimalPoint, "commas as thousands")]
    [InlineData("1,234.56", NumberConvention.DecimalPoint, "mixes separators")]
    [InlineData("1234.56", NumberConvention.DecimalComma, "does not fit --decimal-comma")]
    [InlineData("1.2.3", NumberConvention.DecimalComma, "does not fit --decimal-comma")]
    [InlineData("1.2.3", NumberConvention.DecimalPoint, "grouping by three")]
    [InlineData("", NumberConvention.DecimalPoint, "empty")]
    [InlineData("5.", NumberConvention.DecimalPoint, "end with a digit")]
    public void Refused_with_a_reason(string text, NumberConvention convention, string reason)
    {
        Assert.False(StrictNumber.TryParse(text, convention, out double _, out string? problem));
        Assert.Contains(reason, problem);
    }

    // Strings over the alphabet of numbers, 1–14 characters; shrink by dropping a character.
    private static readonly Arbitrary<string> Texts = Arb.From(
        Gen.Elements("0123456789.,-+eE".ToCharArray()).ArrayOf().Where(a => a.Length is > 0 and <= 14).Select(a => new string(a)),
        s => Enumerable.Range(0, s.Length).Select(i => s.Remove(i, 1)).Where(t => t.Length > 0));

    [Property(MaxTest = 2000)]
    public Property Any_accepted_string_formats_back_to_the_same_value() =>
        Prop.ForAll(Texts, Shrinkers.Elements(NumberConvention.DecimalPoint, NumberConvention.DecimalComma), (text, convention) =>
        {
            if (!StrictNumber.TryParse(text, convention, out double value, out _))
                return true.Label("refused");
            // Formatted back in scientific form with 17 significant digits (exact for a double, never ambiguous).
            string back = value.ToString("E16", CultureInfo.InvariantCulture);
            bool again = StrictNumber.TryParse(back, NumberConvention.DecimalPoint, out double reread, out string? problem);
            return (again && BitConverter.DoubleToInt64Bits(reread) == BitConverter.DoubleToInt64Bits(value))
                .Label($"'{text}' → {back} → {(again ? reread.ToString("R", CultureInfo.InvariantCulture) : problem)}");
        });

    // Any decimal printed the Indonesian way (1.234.567,89) reads back, with --decimal-comma, to its printed value.
    [Property(MaxTest = 1000)]
    public Property Indonesian_formatted_numbers_read_back_with_decimal_comma() =>
        Prop.ForAll(Shrinkers.Choose(-2_000_000_000, 2_000_000_000), Shrinkers.Choose(0, 4), Shrinkers.Choose(0, 9),
            (units, decimals, shift) =>
            {
                decimal value = units * (decimal)Math.Pow(10, shift - 4);
                string printed = IndonesianNumber.Format(value, decimals);
                bool ok = StrictNumber.TryParse(printed, NumberConvention.DecimalComma, out decimal read, out string? problem);
                return (ok && read == ReportRounding.Round(value, decimals)).Label($"{value} → '{printed}' → {(ok ? read : problem)}");
            });
}
