using System.Text;
using System.Text.Json;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// A code of the <c>--by</c>, <c>--strata</c> or <c>--psu</c> column (and an IKM <c>--unit</c> name) is its text trimmed and in Unicode normalisation
/// form C: "Pelé" typed with a composed é (U+00E9) and with e + combining acute (U+0065 U+0301), as a Mac writes it,
/// is one kecamatan; " B" is "B". Case and inner spaces still count.
/// </summary>
public class GroupCodeSpellingTests
{
    private const string Composed = "Pel\u00e9", Decomposed = "Pele\u0301";

    [Fact]
    public void The_two_spellings_of_a_group_are_one_group()
    {
        // Group Pelé: y = 1 (w 1), 5 (w 1); group b: y = 2 (w 2), 3 (w 2); z = 4. W = 6; poor mass: Pelé 1, b 4.
        // Pelé's population share 2/6, its contribution to P0 (1/6)/(5/6) = 0.2; b's 0.8. Ordinal order: 'P' < 'b'.
        string path = CliRunner.TempFile("g.csv", $"kec,y,w\n{Composed},1,1\nb,2,2\n {Decomposed} ,5,1\nb,3,2\n");
        CliRunner.Result r = CliRunner.Run("poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "4", "--by", "kec", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement[] groups = doc.RootElement.GetProperty("groups").EnumerateArray().ToArray();
        Assert.Equal([Composed, "b"], groups.Select(g => g.GetProperty("group").GetString()));
        Assert.Equal(1.0 / 3, groups[0].GetProperty("populationShare").GetDouble(), 15);
        Assert.Equal(0.2, groups[0].GetProperty("contributionP0").GetDouble(), 15);
        Assert.Equal(0.8, groups[1].GetProperty("contributionP0").GetDouble(), 15);
    }

    [Fact]
    public void Case_still_counts_in_a_group_code()
    {
        string path = CliRunner.TempFile("g.csv", $"kec,y\n{Composed},1\n{Composed.ToUpperInvariant()},5\n");
        CliRunner.Result r = CliRunner.Run("poverty", "--input", path, "--value", "y", "--line", "4", "--by", "kec", "--format", "json");
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal(2, doc.RootElement.GetProperty("groups").GetArrayLength());
    }

    [Fact]
    public void The_two_spellings_of_a_stratum_and_of_a_PSU_are_one()
    {
        // StandardErrorTests' hand computation with stratum A spelled Á in both forms and B's PSU 1 spelled é in both
        // (and padded): stratum Á: PSU 1 y = (1, 10), PSU 2 y = (1, 1); stratum B: PSU é y = (10, 10), PSU 2 y = (1, 10);
        // z = 5. P0 = 0.5; PSU totals of (g − 0.5)/8 are 0, 0.125, −0.125, 0; Var = 2·2·0.0625²·2 = 0.03125.
        // Taken as different codes there are three strata (Á twice, B with three PSUs) and another variance.
        string a = "\u00c1", aD = "A\u0301", e = "\u00e9", eD = "e\u0301";
        string path = CliRunner.TempFile("design.csv",
            $"y,w,stratum,psu\n1,1,{a},1\n10,1,{aD},1\n1,1,{a},2\n1,1,{aD},2\n10,1,B,{e}\n10,1, B,{eD} \n1,1,B,2\n10,1,B,2\n");
        CliRunner.Result r = CliRunner.Run("poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "5",
            "--se", "linearization", "--strata", "stratum", "--psu", "psu", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Error);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement p0 = doc.RootElement.GetProperty("p0");
        Assert.Equal(0.5, p0.GetProperty("value").GetDouble(), 1e-12);
        Assert.Equal(Math.Sqrt(0.03125), p0.GetProperty("standardError").GetDouble(), 1e-12);
    }

    [Fact]
    public void The_two_spellings_of_an_IKM_unit_are_one_unit()
    {
        // Unit Pelé: two respondents, all 4, one spelling each; unit B: one respondent, all 2. Unit indices 4 and 2.
        string path = CliRunner.TempFile("answers.csv", "unit,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
            + $"{Composed},4,4,4,4,4,4,4,4,4\nB,2,2,2,2,2,2,2,2,2\n{Decomposed},4,4,4,4,4,4,4,4,4\n");
        CliRunner.Result r = CliRunner.Run("ikm", "--input", path, "--unit", "unit", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Error);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement[] units = doc.RootElement.GetProperty("units").EnumerateArray().ToArray();
        Assert.Equal([Composed, "B"], units.Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal(4m, units[0].GetProperty("ikm").GetProperty("value").GetDecimal());
    }
}
