using System.Text.Json;

namespace LppdMetrics.Cli.Tests;

public class AccountabilityCommandTests
{
    [Fact]
    public void Achievement_negative_polarity_json()
    {
        var r = CliRunner.Run("capaian", "--target", "8.19", "--realization", "8.16", "--polarity", "negative", "--format", "json");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.Equal(100.37m, root.GetProperty("capaian").GetProperty("value").GetDecimal());
        Assert.Equal(2, root.GetProperty("capaian").GetProperty("decimals").GetInt32());
        Assert.Equal("Sangat Tinggi", root.GetProperty("predicate").GetString());
        // (2 × 8,19 − 8,16) / 8,19 × 100 = 822 / 8,19 = 100,3663003663…
        Assert.StartsWith("100.3663003663", root.GetProperty("capaian").GetProperty("unrounded").GetRawText());
        Assert.Equal("negative", root.GetProperty("polarity").GetString());
    }

    [Fact]
    public void Achievement_text_and_the_trace_in_json()
    {
        var text = CliRunner.Run("capaian", "--target", "80", "--realization", "74.94", "--polarity", "positive");
        Assert.Equal(ExitCodes.Success, text.ExitCode);
        Assert.Contains("93.68", text.Out);
        Assert.Contains("Sangat Tinggi", text.Out);
        var json = CliRunner.Run("capaian", "--target", "80", "--realization", "74.94", "--polarity", "positive", "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal("capaian.positive", doc.RootElement.GetProperty("trace").GetProperty("rule").GetString());
        Assert.Equal("predicate.permendagri86", doc.RootElement.GetProperty("predicateTrace").GetProperty("rule").GetString());
        // --format explain went with issue 14: the trace is in the JSON, and `lppd explain` explains a report's figure.
        Assert.Equal(ExitCodes.BadInput, CliRunner.Run("capaian", "--target", "80", "--realization", "74.94", "--polarity", "positive", "--format", "explain").ExitCode);
    }

    [Fact]
    public void Achievement_of_a_missing_realisation_is_null_not_zero()
    {
        var r = CliRunner.Run("capaian", "--target", "8.19", "--realization", "NIHIL", "--polarity", "negative", "--format", "json");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement achievement = doc.RootElement.GetProperty("capaian");
        Assert.Equal(JsonValueKind.Null, achievement.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, achievement.GetProperty("unrounded").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("predicate").ValueKind);
        Assert.Equal("realisation missing", achievement.GetProperty("reason").GetString());
    }

    [Fact]
    public void Achievement_of_a_negative_realisation_is_negative()
    {
        // Line 3593: growth target 2,97, realisation −0,28 → −9,43 % (no floor), Sangat Rendah.
        var r = CliRunner.Run("capaian", "--target", "2.97", "--realization", "-0.28", "--polarity", "positive", "--format", "json");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal(-9.43m, doc.RootElement.GetProperty("capaian").GetProperty("value").GetDecimal());
        Assert.Equal("Sangat Rendah", doc.RootElement.GetProperty("predicate").GetString());
    }

    [Fact]
    public void Achievement_cap_option()
    {
        var r = CliRunner.Run("capaian", "--target", "10", "--realization", "50.45", "--polarity", "positive", "--cap", "120", "--format", "json");
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal(120m, doc.RootElement.GetProperty("capaian").GetProperty("value").GetDecimal());
        Assert.Equal(504.5m, doc.RootElement.GetProperty("raw").GetDecimal());
    }

    [Theory]
    [InlineData("--target", "abc")]
    [InlineData("--target", "NaN")]
    [InlineData("--realization", "Infinity")]
    public void Bad_numbers_exit_2_with_one_line(string option, string value)
    {
        string[] args = ["capaian", "--target", "8.19", "--realization", "8.16", "--polarity", "negative"];
        args[Array.IndexOf(args, option) + 1] = value;
        var r = CliRunner.Run(args);
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
        Assert.Contains(option, r.Error);
        Assert.Contains(value, r.Error);
    }

    [Fact]
    public void Missing_polarity_unknown_polarity_and_rejected_zero_target_exit_2()
    {
        Assert.Equal(ExitCodes.BadInput, CliRunner.Run("capaian", "--target", "1", "--realization", "1").ExitCode);
        Assert.Equal(ExitCodes.BadInput, CliRunner.Run("capaian", "--target", "1", "--realization", "1", "--polarity", "up").ExitCode);
        var r = CliRunner.Run("capaian", "--target", "0", "--realization", "1", "--polarity", "positive", "--zero-target", "reject");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Contains("target", r.Error);
        var undefined = CliRunner.Run("capaian", "--target", "0", "--realization", "1", "--polarity", "positive");
        Assert.Equal(ExitCodes.Success, undefined.ExitCode);
        Assert.Contains("undefined", undefined.Out);
    }

    [Fact]
    public void Efficiency_json()
    {
        var r = CliRunner.Run("efficiency", "--capaian", "100.37", "--budget-realization", "97.35", "--format", "json");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement efficiency = doc.RootElement.GetProperty("efficiency");
        Assert.Equal(1.03m, efficiency.GetProperty("value").GetDecimal());
        Assert.StartsWith("1.031022", efficiency.GetProperty("unrounded").GetRawText()); // 100,37 / 97,35 = 1,03102208…
        Assert.Equal(JsonValueKind.Null, efficiency.GetProperty("reason").ValueKind);
    }

    [Fact]
    public void Efficiency_edges()
    {
        var zero = CliRunner.Run("efficiency", "--capaian", "100", "--budget-realization", "0", "--format", "json");
        Assert.Equal(ExitCodes.Success, zero.ExitCode);
        using (var doc = JsonDocument.Parse(zero.Out))
        {
            Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("efficiency").GetProperty("value").ValueKind);
            Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty("efficiency").GetProperty("reason").GetString()));
        }
        var negative = CliRunner.Run("efficiency", "--capaian", "100", "--budget-realization", "-5");
        Assert.Equal(ExitCodes.BadInput, negative.ExitCode);
        Assert.Single(negative.Error.TrimEnd().Split('\n'));
        Assert.Equal("efficiency 1.004; unrounded 1.0042874642711310739077174357",
            CliRunner.Run("efficiency", "--capaian", "98.38", "--budget-realization", "97.96", "--decimals", "3").Out.Trim());
    }
}
