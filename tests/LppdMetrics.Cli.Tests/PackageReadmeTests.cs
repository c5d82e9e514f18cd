using System.Text.RegularExpressions;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// The tool package's README (src/LppdMetrics.Cli/PACKAGE.md, packed as README.md) shows only commands that exist,
/// and the outputs it claims for the commands that need no file are what they print. The claims were read off the
/// formulas by hand: (2·8,19 − 8,16)/8,19 = 100,37 %; 100,37/97,35 = 1,03; BPS IPM 73,44 (tinggi); 69,81/74,35 = 93,89.
/// </summary>
public class PackageReadmeTests
{
    private static string[] CommandLines()
    {
        string text = File.ReadAllText(Path.Combine(TestDataPath.RepositoryRoot, "src", "LppdMetrics.Cli", "PACKAGE.md"));
        return Regex.Matches(text.Replace("\r\n", "\n"), "```sh\n(.*?)```", RegexOptions.Singleline)
            .SelectMany(m => m.Groups[1].Value.Split('\n'))
            .Where(l => l.StartsWith("lppd ", StringComparison.Ordinal))
            .ToArray();
    }

    private static string[] Arguments(string line)
    {
        int comment = line.IndexOf(" # ", StringComparison.Ordinal);
        string command = comment < 0 ? line : line[..comment];
        return command.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
    }

    [Fact]
    public void Every_command_shown_exists()
    {
        string[] lines = CommandLines();
        Assert.True(lines.Length >= 10, $"only {lines.Length} command lines found");
        foreach (string name in lines.Select(l => Arguments(l)[0]).Where(a => !a.StartsWith('-')).Distinct())
        {
            CliRunner.Result help = CliRunner.Run(name, "--help");
            Assert.True(help.ExitCode == 0, $"lppd {name} --help exits {help.ExitCode}: {help.Error}");
        }
    }

    [Fact]
    public void Commands_that_need_no_file_print_what_the_readme_claims()
    {
        // A claim is the comment after " # "; a trailing "…" stands for the rest of the line.
        string[] runnable = CommandLines()
            .Where(l => l.Contains(" # ", StringComparison.Ordinal) && !l.Contains("--input", StringComparison.Ordinal)
                        && !l.Contains('[') && !l.Contains('>') && !l.StartsWith("lppd audit", StringComparison.Ordinal)
                        && !l.StartsWith("lppd explain", StringComparison.Ordinal))
            .ToArray();
        Assert.Equal(4, runnable.Length);   // capaian, efficiency, ipm, ipm (IPG)
        foreach (string line in runnable)
        {
            string claim = line[(line.IndexOf(" # ", StringComparison.Ordinal) + 3)..].Trim();
            CliRunner.Result r = CliRunner.Run(Arguments(line));
            Assert.True(r.ExitCode == 0, $"{line}: exit {r.ExitCode} {r.Error}");
            string first = r.Out.Split('\n')[0].TrimEnd('\r');
            if (claim.EndsWith('…'))
                Assert.StartsWith(claim.TrimEnd('…').TrimEnd(), first, StringComparison.Ordinal);
            else
                Assert.Equal(claim, first);
        }
    }
}
