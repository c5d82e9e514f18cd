using LppdMetrics.TestSupport;
using System.Text.Json;

namespace LppdMetrics.Cli.Tests;

public class StandardErrorTests
{
    private static string Synthetic => TestDataPath.Of("wbpip", "synthetic-1.csv");

    [Fact]
    public void Gini_bootstrap_json_carries_estimate_se_and_interval_and_is_reproducible()
    {
        string[] args = ["gini", "--input", Synthetic, "--value", "welfare", "--weight", "weight", "--se", "bootstrap", "--replicates", "40", "--seed", "7", "--format", "json"];
        var first = CliRunner.Run(args);
        var second = CliRunner.Run(args);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        var plain = CliRunner.Run("gini", "--input", Synthetic, "--value", "welfare", "--weight", "weight", "--format", "json");
        using var doc = JsonDocument.Parse(first.Out);
        using var plainDoc = JsonDocument.Parse(plain.Out);
        JsonElement gini = doc.RootElement.GetProperty("gini");
        double estimate = gini.GetProperty("value").GetDouble(), se = gini.GetProperty("standardError").GetDouble();
        Assert.Equal(plainDoc.RootElement.GetProperty("gini").GetProperty("value").GetDouble(), estimate);
        Assert.True(se > 0);
        Assert.Equal(estimate - 1.959963984540054 * se, gini.GetProperty("lower").GetDouble(), 1e-12);
        Assert.Equal(estimate + 1.959963984540054 * se, gini.GetProperty("upper").GetDouble(), 1e-12);
        Assert.Equal("bootstrap", doc.RootElement.GetProperty("se").GetProperty("method").GetString());
        Assert.Equal(40, doc.RootElement.GetProperty("se").GetProperty("replicates").GetInt32());
    }

    // The largest level below 1, 1 − 2⁻⁵³: (1 + level)/2 rounds to 1, whose quantile is infinite (it left with exit 2,
    // "value is Infinity"). z = −Φ⁻¹(2⁻⁵⁴ = 5.551115123125783e-17) = 8.292361075813595 (Python's
    // statistics.NormalDist, Wichura's AS 241).
    [Fact]
    public void A_level_just_below_1_has_its_finite_interval()
    {
        var r = CliRunner.Run("gini", "--input", Synthetic, "--value", "welfare", "--weight", "weight", "--se", "bootstrap",
            "--replicates", "20", "--level", "0.9999999999999999", "--format", "json");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement gini = doc.RootElement.GetProperty("gini");
        double estimate = gini.GetProperty("value").GetDouble(), se = gini.GetProperty("standardError").GetDouble();
        Assert.True(se > 0);
        Assert.Equal(estimate + 8.292361075813595 * se, gini.GetProperty("upper").GetDouble(), 1e-12);
        Assert.Equal(estimate - 8.292361075813595 * se, gini.GetProperty("lower").GetDouble(), 1e-12);
    }

