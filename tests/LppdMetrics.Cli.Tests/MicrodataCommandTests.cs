using LppdMetrics.TestSupport;
using System.Text.Json;

namespace LppdMetrics.Cli.Tests;

public class MicrodataCommandTests
{
    private static JsonElement Json(CliRunner.Result r)
    {
        Assert.True(r.ExitCode == 0, r.Error);
        return JsonDocument.Parse(r.Out).RootElement;
    }

    [Fact]
    public void Poverty_json_by_hand()
    {
        // y = 1..10, z = 4 (strictly below): P0 0.3, P1 0.15, P2 0.0875; Watts = (ln 4 + ln 2 + ln 4/3)/10 = ln(32/3)/10.
        string path = CliRunner.TempFile("p.csv", "y\n" + string.Join("\n", Enumerable.Range(1, 10)) + "\n");
        JsonElement j = Json(CliRunner.Run("poverty", "--input", path, "--value", "y", "--line", "4", "--format", "json"));
        Assert.Equal(10.0, j.GetProperty("population").GetDouble());
        Assert.Equal(3.0, j.GetProperty("poorPopulation").GetDouble());
        Assert.Equal(0.3, j.GetProperty("p0").GetProperty("value").GetDouble(), 15);
        Assert.Equal(0.15, j.GetProperty("p1").GetProperty("value").GetDouble(), 15);
        Assert.Equal(0.0875, j.GetProperty("p2").GetProperty("value").GetDouble(), 15);
        Assert.Equal(Math.Log(32.0 / 3) / 10, j.GetProperty("watts").GetProperty("value").GetDouble(), 15);
    }

    /// <summary>
    /// <c>--by</c> reads the group column as codes on all cores: each group's P0, P1, P2 must be what the definition
    /// computes here (Σ w·g^α / Σ w over the group's rows, g = (z − y)/z below the line), with the codes trimmed, and a
    /// file that quotes a code as R's <c>write.csv</c> does must give the same output bytes. (Files the coder hands
    /// back, with an empty or non-ASCII code, are read row by row: <see cref="HostileFileTests"/>.)
    /// </summary>
    [Fact]
    public void Poverty_by_group_on_the_coded_path_and_row_by_row_is_the_definition_per_group()
    {
        var random = new Random(31);
        string[] names = ["A", " kec. 3 ", "10", "2", "B"];
        var rows = Enumerable.Range(0, 3000).Select(_ => (Y: (double)random.Next(0, 9000), W: (double)random.Next(1, 50), G: names[random.Next(names.Length)])).ToArray();
        string plain = CliRunner.TempFile("by-plain.csv", "y,w,g\n" + string.Concat(rows.Select(r => $"{r.Y},{r.W},{r.G}\n")));
        string quoted = CliRunner.TempFile("by-quoted.csv", "y,w,g\n" + string.Concat(rows.Select((r, i) => i == 1500 ? $"{r.Y},{r.W},\"{r.G.Trim()}\"\n" : $"{r.Y},{r.W},{r.G}\n")));
        string[] args = ["--value", "y", "--weight", "w", "--line", "4000", "--by", "g", "--format", "json"];
        var coded = CliRunner.Run(["poverty", "--input", plain, .. args]);
        var quotedRun = CliRunner.Run(["poverty", "--input", quoted, .. args]);
        Assert.Equal(quotedRun.Out.Replace("by-quoted", "by-plain", StringComparison.Ordinal), coded.Out);
        JsonElement j = Json(coded);
        foreach (JsonElement group in j.GetProperty("groups").EnumerateArray())
        {
            string name = group.GetProperty("group").GetString()!;
            var members = rows.Where(r => r.G.Trim() == name).ToArray();
            double total = members.Sum(r => r.W);
            double Index(int alpha) => members.Where(r => r.Y < 4000).Sum(r => r.W * Math.Pow((4000 - r.Y) / 4000, alpha)) / total;
            Assert.Equal(Index(0), group.GetProperty("p0").GetProperty("value").GetDouble(), 12);
            Assert.Equal(Index(1), group.GetProperty("p1").GetProperty("value").GetDouble(), 12);
            Assert.Equal(Index(2), group.GetProperty("p2").GetProperty("value").GetDouble(), 12);
        }
        Assert.Equal(names.Length, j.GetProperty("groups").GetArrayLength());
    }

