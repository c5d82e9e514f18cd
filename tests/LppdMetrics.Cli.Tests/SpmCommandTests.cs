using LppdMetrics.TestSupport;
using System.Text.Json;

namespace LppdMetrics.Cli.Tests;

public class SpmCommandTests
{
    [Theory]
    [InlineData("pendidikan", "81.09", "TUNTAS UTAMA")]
    [InlineData("kesehatan", "99.19", "TUNTAS UTAMA")]
    [InlineData("pekerjaan-umum", "100.00", "TUNTAS PARIPURNA")]
    [InlineData("sosial", "100.00", "TUNTAS PARIPURNA")]
    public void Report_urusan_reproduce_their_printed_index(string file, string printed, string category)
    {
        var r = CliRunner.Run("spm", "--input", TestDataPath.Of("spm", file + ".json"), "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        decimal index = doc.RootElement.GetProperty("index").GetProperty("unrounded").GetDecimal();
        decimal expected = decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, Math.Round(index, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(expected, doc.RootElement.GetProperty("index").GetProperty("value").GetDecimal());
        Assert.Equal(category, doc.RootElement.GetProperty("category").GetString());
        JsonElement first = doc.RootElement.GetProperty("services")[0];
        Assert.True(first.TryGetProperty("name", out _) && first.TryGetProperty("recipients", out _) && first.TryGetProperty("quality", out _));
    }

    [Fact]
    public void Trantibumlinmas_lists_sub_urusan_with_Damkar_80_41()
    {
        var r = CliRunner.Run("spm", "--input", TestDataPath.Of("spm", "trantibumlinmas.json"), "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement[] subs = doc.RootElement.GetProperty("subUrusan").EnumerateArray().ToArray();
        Assert.Equal(["TRANTIBUM", "KEBENCANAAN", "DAMKAR"], subs.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(80.41m, subs[2].GetProperty("index").GetProperty("value").GetDecimal());
        // Damkar: A = 189/248, B = 97.22…; full precision in JSON.
        JsonElement damkar = doc.RootElement.GetProperty("services")[4];
        Assert.Equal(76.2097m, Math.Round(damkar.GetProperty("recipients").GetProperty("unrounded").GetDecimal(), 4));
    }

    [Fact]
    public void Text_output_and_ten_point_categories()
    {
        string path = TestDataPath.Of("spm", "pendidikan.json");
        var r = CliRunner.Run("spm", "--input", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("urusan index 81.09: TUNTAS UTAMA", r.Out);
        Assert.Contains("urusan index 81.09: TUNTAS MADYA", CliRunner.Run("spm", "--input", path, "--categories", "ten-point").Out);
    }

    [Theory]
    [InlineData("{\"urusan\":\"x\",\"services\":[{\"name\":\"a\",\n\"recipients\":{\"target\":-1,\"realized\":2}}]}", "line 2, path '$.services[0].recipients.target'")]
    [InlineData("{\"urusan\":\"x\",\"services\":[{\"name\":\"a\",\"recipients\":{\"target\":1,\"realized\":2},\n\"qualityGroups\":[{\"name\":null,\"items\":[{\"target\":1,\"realized\":-0.5}]}]}]}", "'$.services[0].qualityGroups[0].items[0].realized': -0.5 is negative")]
    [InlineData("{\"urusan\":\"x\",\"services\":[{\"name\":\"a\"}]}", "missing required properties including: 'recipients'")]
    [InlineData("{\"urusan\":\"x\",\"services\":[{\"name\":\"a\",\"recipients\":null}]}", "'$.services[0].recipients'")]
    [InlineData("{\"urusan\":\"x\",\"services\":[]}", "no services")]
    [InlineData("{\"urusan\":\"x\",\"services\":[{\"name\":\"a\",\"recipients\":{\"target\":1,\"realized\":1},\"qualityGroups\":[{\"name\":\"g\"}]}]}", "missing required properties including: 'items'")]
    [InlineData("{\"urusan\":\"x\",\"services\":[{\"name\":\"a\",\"recipients\":{\"target\":1,\"realized\":1},\"qualityGroups\":[{\"items\":[null]}]}]}", "path '$.services[0].qualityGroups[0].items[0]' is null")]
    [InlineData("{\"urusan\":\"x\",\n\"services\":[{\"name\":\"a\" \"recipients\":{}}]}", "line 2")]
    [InlineData("{\"urusan\":\"x\",\"services\":[{\"name\":\"a\",\"recipients\":{\"target\":\"7\",\"realized\":2}}]}", "expected a number")]
    public void Bad_json_exits_2_naming_file_line_and_path(string content, string expected)
    {
        string path = CliRunner.TempFile("bad.json", content);
        var r = CliRunner.Run("spm", "--input", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(path, r.Error);
        Assert.Contains(expected, r.Error);
    }
}