    [Fact]
    public void Poverty_linearization_with_strata_and_psus_matches_a_hand_computation()
    {
        // Stratum A: PSU 1 y = (1, 10), PSU 2 y = (1, 1); stratum B: PSU 1 y = (10, 10), PSU 2 y = (1, 10); z = 5.
        // P0 = 0.5; PSU totals of (g − 0.5)/8 are 0, 0.125, −0.125, 0; Var = 2·2·0.0625² ·2 = 0.03125.
        string path = CliRunner.TempFile("design.csv",
            "y,w,stratum,psu\n1,1,A,1\n10,1,A,1\n1,1,A,2\n1,1,A,2\n10,1,B,1\n10,1,B,1\n1,1,B,2\n10,1,B,2\n");
        var result = CliRunner.Run("poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "5",
            "--se", "linearization", "--strata", "stratum", "--psu", "psu", "--level", "0.9", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        JsonElement p0 = doc.RootElement.GetProperty("p0");
        Assert.Equal(0.5, p0.GetProperty("value").GetDouble(), 1e-12);
        Assert.Equal(Math.Sqrt(0.03125), p0.GetProperty("standardError").GetDouble(), 1e-12);
        Assert.Equal(0.5 - 1.6448536269514722 * Math.Sqrt(0.03125), p0.GetProperty("lower").GetDouble(), 1e-9);
        Assert.Equal(0.9, doc.RootElement.GetProperty("se").GetProperty("level").GetDouble());
    }

    [Fact]
    public void A_stratum_with_one_psu_is_a_located_input_error()
    {
        string path = CliRunner.TempFile("one.csv", "y,stratum,psu\n1,A,1\n2,A,2\n3,B,7\n4,B,7\n");
        var result = CliRunner.Run("poverty", "--input", path, "--value", "y", "--line", "2.5", "--se", "bootstrap", "--strata", "stratum", "--psu", "psu");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("one.csv", result.Error);
        Assert.Contains("stratum B has a single PSU (7", result.Error);
    }

    [Fact]
    public void Inequality_bootstrap_gives_every_available_measure_an_interval()
    {
        var result = CliRunner.Run("inequality", "--input", Synthetic, "--value", "welfare", "--weight", "weight",
            "--se", "bootstrap", "--replicates", "20", "--strata", "area", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.Trim().Split('\n');
        Assert.Equal("measure,estimate,standardError,lower,upper,level,method,replicates", lines[0].Trim());
        Assert.Contains(lines, l => l.StartsWith("gini,", StringComparison.Ordinal) && l.TrimEnd().EndsWith(",bootstrap,20", StringComparison.Ordinal));
    }

    /// <summary>
    /// Eight households in one stratum of four PSUs, three of them with no income (PSU 1: 0, 0; PSU 2: 0, 100). A Rao–Wu
    /// replicate draws 3 of the 4 PSUs with replacement; drawing PSU 1 alone three times leaves the replicate no income,
    /// and the poorest 40 % of many replicates hold nothing. Such a measure has no standard error: it is listed as
    /// unavailable with its reason (exit 0 when another measure has one), never an internal error (exit 3, before).
    /// </summary>
    [Fact]
    public void A_measure_undefined_on_a_replicate_is_unavailable_and_the_others_keep_their_intervals()
    {
        string path = CliRunner.TempFile("undefined-on-a-replicate.csv",
            "income,weight,strata,psu\n0,1,1,1\n0,1,1,1\n0,1,1,2\n100,1,1,2\n200,1,1,3\n300,1,1,3\n400,1,1,4\n500,1,1,4\n");
        var some = CliRunner.Run("inequality", "--input", path, "--value", "income", "--weight", "weight",
            "--se", "bootstrap", "--replicates", "20", "--strata", "strata", "--psu", "psu", "--format", "csv");
        Assert.Equal(0, some.ExitCode);
        Assert.Contains(some.Out.Split('\n'), l => l.StartsWith("gini,0.541666", StringComparison.Ordinal)); // G = Σᵢⱼ|yᵢ − yⱼ| / (2n²μ) = 13000 / (2·64·187.5) = 0.541666…, by hand
        Assert.Contains("palma unavailable: undefined on a bootstrap replicate: The poorest 40 % hold no income", some.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("palma,", some.Out, StringComparison.Ordinal);
        var none = CliRunner.Run("inequality", "--input", path, "--value", "income", "--weight", "weight",
            "--se", "bootstrap", "--replicates", "200", "--strata", "strata", "--psu", "psu");
        Assert.Equal(2, none.ExitCode);
        Assert.Equal("", none.Out);
        Assert.Single(none.Error.Trim().Split('\n'));
        Assert.Contains("no inequality measure has a bootstrap standard error", none.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gini", "--strata", "area")]
    [InlineData("gini", "--se", "linearization")]
    public void Design_options_without_se_and_unsupported_methods_are_usage_errors(string command, string option, string value)
    {
        var result = CliRunner.Run(command, "--input", Synthetic, "--value", "welfare", option, value);
        Assert.Equal(2, result.ExitCode);
    }
}