    [Fact]
    public void Poverty_by_group_with_weights_semicolons_and_decimal_commas()
    {
        // Group a: y = 1 (w 1), 5 (w 1); group b: y = 2 (w 2), 3 (w 2); z = 4. Poor mass: a 1, b 4 of W = 6.
        string path = CliRunner.TempFile("g.csv", "kec;y;w\na;1,0;1\nb;2;2\na;5;1\nb;3;2\n");
        JsonElement j = Json(CliRunner.Run("poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "4", "--by", "kec",
            "--decimal-comma", "--format", "json"));
        Assert.Equal(5.0 / 6, j.GetProperty("p0").GetProperty("value").GetDouble(), 15);
        JsonElement[] groups = j.GetProperty("groups").EnumerateArray().ToArray();
        Assert.Equal(["a", "b"], groups.Select(g => g.GetProperty("group").GetString()));
        Assert.Equal(1.0 / 3, groups[0].GetProperty("populationShare").GetDouble(), 15);
        Assert.Equal(0.2, groups[0].GetProperty("contributionP0").GetDouble(), 15);
        Assert.Equal(0.8, groups[1].GetProperty("contributionP0").GetDouble(), 15);
        Assert.Equal(1.0 / 3, groups[0].GetProperty("contributionP1").GetDouble(), 15);
        foreach (string field in new[] { "population", "p0", "p1", "p2", "contributionP2" })
            Assert.True(groups[1].TryGetProperty(field, out _), field);
    }

    [Fact]
    public void Poverty_reports_Watts_unavailable_but_gives_the_rest()
    {
        string path = CliRunner.TempFile("z.csv", "y\n3\n0\n5\n");
        JsonElement j = Json(CliRunner.Run("poverty", "--input", path, "--value", "y", "--line", "4", "--format", "json"));
        Assert.Equal(JsonValueKind.Null, j.GetProperty("watts").GetProperty("value").ValueKind);
        Assert.Contains("row 2", j.GetProperty("watts").GetProperty("reason").GetString());
        Assert.Equal(2.0 / 3, j.GetProperty("p0").GetProperty("value").GetDouble(), 15);
        CliRunner.Result text = CliRunner.Run("poverty", "--input", path, "--value", "y", "--line", "4");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Watts                   unavailable", text.Out);
    }

    [Fact]
    public void Gini_of_the_PIP_synthetic_microdata_equals_laeken()
    {
        // laeken::gini(d$welfare, d$weight)$value / 100 on synthetic-1.csv (R 4.2, laeken from Debian) = 0.51479987868403532.
        string path = TestDataPath.Of("wbpip", "synthetic-1.csv");
        JsonElement j = Json(CliRunner.Run("gini", "--input", path, "--value", "welfare", "--weight", "weight", "--format", "json"));
        Assert.True(Math.Abs(j.GetProperty("gini").GetProperty("value").GetDouble() / 0.51479987868403532 - 1) < 1e-10);
        Assert.Equal(2000, j.GetProperty("n").GetInt32());
        Assert.True(j.GetProperty("population").GetDouble() > 2000);
    }

    [Fact]
    public void Gini_correction_option()
    {
        // 1, 2, 3: G = 2/9; with n/(n−1): 1/3.
        string path = CliRunner.TempFile("c.csv", "y\n1\n2\n3\n");
        Assert.Equal(2.0 / 9, Json(CliRunner.Run("gini", "--input", path, "--value", "y", "--format", "json")).GetProperty("gini").GetProperty("value").GetDouble(), 15);
        Assert.Equal(1.0 / 3, Json(CliRunner.Run("gini", "--input", path, "--value", "y", "--correction", "n-over-n-minus-1", "--format", "json")).GetProperty("gini").GetProperty("value").GetDouble(), 15);
    }

