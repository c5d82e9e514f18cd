using System.Text.Json;

namespace LppdMetrics.Cli.Tests;

public class SatisfactionCommandTests
{
    private const string Header = "unit,U1,U2,U3,U4,U5,U6,U7,U8,U9,age\n";

    [Fact]
    public void Json_has_the_issue_fields_with_exact_values()
    {
        // Unit A: one respondent, all 4. Unit B: three respondents, all 2, one leaves U9 empty.
        string path = CliRunner.TempFile("answers.csv", Header
            + "A,4,4,4,4,4,4,4,4,4,30\nB,2,2,2,2,2,2,2,2,2,40\nB,2,2,2,2,2,2,2,2,2,41\nB,2,2,2,2,2,2,2,2,,41\n");
        var r = CliRunner.Run("ikm", "--input", path, "--unit", "unit", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement root = doc.RootElement;
        Assert.Equal(4, root.GetProperty("respondents").GetInt32());
        JsonElement[] elements = root.GetProperty("elements").EnumerateArray().ToArray();
        Assert.Equal(9, elements.Length);
        Assert.Equal("U1", elements[0].GetProperty("element").GetString());
        Assert.Equal(2.5m, elements[0].GetProperty("nrr").GetProperty("unrounded").GetDecimal());            // (4 + 2 + 2 + 2) / 4
        Assert.Equal(3, elements[8].GetProperty("answered").GetInt32());
        Assert.Equal(1, elements[8].GetProperty("unanswered").GetInt32());
        // Σ NRR = 8 × 2.5 + 8/3 = 68/3; IKM = 68/27 = 2.5185…; converted 62.96… → D.
        Assert.Equal(2.518519m, Math.Round(root.GetProperty("ikm").GetProperty("unrounded").GetDecimal(), 6));   // 68/27 = 2.5185185…
        Assert.Equal(2.5185m, root.GetProperty("ikm").GetProperty("value").GetDecimal());
        Assert.Equal(62.96m, root.GetProperty("converted").GetProperty("value").GetDecimal());                 // 68/27 × 25 = 62.962…
        Assert.Equal("D", root.GetProperty("quality").GetString());
        Assert.Equal("Tidak Baik", root.GetProperty("performance").GetString());
        JsonElement[] units = root.GetProperty("units").EnumerateArray().ToArray();
        Assert.Equal(["A", "B"], units.Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal(4m, units[0].GetProperty("ikm").GetProperty("value").GetDecimal());
        Assert.Equal(2m, units[1].GetProperty("ikm").GetProperty("value").GetDecimal());
        JsonElement mean = root.GetProperty("meanOfUnitIndices");
        Assert.Equal(3m, mean.GetProperty("ikm").GetProperty("value").GetDecimal());
        Assert.Equal(75m, mean.GetProperty("converted").GetProperty("value").GetDecimal());
        Assert.Equal("C", mean.GetProperty("quality").GetString());
    }

    [Fact]
    public void Text_output_names_the_index_and_band()
    {
        string path = CliRunner.TempFile("answers.csv", "U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n3,3,3,3,3,3,3,3,3\n");
        var r = CliRunner.Run("ikm", "--input", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("IKM 3.5000  converted 87.50  quality B (Baik)", r.Out);
    }

    [Fact]
    public void Printed_weight_option_moves_88_375_to_B()
    {
        var csv = new System.Text.StringBuilder("U1,U2,U3,U4,U5,U6,U7,U8,U9\n");
        for (int i = 0; i < 107; i++) csv.Append("4,4,4,4,4,4,4,4,4\n");
        for (int i = 0; i < 93; i++) csv.Append("3,3,3,3,3,3,3,3,3\n");
        string path = CliRunner.TempFile("answers.csv", csv.ToString());
        Assert.Contains("converted 88.38  quality A", CliRunner.Run("ikm", "--input", path).Out);
        Assert.Contains("converted 88.29  quality B", CliRunner.Run("ikm", "--input", path, "--printed-weight").Out);
    }

    [Theory]
    [InlineData("U1,U2,U3,U4,U5,U6,U7,U8\n4,4,4,4,4,4,4,4\n", "column 'U9'")]
    [InlineData("U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n4,4,4,4,5,4,4,4,4\n", "row 2 (line 3), column 'U5': '5' is not an answer")]
    [InlineData("U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,3.0,4\n", "row 1 (line 2), column 'U8': '3.0' is not an answer")]
    [InlineData("U1,U2,U3,U4,U5,U6,U7,U8,U9\n0,4,4,4,4,4,4,4,4\n", "row 1 (line 2), column 'U1': '0' is not an answer")]
    [InlineData("U1,U2,U3,U4,U5,U6,U7,U8,U9\n", "no data rows")]
    [InlineData("U1,U2,U3,U4,U5,U6,U7,U8,U9\n,4,4,4,4,4,4,4,4\n", "U1 has no answers")]
    public void Bad_answers_exit_2_naming_file_row_and_column(string content, string expected)
    {
        string path = CliRunner.TempFile("bad.csv", content);
        var r = CliRunner.Run("ikm", "--input", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(path, r.Error);
        Assert.Contains(expected, r.Error);
    }
}
