using System.Text;
using System.Text.Json;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Cli.Tests;

/// <summary>Issue 12, "the contract": the named cases, each with its exact wording checked.</summary>
public class ErrorContractTests
{
    [Fact]
    public void Unknown_command_names_itself_and_suggests_the_nearest()
    {
        string line = CliRunner.OneErrorLine(CliRunner.Run("povrty", "--input", "x.csv"));
        Assert.Contains("unknown command 'povrty'", line);
        Assert.Contains("did you mean 'poverty'?", line);
    }

    [Fact]
    public void Invalid_choice_names_the_option_and_lists_the_values_on_one_line()
    {
        string line = CliRunner.OneErrorLine(CliRunner.Run("capaian", "--target", "1", "--realization", "1", "--polarity", "up"));
        Assert.Contains("--polarity 'up' is not one of the allowed values: positive, negative.", line);
    }

    [Fact]
    public void Echoed_input_is_cut_and_its_control_characters_escaped()
    {
        string line = CliRunner.OneErrorLine(CliRunner.Run("capaian", "--target", "\u001b[2J" + new string('9', 10_000) + "x", "--realization", "1", "--polarity", "positive"));
        Assert.DoesNotContain('\u001b', line);
        Assert.Contains("\\u001B", line);
        Assert.True(line.Length < 400, line.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Lorenz_points_has_a_documented_upper_bound()
    {
        string path = CliRunner.TempFile("l.csv", "y\n1\n2\n");
        string line = CliRunner.OneErrorLine(CliRunner.Run("lorenz", "--input", path, "--value", "y", "--points", "2147483647"));
        Assert.Contains("--points '2147483647'", line);
        Assert.Contains("from 0 to 1000000", line);
    }

    [Fact]
    public void Replicates_has_a_documented_upper_bound()
    {
        string path = CliRunner.TempFile("r.csv", "y\n1\n2\n");
        string line = CliRunner.OneErrorLine(CliRunner.Run("gini", "--input", path, "--value", "y", "--se", "bootstrap", "--replicates", "10000001"));
        Assert.Contains("from 2 to 10000", line);
    }

    [Fact]
    public void Png_to_a_bad_path_writes_nothing_to_stdout()
    {
        string path = CliRunner.TempFile("p.csv", "y\n1\n2\n3\n");
        string line = CliRunner.OneErrorLine(CliRunner.Run("lorenz", "--input", path, "--value", "y", "--png", "/no/such/dir/curve.png"));
        Assert.Contains("curve.png", line);
    }

    // An empty --png, or one holding a NUL, gave .NET's "The value cannot be an empty string." (no option named).
    [Theory]
    [InlineData("", "lppd: option '--png': '' is not a valid output path.")]
    [InlineData("a\0b.png", "lppd: option '--png': 'a\\u0000b.png' is not a valid output path.")]
    public void Png_to_an_invalid_path_names_the_option(string png, string expected)
    {
        string path = CliRunner.TempFile("p.csv", "y\n1\n2\n3\n");
        Assert.Equal(expected, CliRunner.OneErrorLine(CliRunner.Run("lorenz", "--input", path, "--value", "y", "--png", png)));
    }

    // An option's error said "column '--level'", as if the option were a column of the file.
    [Theory]
    [InlineData("gini", "--level", "0.9", "lppd: option '--level': --level needs --se bootstrap.")]
    [InlineData("poverty", "--by", "g", "lppd: option '--by': --se is not available with --by; run one subgroup file at a time.")]
    public void An_option_is_named_as_an_option_not_as_a_column(string command, string option, string value, string expected)
    {
        string path = CliRunner.TempFile("o.csv", "y,g\n1,a\n2,b\n");
        string[] args = command == "poverty"
            ? [command, path, "--value", "y", "--line", "2", "--se", "bootstrap", option, value]
            : [command, path, "--value", "y", option, value];
        Assert.Equal(expected, CliRunner.OneErrorLine(CliRunner.Run(args)));
    }

    [Fact]
    public void A_weight_total_beyond_a_double_is_refused_naming_the_file()
    {
        string path = CliRunner.TempFile("big.csv", "y,w\n1,1e308\n2,1e308\n3,1e308\n");
        string line = CliRunner.OneErrorLine(CliRunner.Run("poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "2.5"));
        Assert.StartsWith("lppd: " + path + ": ", line);
        Assert.Contains("1.8e308", line);
    }

    [Fact]
    public void Dev_zero_is_refused_as_csv_and_as_json()
    {
        Assert.Contains("16 MiB", CliRunner.OneErrorLine(CliRunner.Run("gini", "--input", "/dev/zero", "--value", "y")));
        Assert.Contains("64 MiB", CliRunner.OneErrorLine(CliRunner.Run("audit", "/dev/zero")));
    }

    [Fact]
    public void A_stray_quote_in_a_big_file_hints_at_the_unclosed_quote()
    {
        var sb = new StringBuilder("y,w\n1,1\n\"2,1\n");
        for (int i = 0; i < 1_100_000; i++)
            sb.Append("1234567890,1\n"); // 13 bytes a row: 14 MB after the quote, beyond Sep's 16 MiB in UTF-16
        string path = CliRunner.TempFile("quote.csv", sb.ToString());
        string line = CliRunner.OneErrorLine(CliRunner.Run("gini", "--input", path, "--value", "y", "--weight", "w"));
        Assert.Contains("row 2", line);
        Assert.Contains("quote", line);
    }

    [Fact]
    public void Null_in_an_spm_list_is_refused_by_path()
    {
        string path = CliRunner.TempFile("s.json",
            "{\"urusan\":\"X\",\"subUrusan\":[null],\"services\":[{\"name\":\"a\",\"recipients\":{\"name\":\"r\",\"target\":10,\"realized\":5},\"qualityGroups\":[]}]}");
        Assert.Contains("path '$.subUrusan[0]' is null", CliRunner.OneErrorLine(CliRunner.Run("spm", "--input", path)));
    }

    // T = 1e-28, R = 7.9e28: R ≥ T, so the capaian is capped at 100 by the SPM rule; the uncapped ratio 7.9e58
    // exceeds a decimal, which used to crash the trace (exit 3).
    [Fact]
    public void An_spm_ratio_beyond_a_decimal_is_the_capped_100()
    {
        string path = CliRunner.TempFile("o.json",
            "{\"urusan\":\"X\",\"services\":[{\"name\":\"a\",\"recipients\":{\"name\":\"r\",\"target\":0.0000000000000000000000000001,\"realized\":79228162514264337593543950335},\"qualityGroups\":[]}]}");
        var r = CliRunner.Run("spm", "--input", path, "--format", "json");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("100", r.Out);
    }

    [Fact]
    public void No_dotnet_names_in_library_errors()
    {
        string line = CliRunner.OneErrorLine(CliRunner.Run("ipm", "--female", "0", "--male", "70"));
        Assert.DoesNotContain("(Parameter", line);
        Assert.DoesNotContain("System.", line);
    }

    // World Bank PIP (wbpip md_compute_watts): poor = welfare < z; Σ over poor with welfare > 0 of w·ln(z/y), divided
    // by Σ w over everyone. synthetic-3 has 5 zero-welfare rows. Expected, computed in python3 with math.fsum:
    //   fsum(w*log(7000/y) for y, w in rows if 0 < y < 7000) / fsum(w for all rows) = 0.29042392803127426
    [Fact]
    public void Watts_zeros_exclude_reproduces_pip_on_synthetic_3()
    {
        string data = TestDataPath.Of("wbpip", "synthetic-3.csv");
        var refused = CliRunner.Run("poverty", "--input", data, "--value", "welfare", "--weight", "weight", "--line", "7000", "--format", "json");
        Assert.True(refused.ExitCode == 0, refused.Error);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(refused.Out).RootElement.GetProperty("watts").GetProperty("value").ValueKind);

        var pip = CliRunner.Run("poverty", "--input", data, "--value", "welfare", "--weight", "weight", "--line", "7000",
            "--watts-zeros", "exclude", "--format", "json");
        Assert.True(pip.ExitCode == 0, pip.Error);
        Assert.Equal(0.29042392803127426, JsonDocument.Parse(pip.Out).RootElement.GetProperty("watts").GetProperty("value").GetDouble(), 13);
    }

    [Theory]
    [InlineData("y,w\n1,2\n3,4,5\n", "ragged.csv, row 2 (line 3): cell 3 is beyond the header's last column 'w': the row has 3 cells, the header 2.")]
    [InlineData("y,w\n1,2\n3\n", "ragged.csv, row 2 (line 3), column 'w': the cell is missing: the row has 1 cell, the header 2.")]
    [InlineData("y;w;g\n1;2;a\n3;4;b\n5;6\n", "ragged.csv, row 3 (line 4), column 'g': the cell is missing: the row has 2 cells, the header 3.")]
    public void A_ragged_row_names_its_row_line_and_column_in_the_projects_wording(string content, string expected)
    {
        // Before: Sep's own wording, naming no column: "Found 3 column(s) on row 2/lines [3..4]:'3,4,5' Expected 2 column(s)
        // matching header/first row 'y,w'"
        string path = CliRunner.TempFile("ragged.csv", content);
        foreach (string[] args in new[] { new[] { "poverty", path, "--value", "y", "--line", "2" }, ["gini", path, "--value", "y", "--weight", "w"] })
        {
            string line = CliRunner.OneErrorLine(CliRunner.Run(args));
            Assert.Equal("lppd: " + path.Replace("ragged.csv", "", StringComparison.Ordinal) + expected, line);
        }
    }

    [Fact]
    public void Bootstrap_weights_spanning_2_to_the_1950_are_read_at_any_scale()
    {
        // Weights 2^950 (three PSUs) and 2^-1000 (two PSUs): before, the weights above 2^900 were brought near 1, the
        // 2^-1000 underflowed to 0, and a replicate drawing only their PSUs was "a bootstrap replicate drew only PSUs with
        // no income" (exit 2 on valid data). The Gini and its bootstrap do not depend on the scale of the weights, so the
        // result must be the bits of the same data with the weights times 2^-51 (2^899 and 2^-1051, both exact).
        static string Data(int big, int small)
        {
            string b = Math.ScaleB(1.0, big).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            string s = Math.ScaleB(1.0, small).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            return $"y,w,psu\n1,{b},1\n2,{b},1\n3,{s},2\n4,{s},2\n5,{b},3\n6,{s},4\n7,{b},5\n";
        }
        string[] Run(string content) => ["gini", CliRunner.TempFile("w.csv", content), "--value", "y", "--weight", "w", "--psu", "psu", "--se", "bootstrap", "--format", "json"];
        var wide = CliRunner.Run(Run(Data(950, -1000)));
        Assert.Equal("", wide.Error);
        Assert.Equal(ExitCodes.Success, wide.ExitCode);
        var scaled = CliRunner.Run(Run(Data(899, -1051)));
        Assert.Equal(ExitCodes.Success, scaled.ExitCode);
        var a = JsonDocument.Parse(wide.Out).RootElement.GetProperty("gini");
        var b = JsonDocument.Parse(scaled.Out).RootElement.GetProperty("gini");
        Assert.True(a.GetProperty("standardError").GetDouble() > 0);
        Assert.Equal(b.GetProperty("standardError").GetDouble(), a.GetProperty("standardError").GetDouble());
        Assert.Equal(b.GetProperty("value").GetDouble(), a.GetProperty("value").GetDouble());
        // Gini of 1, 2, 5, 7 with equal weights (the 2^-1000 rows weigh nothing beside them): Σ|xi − xj| over ordered
        // pairs = 2·(1+4+6+3+5+2) = 42, over 2·n²·mean = 2·16·3.75 = 120: 0.35.
        Assert.Equal(0.35, a.GetProperty("value").GetDouble(), 12);
    }

    [Fact]
    public void Bootstrap_weights_spanning_1e600_are_bootstrapped()
    {
        // 1e300 and 1e-300 in separate PSUs: refused before ("weights span too wide a range for the bootstrap"); each
        // replicate now forms its weights w·m at its own power of two. The Gini is that of 1, 2, 5 on equal weights to
        // within 1e-600: Σ|yi − yj| over ordered pairs 2·(1 + 4 + 3) = 16, over 2·n²·μ = 2·9·8/3 = 48.
        string path = CliRunner.TempFile("w.csv", "y,w,psu\n1,1e300,1\n2,1e300,1\n3,1e-300,2\n4,1e-300,2\n5,1e300,3\n6,1e-300,4\n");
        var run = CliRunner.Run("gini", path, "--value", "y", "--weight", "w", "--psu", "psu", "--se", "bootstrap", "--format", "json");
        Assert.Equal("", run.Error);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var gini = JsonDocument.Parse(run.Out).RootElement.GetProperty("gini");
        Assert.Equal(1.0 / 3, gini.GetProperty("value").GetDouble(), 12);
        Assert.True(gini.GetProperty("standardError").GetDouble() > 0);
    }

    [Fact]
    public void Inequality_weights_summing_beyond_a_double_are_refused_in_one_line_as_by_gini()
    {
        // The library's profile takes them (every measure; the population null); the CLI prints the weighted population,
        // so it refuses them in gini's words (exit 2, not a crash of the renderer).
        string path = CliRunner.TempFile("w.csv", "y,w\n1,1.7e308\n2,1.7e308\n");
        string inequality = CliRunner.OneErrorLine(CliRunner.Run("inequality", path, "--value", "y", "--weight", "w"));
        string gini = CliRunner.OneErrorLine(CliRunner.Run("gini", path, "--value", "y", "--weight", "w"));
        Assert.Contains("weights sum to more than a double holds", inequality, StringComparison.Ordinal);
        Assert.Equal(gini, inequality);
    }
}