    [Fact]
    public void Inequality_json_gives_every_measure_and_says_why_one_is_unavailable()
    {
        string path = CliRunner.TempFile("i.csv", "y,w\n0,1\n2,1\n4,1\n6,1\n");
        JsonElement j = Json(CliRunner.Run("inequality", "--input", path, "--value", "y", "--weight", "w", "--format", "json"));
        foreach (string field in new[] { "n", "population", "mean", "measures" })
            Assert.True(j.TryGetProperty(field, out _), field);
        JsonElement m = j.GetProperty("measures");
        foreach (string field in new[] { "gini", "theil", "atkinson(0.5)", "s80s20", "palma" })
            Assert.True(m.TryGetProperty(field, out _), field);
        // Sorted 0, 2, 4, 6 (Σ 12): G = 2(0 + 4 + 12 + 24)/(4·12) − 5/4 = 80/48 − 60/48 = 5/12.
        Assert.Equal(5.0 / 12, m.GetProperty("gini").GetProperty("value").GetDouble(), 15);
        Assert.Equal(JsonValueKind.Null, m.GetProperty("meanLogDeviation").GetProperty("value").ValueKind);
        Assert.Contains("zero income", m.GetProperty("meanLogDeviation").GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, m.GetProperty("s80s20").GetProperty("value").ValueKind);
    }

    [Fact]
    public void Lorenz_points_and_png()
    {
        string path = CliRunner.TempFile("l.csv", "y\n4\n2\n1\n3\n");
        string png = Path.Combine(Path.GetDirectoryName(path)!, "lorenz.png");
        CliRunner.Result r = CliRunner.Run("lorenz", "--input", path, "--value", "y", "--points", "4", "--format", "csv", "--png", png);
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Equal(["populationShare,incomeShare", "0,0", "0.25,0.1", "0.5,0.3", "0.75,0.6", "1,1"], r.Out.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
        byte[] bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 1000);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
    }

    [Theory]
    [InlineData("y,w\n1,1\n", "--value", "nope", "column 'nope'")]
    [InlineData("y,w\n1,1\nabc,1\n", "--value", "y", "row 2 (line 3), column 'y'")]
    [InlineData("y,w\n1,1\n2,0\n", "--value", "y", "row 2 (line 3), column 'w'")]
    [InlineData("y,w\n1,1\n-2,1\n", "--value", "y", "row 2 (line 3), column 'y'")]
    [InlineData("", "--value", "y", "empty")]
    [InlineData("y,w\n", "--value", "y", "no data rows")]
    public void Bad_files_exit_2_with_one_line_naming_the_place(string content, string option, string column, string expected)
    {
        string path = CliRunner.TempFile("bad.csv", content);
        foreach (string command in new[] { "poverty", "gini", "inequality", "lorenz" })
        {
            string[] args = command == "poverty"
                ? [command, "--input", path, option, column, "--weight", "w", "--line", "4"]
                : [command, "--input", path, option, column, "--weight", "w"];
            if (content == "" ) args = command == "poverty" ? [command, "--input", path, option, column, "--line", "4"] : [command, "--input", path, option, column];
            CliRunner.Result r = CliRunner.Run(args);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains(path, r.Error);
            Assert.Contains(expected, r.Error);
            Assert.Single(r.Error.TrimEnd().Split('\n'));
        }
    }

    [Fact]
    public void Bad_poverty_line_exits_2()
    {
        string path = CliRunner.TempFile("y.csv", "y\n1\n");
        CliRunner.Result r = CliRunner.Run("poverty", "--input", path, "--value", "y", "--line", "0");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--line", r.Error);
    }
}
