using System.Globalization;
using System.Text.Json;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// Issue 12, "silent wrong numbers": each case printed a wrong figure with exit 0. The expected values are worked out
/// by hand (formulas in the comments), never copied from the tool's output.
/// </summary>
public class SilentWrongNumberTests
{
    /// <summary>The unrounded value of the figure at <paramref name="path"/> ("p0", "measures.theil").</summary>
    private static double JsonNumber(CliRunner.Result r, string path)
    {
        Assert.True(r.ExitCode == ExitCodes.Success, r.Error);
        JsonElement figure = JsonDocument.Parse(r.Out).RootElement;
        foreach (string part in path.Split('.'))
            figure = figure.GetProperty(part);
        return figure.GetProperty("unrounded").GetDouble();
    }

    private static void AssertRefused(CliRunner.Result r, string mustName)
    {
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal("", r.Out);
        string line = Assert.Single(r.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains(mustName, line);
    }

    // A nonzero cell below the smallest double (4.9e-324) was read as 0, as no option ever is: an income of 1e-400 became a
    // zero income (Watts and MLD then unavailable), a weight of 1e-400 "0 is not a positive weight".
    public static TheoryData<string, string> Underflows => new()
    {
        { "1e-400", "y" }, { "-1e-400", "y" }, { "0." + new string('0', 400) + "1", "y" }, { "1e-400", "w" }, { "0.00000e-999", "-" },
    };

    [Theory]
    [MemberData(nameof(Underflows))]
    public void A_cell_that_a_double_reads_as_0_is_refused_unless_it_is_0(string cell, string column)
    {
        string y = column == "w" ? "2" : cell, w = column == "w" ? cell : "1";
        string path = CliRunner.TempFile("underflow.csv", $"y,w\n1,1\n{y},{w}\n3,1\n");
        foreach (string command in new[] { "gini", "poverty", "inequality" })
        {
            string[] args = command == "poverty" ? [command, path, "--value", "y", "--weight", "w", "--line", "2"] : [command, path, "--value", "y", "--weight", "w"];
            var r = CliRunner.Run(args);
            if (column == "-")
            {
                // "0.00000e-999" is 0 as written: an income of 0 is read, not refused.
                Assert.True(r.ExitCode == ExitCodes.Success, r.Error);
                continue;
            }
            AssertRefused(r, $"row 2 (line 3), column '{column}': '");
            Assert.Contains("too close to 0", r.Error);
        }
    }

    // The same cell deep in a file big enough (about 5 MB) for the chunks read on all cores (CsvChunks).
    [Fact]
    public void A_cell_that_underflows_in_a_big_file_is_refused_with_its_row()
    {
        var text = new System.Text.StringBuilder("y,w\n");
        for (int i = 0; i < 1_300_000; i++)
            text.Append(i == 1_000_000 ? "1e-400,1\n" : "7,1\n");
        string path = CliRunner.TempFile("underflow-big.csv", text.ToString());
        AssertRefused(CliRunner.Run("poverty", path, "--value", "y", "--line", "5"), "row 1000001 (line 1000002), column 'y': '1e-400' is too close to 0");
        AssertRefused(CliRunner.Run("gini", path, "--value", "y"), "row 1000001 (line 1000002), column 'y': '1e-400' is too close to 0");
    }

    // BPS 2010: IH = (75,32 − 20)/65, IE = (12,67/18 + 7,87/15)/2, IP = ln(12020/1007,436)/ln(26572,352/1007,436);
    // IPM = 100·(IH·IE·IP)^(1/3) = 73,438086… (python3, math.log).
    [Fact]
    public void HumanDevelopment_components_with_decimal_commas_are_read_as_decimals()
    {
        var r = CliRunner.Run("ipm", "--life-expectancy", "75,32", "--expected-schooling", "12,67", "--mean-schooling", "7,87",
            "--expenditure", "12020", "--format", "json");
        Assert.Equal(73.43808673584019, JsonNumber(r, "ipm"), 9);
    }

    // HLS 13,5: IE = (13,5/18 + 7,87/15)/2; IPM = 74,345604… (python3).
    [Fact]
    public void Expected_schooling_13_comma_5_is_13_point_5()
    {
        var r = CliRunner.Run("ipm", "--life-expectancy", "75.32", "--expected-schooling", "13,5", "--mean-schooling", "7.87",
            "--expenditure", "12020", "--format", "json");
        Assert.Equal(74.34560444099607, JsonNumber(r, "ipm"), 9);
    }

    [Fact]
    public void Expenditure_in_rupiah_is_refused_not_capped() =>
        AssertRefused(CliRunner.Run("ipm", "--life-expectancy", "75.32", "--expected-schooling", "12.67", "--mean-schooling", "7.87",
            "--expenditure", "12020000"), "--expenditure");

    [Fact]
    public void Expected_schooling_above_18_is_refused_not_capped() =>
        AssertRefused(CliRunner.Run("ipm", "--life-expectancy", "75.32", "--expected-schooling", "135", "--mean-schooling", "7.87",
            "--expenditure", "12020"), "--expected-schooling");

    [Theory]
    [InlineData("capaian", "--target", "12abc")]
    [InlineData("capaian", "--target", "1e309")]
    [InlineData("capaian", "--target", "0x10")]
    [InlineData("efficiency", "--capaian", "1e309")]
    public void A_loosely_readable_option_is_refused(string command, string option, string value)
    {
        string[] args = command == "capaian"
            ? ["capaian", "--target", "5", "--realization", "10", "--polarity", "positive"]
            : ["efficiency", "--capaian", "90", "--budget-realization", "80"];
        int at = Array.IndexOf(args, option);
        args[at + 1] = value;
        AssertRefused(CliRunner.Run(args), option);
    }

    // --decimal-comma: "1234.56" does not fit (a dot is a thousands separator there), nor "1.2.3" (bad grouping).
    [Theory]
    [InlineData("1234.56")]
    [InlineData("1.2.3")]
    public void Decimal_comma_file_with_a_decimal_point_is_refused_naming_row_and_column(string cell)
    {
        string path = CliRunner.TempFile("dc.csv", "y;w\n100;1\n" + cell + ";1\n");
        var r = CliRunner.Run("poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "500", "--decimal-comma");
        AssertRefused(r, "row 2");
        Assert.Contains("'y'", r.Error);
        Assert.Contains("line 3", r.Error);
    }

    // With --decimal-comma, --line 550.000 is 550 000: of y = 1000 and 600 000 one is poor, P0 = 1/2.
    [Fact]
    public void Decimal_comma_applies_to_the_line_option()
    {
        string path = CliRunner.TempFile("l.csv", "y\n1000\n600.000\n");
        var r = CliRunner.Run("poverty", "--input", path, "--value", "y", "--line", "550.000", "--decimal-comma", "--format", "json");
        Assert.Equal(0.5, JsonNumber(r, "p0"));
    }

    // --decimal-comma reads every number of the command that way, --epsilon and --level too (they were read with a
    // decimal point whatever the switch: "--epsilon 1.000" was refused as ambiguous, "--level 0.9" taken as 0.9).
    // A(1000) of incomes 1 and 3 (μ = 2): 1 − [½(0.5^−999 + 1.5^−999)]^(−1/999) = 0.49965295910752812 (mpmath, 40 digits).
    [Fact]
    public void Decimal_comma_applies_to_epsilon_and_level()
    {
        string path = CliRunner.TempFile("e.csv", "y\n1\n3\n");
        var r = CliRunner.Run("inequality", path, "--value", "y", "--decimal-comma", "--epsilon", "1.000", "--format", "json");
        Assert.Equal(0.49965295910752812, JsonNumber(r, "measures.atkinson(1000)"), 1e-15);
        AssertRefused(CliRunner.Run("inequality", path, "--value", "y", "--decimal-comma", "--epsilon", "0.5"), "--epsilon '0.5' does not fit --decimal-comma");
        AssertRefused(CliRunner.Run("gini", path, "--value", "y", "--decimal-comma", "--se", "bootstrap", "--level", "0.9"), "--level '0.9' does not fit --decimal-comma");
        var level = CliRunner.Run("gini", path, "--value", "y", "--decimal-comma", "--se", "bootstrap", "--replicates", "10", "--level", "0,9", "--format", "json");
        Assert.True(level.ExitCode == ExitCodes.Success, level.Error);
        Assert.Equal(0.9, JsonDocument.Parse(level.Out).RootElement.GetProperty("se").GetProperty("level").GetDouble());
    }

    // Gini of y = 1, 2, 3 with equal weights: Σᵢⱼ|yᵢ − yⱼ| / (2n²μ) = 8 / 36 = 2/9, whatever the common weight.
    [Theory]
    [InlineData("1e300")]
    [InlineData("1e-200")]
    [InlineData("5e-324")]
    public void Gini_does_not_depend_on_the_scale_of_the_weights(string weight)
    {
        string path = CliRunner.TempFile("g.csv", $"y,w\n1,{weight}\n2,{weight}\n3,{weight}\n");
        var r = CliRunner.Run("gini", "--input", path, "--value", "y", "--weight", "w", "--format", "json");
        Assert.Equal(2.0 / 9, JsonNumber(r, "gini"), 14);
    }

    // y = 1..10, z = 4: P1 = (3/4 + 2/4 + 1/4)/10 = 0.15, P2 = (9 + 4 + 1)/16/10 = 0.0875, whatever the common weight.
    [Fact]
    public void Fgt_with_the_smallest_weights_is_the_unweighted_fgt()
    {
        string path = CliRunner.TempFile("p.csv", "y,w\n" + string.Concat(Enumerable.Range(1, 10).Select(i => i + ",5e-324\n")));
        var r = CliRunner.Run("poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "4", "--format", "json");
        Assert.Equal(0.15, JsonNumber(r, "p1"), 15);
        Assert.Equal(0.0875, JsonNumber(r, "p2"), 15);
        Assert.Equal(0.3, JsonNumber(r, "p0"), 15);
    }

    // y = {1e-300, 1e300}, μ = 5e299: MLD = ½[ln(μ/1e-300) + ln(μ/1e300)] = ½(599·ln 10 + ln 2,5).
    [Fact]
    public void Mean_log_deviation_of_extreme_incomes_is_finite()
    {
        string path = CliRunner.TempFile("m.csv", "y\n1e-300\n1e300\n");
        var r = CliRunner.Run("inequality", "--input", path, "--value", "y", "--format", "json");
        Assert.Equal((599 * Math.Log(10) + Math.Log(2.5)) / 2, JsonNumber(r, "measures.meanLogDeviation"), 10);
    }

    // y = (0, 1e-300, 5e-300), w = (1e300, 1e-300, 2e-300): the weighted income 1.1e-599 is below a double, yet the
    // Gini is 1 and Theil = 599 ln 10 − ln 1.1 + (10/11) ln 5 (income shares 1/11 and 10/11 of incomes 1e599/1.1 and
    // 5e599/1.1 times the mean). Before, inequality and lorenz said "income sums to 0" where gini gave 1.
    [Fact]
    public void Incomes_and_weights_whose_products_leave_the_double_range_have_a_profile_and_a_curve()
    {
        string path = CliRunner.TempFile("s.csv", "y,w\n0,1e300\n1e-300,1e-300\n5e-300,2e-300\n");
        var r = CliRunner.Run("inequality", "--input", path, "--value", "y", "--weight", "w", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(1.0, JsonNumber(r, "measures.gini"), 15);
        Assert.Equal(599 * Math.Log(10) - Math.Log(1.1) + 10.0 / 11 * Math.Log(5), JsonNumber(r, "measures.theil"), 9);
        var lorenz = CliRunner.Run("lorenz", "--input", path, "--value", "y", "--weight", "w", "--points", "4", "--format", "csv");
        Assert.Equal(0, lorenz.ExitCode);
        Assert.Equal("", lorenz.Error);
    }

    // z = 1e300, y = {1e-300, 1e300}: only 1e-300 is poor; Watts = ln(1e300/1e-300)/2 = 300·ln 10.
    [Fact]
    public void Watts_of_extreme_incomes_is_finite()
    {
        string path = CliRunner.TempFile("w.csv", "y\n1e-300\n1e300\n");
        var r = CliRunner.Run("poverty", "--input", path, "--value", "y", "--line", "1e300", "--format", "json");
        Assert.Equal(300 * Math.Log(10), JsonNumber(r, "watts"), 10);
    }

    [Fact]
    public void No_output_ever_prints_infinity_or_nan()
    {
        string path = CliRunner.TempFile("i.csv", "y\n1e-300\n1e300\n");
        foreach (string[] args in new[]
        {
            new[] { "inequality", "--input", path, "--value", "y" },
            ["poverty", "--input", path, "--value", "y", "--line", "1e300"],
            ["gini", "--input", path, "--value", "y"],
        })
        {
            var r = CliRunner.Run(args);
            Assert.DoesNotContain("Infinity", r.Out + r.Error, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("NaN", r.Out + r.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("∞", r.Out + r.Error, StringComparison.Ordinal);
        }
        _ = CultureInfo.InvariantCulture;
    }
}
