using System.Text.Json;

namespace LppdMetrics.Cli.Tests;

public class HumanDevelopmentCommandTests
{
    private static readonly string[] Blitar2024 =
        ["ipm", "--life-expectancy", "75.32", "--expected-schooling", "12.67", "--mean-schooling", "7.87", "--expenditure", "12020"];

    [Fact]
    public void Json_has_the_fields_at_full_precision()
    {
        var r = CliRunner.Run([.. Blitar2024, "--format", "json"]);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.Equal(["ipm", "category", "method", "healthIndex", "educationIndex", "expenditureIndex", "trace"], root.EnumerateObject().Select(p => p.Name));
        JsonElement humanDevelopment = root.GetProperty("ipm");
        Assert.Equal(73.44m, humanDevelopment.GetProperty("value").GetDecimal());     // the printed value (issue 14)
        Assert.Equal(2, humanDevelopment.GetProperty("decimals").GetInt32());
        double unrounded = humanDevelopment.GetProperty("unrounded").GetDouble();
        Assert.Equal(73.438, unrounded, 3);
        Assert.NotEqual(73.44, unrounded);                    // full precision, not the printed value
        Assert.Equal(55.32 / 65, root.GetProperty("healthIndex").GetProperty("value").GetDouble(), 15); // (75,32 − 20) / 65 by hand
        Assert.Equal(0.6143, root.GetProperty("educationIndex").GetProperty("value").GetDouble(), 4);
        Assert.Equal(0.7576, root.GetProperty("expenditureIndex").GetProperty("value").GetDouble(), 4);
        Assert.Equal("Tinggi", root.GetProperty("category").GetString()); // BPS: 70 ≤ IPM < 80
    }

    [Fact]
    public void Text_shows_two_decimals_and_the_category()
    {
        var r = CliRunner.Run(Blitar2024);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.StartsWith("IPM 73.44 (Tinggi)", r.Out);
        Assert.Contains("0.8511", r.Out);
    }

    [Fact]
    public void Json_carries_the_trace()
    {
        var r = CliRunner.Run([.. Blitar2024, "--format", "json"]);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement trace = doc.RootElement.GetProperty("trace");
        Assert.Equal("ipm.bps2010", trace.GetProperty("rule").GetString());
        Assert.Contains(trace.GetProperty("steps").EnumerateArray(), s => s.GetRawText().Contains("I_pengeluaran", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.BadInput, CliRunner.Run([.. Blitar2024, "--format", "explain"]).ExitCode); // removed in issue 14
    }

    [Fact]
    public void Undp_method_is_selectable()
    {
        var r = CliRunner.Run(["ipm", "--life-expectancy", "65.31", "--expected-schooling", "6.2046", "--mean-schooling", "5.1705",
            "--expenditure", "3829", "--method", "undp", "--format", "json"]);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal(0.5506, doc.RootElement.GetProperty("expenditureIndex").GetProperty("value").GetDouble(), 4);
    }

    [Theory]
    [InlineData("--life-expectancy", "-5")]     // negative
    [InlineData("--expenditure", "500")]        // below the BPS minimum 1007,436
    [InlineData("--life-expectancy", "abc")]    // not a number
    public void A_bad_value_is_exit_2_with_one_line(string option, string value)
    {
        var args = Blitar2024.ToArray();
        args[Array.IndexOf(args, option) + 1] = value;
        var r = CliRunner.Run(args);
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("lppd: ", r.Error);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void A_missing_component_is_exit_2_naming_it()
    {
        var r = CliRunner.Run("ipm", "--life-expectancy", "75.32");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Contains("--expenditure", r.Error);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Ipg_from_female_and_male()
    {
        var r = CliRunner.Run("ipm", "--female", "69.81", "--male", "74.35");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Equal("IPG 93.89", r.Out.Trim());             // 69,81 / 74,35 × 100 = 93,8937…
        var json = CliRunner.Run("ipm", "--female", "70", "--male", "75", "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(93.33m, doc.RootElement.GetProperty("ipg").GetProperty("value").GetDecimal()); // 70 / 75 × 100 = 93,333…
        Assert.Equal(93.3333, doc.RootElement.GetProperty("ipg").GetProperty("unrounded").GetDouble(), 4);
        Assert.Equal(70m, doc.RootElement.GetProperty("femaleIpm").GetDecimal());
        Assert.Equal(ExitCodes.BadInput, CliRunner.Run("ipm", "--female", "70").ExitCode);
    }
}
