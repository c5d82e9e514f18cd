namespace LppdMetrics.Cli.Tests;

/// <summary>
/// Names read from the input and printed by the text reports — a <c>--by</c> group, an IKM unit, the file's own path —
/// have their control characters escaped (<see cref="EchoText.Escape"/>): a group "a\nb" split the table's row in two,
/// and an ANSI escape in the data drove the terminal. JSON escapes them itself; CSV quotes them.
/// </summary>
public class EchoedNamesTests
{
    private static void AssertNoControlCharacters(CliRunner.Result r)
    {
        Assert.True(r.ExitCode == ExitCodes.Success, r.Error);
        Assert.DoesNotContain(r.Out, c => char.IsControl(c) && c != '\n');
    }

    [Fact]
    public void Poverty_groups_and_the_file_name_are_escaped_in_the_text_table()
    {
        string dir = Path.GetDirectoryName(CliRunner.TempFile("x.csv", ""))!;
        string path = Path.Combine(dir, "data\u001b[2J.csv");
        File.WriteAllText(path, "y,g\n1,\"a\nb\"\n2,\u001b[31mred\n3,plain\n");
        var r = CliRunner.Run("poverty", path, "--value", "y", "--line", "2.5", "--by", "g");
        AssertNoControlCharacters(r);
        Assert.Contains("data\\u001B[2J.csv", r.Out);
        Assert.Contains("  a\\u000Ab ", r.Out);
        Assert.Contains("  \\u001B[31mred ", r.Out);
        // Three groups: three rows of the table after its header, one line each.
        Assert.Equal(3, r.Out.Split('\n').SkipWhile(l => !l.StartsWith("  group", StringComparison.Ordinal)).Skip(1).Count(l => l.Length > 0));
    }

    [Fact]
    public void Ikm_unit_names_are_escaped_in_the_text_table()
    {
        string path = CliRunner.TempFile("ikm.csv", "U1,U2,U3,U4,U5,U6,U7,U8,U9,unit\n4,4,4,4,4,4,4,4,4,\"\u001b[2Jx\"\n3,3,3,3,3,3,3,3,3,\"b\rc\"\n");
        var r = CliRunner.Run("ikm", path, "--unit", "unit");
        AssertNoControlCharacters(r);
        Assert.Contains("\\u001B[2Jx", r.Out);
        Assert.Contains("b\\u000Dc", r.Out);
    }

    // EchoText takes InertText.TerminalLine with the line endings escaped (an echoed value shows where its lines broke),
    // and cuts after the longest part kept.
    [Fact]
    public void Echoed_text_escapes_every_control_and_separator_and_is_cut()
    {
        Assert.Equal("a\\u000Ab\\u001B[31m\\u0009\\u000D\\u0085\\u2028\\u007Fé", EchoText.Escape("a\nb\u001B[31m\t\r\u0085\u2028\u007Fé"));
        Assert.Equal("ab\\u000A… (5 characters)", EchoText.Cut("ab\ncd", 3));
        Assert.Equal("", EchoText.Cut(null));
    }
}
