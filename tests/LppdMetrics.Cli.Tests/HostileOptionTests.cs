using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// The hostile-input hunt of the commands that read their figures from options or small files (<c>capaian</c>,
/// <c>efficiency</c>, <c>ipm</c>, <c>ikm</c>, <c>grouped</c>, <c>spm</c>): each case is one that printed a wrong number,
/// left with exit 3, or broke the one-line error. Expected values are worked out by hand in the comments.
/// </summary>
public class HostileOptionTests
{
    private static string Refused(CliRunner.Result r)
    {
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal("", r.Out);
        return Assert.Single(r.Error.TrimEnd('\n').Split('\n'));
    }

    private static string Quintiles() => CliRunner.TempFile("quintiles.csv", "p,s\n0.2,0.05\n0.2,0.1\n0.2,0.15\n0.2,0.25\n0.2,0.45\n");

    // A Beta fit that is normal but whose L′ has no root at z/μ was left out of the poverty measures with an empty
    // reason ("no poverty measures: ."); the reason is the fit's own.
    [Fact]
    public void Grouped_says_why_a_normal_fit_gives_no_poverty_measures()
    {
        string line = Refused(CliRunner.Run("grouped", Quintiles(), "--population", "p", "--share", "s", "--model", "beta", "--mean", "1", "--line", "1e300"));
        Assert.Contains("no poverty measures: beta: L′(p) = z/μ = 1E+300 has no root in [0.0001, 0.9999].", line);
    }

    // z/μ of a mean of 1e-310 overflows: the message said "z/μ = Infinity".
    [Fact]
    public void Grouped_says_an_overflowing_ratio_in_words()
    {
        string line = Refused(CliRunner.Run("grouped", Quintiles(), "--population", "p", "--share", "s", "--mean", "1e-310", "--line", "1"));
        Assert.Equal("lppd: no poverty measures: the headcount formula has no real solution at z/μ = a number beyond 1.8e308.", line);
    }

    // A subnormal --line was refused by the library as "povertyLine is 1E-310", naming no option.
    [Fact]
    public void Poverty_line_below_the_normal_range_is_refused_naming_the_option()
    {
        string path = CliRunner.TempFile("y.csv", "y\n1\n2\n");
        string line = Refused(CliRunner.Run("poverty", path, "--value", "y", "--line", "1e-310"));
        Assert.StartsWith("lppd: --line '1e-310' must be ≥ 2.2250738585072014E-308", line);
    }

    // R / T × 100 = (1,5·10^24 − 1) · 100 / (3·10^28) = 0,005 − 3,3·10^−27: below the half, 0,00 (it printed 0,01).
    [Fact]
    public void Capaian_a_hair_below_a_half_prints_the_lower_value()
    {
        var r = CliRunner.Run("capaian", "--target", "30000000000000000000000000000", "--realization", "1499999999999999999999999", "--polarity", "positive");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.StartsWith("capaian 0.00 %", r.Out, StringComparison.Ordinal);
    }

    // c / b = (3,015·10^28 − 1) / (3·10^28) = 1,005 − 3,3·10^−29 → 1,00 (it printed 1,01).
    [Fact]
    public void Efficiency_a_hair_below_a_half_prints_the_lower_value()
    {
        var r = CliRunner.Run("efficiency", "--capaian", "30149999999999999999999999999", "--budget-realization", "30000000000000000000000000000");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.StartsWith("efficiency 1.00;", r.Out, StringComparison.Ordinal);
    }

    // 100 / 10^−28 × 100 = 10^32, beyond a decimal: it left with exit 3 (OverflowException).
    [Fact]
    public void Ipg_beyond_the_range_of_a_decimal_is_bad_input_naming_male()
    {
        string line = Refused(CliRunner.Run("ipm", "--female", "100", "--male", "0.0000000000000000000000000001"));
        Assert.Contains("--male", line);
    }

    [Theory]
    [InlineData("101")]
    [InlineData("100.5")]
    public void Ipg_above_100_is_refused_naming_the_option(string value)
    {
        Assert.Contains("--female", Refused(CliRunner.Run("ipm", "--female", value, "--male", "70")));
        Assert.Contains("--male", Refused(CliRunner.Run("ipm", "--female", "70", "--male", value)));
    }

    // "1e-400" is a nonzero number that a double reads as 0: it was a target of 0 (capaian undefined), silently.
    [Theory]
    [InlineData("capaian", "--target", "1e-400")]
    [InlineData("capaian", "--realization", "-1e-400")]
    [InlineData("efficiency", "--budget-realization", "1e-400")]
    [InlineData("grouped", "--line", "1e-400")]
    public void A_nonzero_number_that_underflows_is_refused_naming_the_option(string command, string option, string value)
    {
        string[] args = command switch
        {
            "capaian" => ["capaian", "--target", "8", "--realization", "9", "--polarity", "positive"],
            "efficiency" => ["efficiency", "--capaian", "100", "--budget-realization", "97"],
            _ => ["grouped", "x.csv", "--population", "p", "--share", "s", "--mean", "3", "--line", "2"],
        };
        args[Array.IndexOf(args, option) + 1] = value;
        string line = Refused(CliRunner.Run(args));
        Assert.Contains(option, line);
        Assert.Contains("0", line);
    }

    [Theory]
    [InlineData("1000")]
    [InlineData("29")]
    [InlineData("-1")]
    public void Efficiency_decimals_out_of_range_is_refused_naming_the_option(string decimals)
    {
        string line = Refused(CliRunner.Run("efficiency", "--capaian", "100.37", "--budget-realization", "97.35", "--decimals", decimals));
        Assert.Contains("--decimals", line);
    }

    // An undefined ratio says why in words: no "∞" in any output.
    [Theory]
    [InlineData("capaian", "--target", "0", "--realization", "9", "--polarity", "negative")]
    [InlineData("capaian", "--target", "-0", "--realization", "9", "--polarity", "positive", "--format", "json")]
    [InlineData("efficiency", "--capaian", "100", "--budget-realization", "0")]
    [InlineData("efficiency", "--capaian", "100", "--budget-realization", "0", "--format", "json")]
    public void An_undefined_ratio_prints_no_infinity_sign(params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Contains("undefined", r.Out);
        Assert.DoesNotContain("∞", r.Out);
        Assert.DoesNotContain("Infinity", r.Out);
    }

    // ---- StrictNumber on the family m·10^−e: a nonzero text is never read as 0.

    [Property(MaxTest = 300)]
    public Property A_nonzero_text_is_never_read_as_zero() =>
        Prop.ForAll(Shrinkers.Choose(1, 99999), Shrinkers.Choose(300, 500), Shrinkers.Elements("", "-", "+"), (mantissa, exponent, sign) =>
        {
            string text = string.Create(CultureInfo.InvariantCulture, $"{sign}{mantissa}e-{exponent}");
            bool read = StrictNumber.TryParse(text, NumberConvention.DecimalPoint, out double value, out string? problem);
            // m·10^−e < 10^5·10^−330 = 10^−325 is below half the smallest double (≈ 2,47·10^−324): it must be refused.
            if (exponent >= 330)
                return !read && problem!.Contains("0", StringComparison.Ordinal);
            return read ? value != 0 && (value < 0) == (sign == "-") : problem!.Contains("read as 0", StringComparison.Ordinal);
        });
}
