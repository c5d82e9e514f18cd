using LppdMetrics.TestSupport;
using System.Text.Json;

namespace LppdMetrics.Cli.Tests;

public class GroupedCommandTests
{
    private static string GdEx2 => TestDataPath.Of("wbpip", "grouped-gd_ex2.csv");

    [Fact]
    public void Json_for_the_wbpip_grouped_example_matches_pip()
    {
        // Expected values: wbpip tests/testthat/test-gd_compute_pip_stats.R (mean 2.911786, line 1.9).
        var result = CliRunner.Run("grouped", "--input", GdEx2, "--population", "population_share", "--share", "welfare_share",
            "--mean", "2.911786", "--line", "1.9", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        JsonElement root = doc.RootElement;
        Assert.Equal(0.3466288, root.GetProperty("gini").GetProperty("value").GetDouble(), 2e-6);
        Assert.Equal(0.3713033, root.GetProperty("p0").GetProperty("value").GetDouble(), 2e-6);
        Assert.Equal(0.1002854, root.GetProperty("p1").GetProperty("value").GetDouble(), 2e-6);
        Assert.Equal(0.03617225, root.GetProperty("p2").GetProperty("value").GetDouble(), 2e-6);
        Assert.Contains(root.GetProperty("model").GetString(), new[] { "gq", "beta" });
        Assert.True(root.GetProperty("checks").GetArrayLength() >= 8);
    }

    [Fact]
    public void Without_a_line_there_are_no_poverty_fields()
    {
        var result = CliRunner.Run("grouped", "--input", GdEx2, "--population", "population_share", "--share", "welfare_share", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.False(doc.RootElement.TryGetProperty("p0", out _));
    }

    [Fact]
    public void Trapezoid_of_a_hand_example()
    {
        // GR = 1 − [0.5(0.2 + 0) + 0.5(1 + 0.2)] = 0.3.
        string path = CliRunner.TempFile("two.csv", "pop;share\n0,5;0,2\n0,5;0,8\n");
        var result = CliRunner.Run("grouped", "--input", path, "--population", "pop", "--share", "share", "--decimal-comma",
            "--model", "trapezoid", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("trapezoid", doc.RootElement.GetProperty("model").GetString());
        Assert.Equal(0.3, doc.RootElement.GetProperty("gini").GetProperty("value").GetDouble(), 1e-12);
    }

    [Theory]
    [InlineData("p,s\n0.5,0.3\n0.4,0.7\n", "sum to 0.9")]
    [InlineData("p,s\n0.5,-0.1\n0.5,1.1\n", "row 1 (line 2), column 's'")]
    [InlineData("p,s\n0.5,0.6\n0.5,0.4\n", "ascending order")]
    [InlineData("p,s\n0.3,0.1\n0.3,0.2\n0.4,0.7\n", "at least 4")]
    [InlineData("p,s\n0.5,0.2\n0,0\n0.5,0.8\n", "row 2 (line 3), column 'p'")]
    public void Bad_shares_exit_2_with_a_located_message(string csv, string expected)
    {
        string path = CliRunner.TempFile("bad.csv", csv);
        var result = CliRunner.Run("grouped", "--input", path, "--population", "p", "--share", "s");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.Contains("bad.csv", result.Error);
    }

    [Fact]
    public void Mean_without_line_is_a_usage_error()
    {
        var result = CliRunner.Run("grouped", "--input", GdEx2, "--population", "population_share", "--share", "welfare_share", "--mean", "3");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--line", result.Error);
    }
}

public class GroupedCommandInvalidFitTests
{
    [Fact]
    public void A_forced_model_that_fails_its_checks_is_reported_with_exit_2()
    {
        string path = CliRunner.TempFile("q.csv", "p,s\n0.2,0.05\n0.2,0.15\n0.2,0.2\n0.2,0.25\n0.2,0.35\n");
        var result = CliRunner.Run("grouped", "--input", path, "--population", "p", "--share", "s", "--model", "gq", "--format", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out); // issue 12: nothing on stdout unless the command succeeds
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("gq.c-nonnegative", result.Error);
    }
}
