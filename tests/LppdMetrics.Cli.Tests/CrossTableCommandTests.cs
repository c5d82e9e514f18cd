using System.Text.Json;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// The cross-table plausibility checks through the CLI (README "Across tables"): the README quotes the real
/// `lppd explain` of a holding check of the embedded report, and the seed with one growth misprinted gets the note.
/// </summary>
public class CrossTableCommandTests
{
    private static string Readme() => File.ReadAllText(Path.Combine(TestDataPath.RepositoryRoot, "README.md")).Replace("\r\n", "\n");

    [Fact]
    public void The_readme_quotes_the_real_explain_of_a_holding_cross_table_check()
    {
        // By hand: Tabel 2.6 line 1506, (28.239.900 − 27.037.331) / 27.037.331 × 100 = 4,4478 % → 4,45, as Tabel 4.4.2
        // prints for 2023 at line 3164.
        string readme = Readme();
        int anchor = readme.IndexOf("<a id=\"cross-table-notes\"></a>", StringComparison.Ordinal);
        Assert.True(anchor > 0);
        int start = readme.IndexOf("```text\n", anchor, StringComparison.Ordinal) + "```text\n".Length;
        string quoted = readme[start..readme.IndexOf("\n```", start, StringComparison.Ordinal)];
        var r = CliRunner.Run("explain", "4.4.2/3164/growth-levels-2023");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Equal(quoted + "\n", r.Out.Replace("\r\n", "\n"));
        Assert.Contains("status    match", quoted, StringComparison.Ordinal);
        Assert.Contains("(printed '27.037.331', line 1506)", quoted, StringComparison.Ordinal);
        Assert.Contains("(printed '4,45', line 3164)", quoted, StringComparison.Ordinal);
        Assert.Contains("4.4478095859", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_growth_misprinted_in_the_seed_is_the_note_the_readme_quotes()
    {
        string seed = File.ReadAllText(TestDataPath.Of("seed", "lppd-kabupaten-blitar-2024.txt"));
        const string line3164 = "\t\tPertumbuhan Ekonomi\t5,20\t4,45\t4,44\n";
        Assert.Contains(line3164, seed, StringComparison.Ordinal);
        string path = CliRunner.TempFile("blitar-moved.txt", seed.Replace(line3164, "\t\tPertumbuhan Ekonomi\t5,20\t4,54\t4,44\n", StringComparison.Ordinal));
        var r = CliRunner.Run("audit", path, "--only", "implausible", "--format", "json");
        Assert.Equal(ExitCodes.Findings, r.ExitCode); // the seed's own mismatches; the note alone never makes exit code 1
        using var doc = JsonDocument.Parse(r.Out);
        var notes = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == "plausibility.growth-levels").ToList();
        var note = Assert.Single(notes);
        Assert.Equal("4.4.2/3164/growth-levels-2023", note.GetProperty("id").GetString());
        Assert.Equal(3164, note.GetProperty("source").GetInt32());
        string explanation = note.GetProperty("explanation").GetString()!;
        string readme = Readme().Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("\"" + explanation + "\"", readme, StringComparison.Ordinal);
    }
}
