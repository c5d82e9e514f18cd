using System.CommandLine;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.TestSupport;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// Issue 14, "one command grammar": every command that reads a file takes it as FILE or as --input/-i (exactly one);
/// every enum option lists its values in kebab case and reads them in any case; and no help text mentions an option
/// or a value that the command refuses.
/// </summary>
public partial class CommandGrammarTests
{
    private static RootCommand Root() => LppdApp.CreateRoot(new CliContext(TextWriter.Null, TextWriter.Null));

    // Each command that reads a file, with a file it accepts and the rest of a valid command line.
    public static TheoryData<string, string, string[]> FileCommands()
    {
        string micro = CliRunner.TempFile("micro.csv", "y,w\n1,1\n2,1\n4,2\n");
        string answers = CliRunner.TempFile("answers.csv", "U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,3,3,2,4,4,3,3\n");
        string report = TestDataPath.Of("reports", "mini-lppd.txt");
        return new TheoryData<string, string, string[]>
        {
            { "poverty", micro, ["--value", "y", "--line", "3"] },
            { "gini", micro, ["--value", "y"] },
            { "inequality", micro, ["--value", "y"] },
            { "lorenz", micro, ["--value", "y"] },
            { "grouped", TestDataPath.Of("wbpip", "grouped-gd_ex2.csv"), ["--population", "population_share", "--share", "welfare_share"] },
            { "ikm", answers, [] },
            { "spm", TestDataPath.Of("spm", "pendidikan.json"), [] },
            { "audit", report, [] },
            { "extract", report, [] },
            { "explain", report, ["3.1/10/capaian"] },
        };
    }

    [Theory]
    [MemberData(nameof(FileCommands))]
    public void File_is_positional_or_input_and_never_both(string command, string file, string[] rest)
    {
        string[] head = command == "explain" ? [command, .. rest] : [command];
        string[] tail = command == "explain" ? [] : rest;
        CliRunner.Result positional = CliRunner.Run([.. head, file, .. tail]);
        CliRunner.Result option = CliRunner.Run([.. head, "--input", file, .. tail]);
        CliRunner.Result alias = CliRunner.Run([.. head, .. tail, "-i", file]);
        Assert.True(positional.ExitCode is 0 or 1, $"{command} FILE: {positional.ExitCode} {positional.Error}");
        Assert.Equal(positional.ExitCode, option.ExitCode);
        Assert.Equal(positional.Out, option.Out);
        Assert.Equal(positional.Out, alias.Out);

        CliRunner.Result both = CliRunner.Run([.. head, file, .. tail, "--input", file]);
        Assert.Equal(ExitCodes.BadInput, both.ExitCode);
        Assert.Equal("", both.Out);
        Assert.Single(both.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("given twice", both.Error);
    }

    [Theory]
    [InlineData("poverty", "--value", "y", "--line", "3")]
    [InlineData("gini", "--value", "y")]
    [InlineData("grouped", "--population", "p", "--share", "s")]
    [InlineData("ikm")]
    [InlineData("spm")]
    [InlineData("extract")]
    public void A_command_without_its_file_is_a_one_line_usage_error(params string[] args)
    {
        CliRunner.Result r = CliRunner.Run(args);
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Single(r.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("FILE or --input FILE", r.Error);
    }

    [Fact]
    public void Format_explain_is_gone_beside_the_explain_command()
    {
        foreach (string[] args in new[]
        {
            new[] { "ipm", "--female", "69.81", "--male", "74.35" },
            ["capaian", "--target", "80", "--realization", "74.94", "--polarity", "positive"],
            ["efficiency", "--capaian", "100.37", "--budget-realization", "97.35"],
        })
        {
            CliRunner.Result r = CliRunner.Run([.. args, "--format", "explain"]);
            Assert.Equal(ExitCodes.BadInput, r.ExitCode);
            Assert.Contains("--format 'explain' is not one of the allowed values: text, json.", r.Error);
        }
    }

    [Theory]
    [InlineData("NOverNMinus1", "n-over-n-minus-1")]
    [InlineData("RoundToInteger", "round-to-integer")]
    [InlineData("TwentyPoint", "twenty-point")]
    [InlineData("NotCheckable", "not-checkable")]
    [InlineData("Md", "md")]
    [InlineData("None", "none")]
    public void Enum_members_are_written_in_kebab_case(string member, string expected) =>
        Assert.Equal(expected, EnumOption.Kebab(member));

    // Any member of the enums the commands use, in any mix of upper and lower case, reads back as that member.
    [Property(MaxTest = 300)]
    public Property An_enum_value_reads_back_in_any_case() =>
        Prop.ForAll(Gen.Elements<Enum>([.. Enum.GetValues<OutputFormat>().Cast<Enum>(), .. Enum.GetValues<Audit.FindingStatus>().Cast<Enum>(),
                Bands.BandGapPolicy.LowerBand, Bands.BandGapPolicy.RoundToPrintedPrecision]).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(), (member, mask) =>
            {
                string kebab = EnumOption.Kebab(member.ToString());
                string typed = new([.. kebab.Select((c, i) => (mask >> (i % 31) & 1) == 1 ? char.ToUpperInvariant(c) : c)]);
                return member switch
                {
                    OutputFormat f => ParsesBack(EnumOption.Create<OutputFormat>("--x", "x."), typed, f),
                    Audit.FindingStatus s => ParsesBack(EnumOption.Create<Audit.FindingStatus>("--x", "x."), typed, s),
                    Bands.BandGapPolicy g => ParsesBack(EnumOption.Create("--x", "x.", Bands.BandGapPolicy.LowerBand, Bands.BandGapPolicy.RoundToPrintedPrecision), typed, g),
                    _ => false,
                };
            });

    private static bool ParsesBack<T>(Option<T> option, string typed, T expected)
    {
        var command = new RootCommand { option };
        ParseResult parse = command.Parse(["--x", typed]);
        return parse.Errors.Count == 0 && EqualityComparer<T>.Default.Equals(parse.GetValue(option), expected);
    }

    [Fact]
    public void Help_never_mentions_an_option_or_value_the_command_refuses()
    {
        RootCommand root = Root();
        foreach (Command command in root.Subcommands)
        {
            string help = CliRunner.Run(command.Name, "--help").Out;
            Assert.False(string.IsNullOrEmpty(help), command.Name);
            var names = command.Options.Concat(root.Options.Where(o => o.Recursive))   // --help is the root's, recursive
                .SelectMany(o => o.Aliases.Append(o.Name)).ToHashSet(StringComparer.Ordinal);
            foreach (Match m in OptionMention().Matches(help))
                Assert.True(names.Contains(m.Value), $"lppd {command.Name} --help mentions {m.Value}, which it does not accept");

            // Every value of a <a|b|c> list, and every "--option value" the text mentions, is accepted.
            foreach (Option option in command.Options.Where(o => o.HelpName?.Contains('|') == true))
                foreach (string value in option.HelpName!.Split('|'))
                    Assert.True(Accepts(root, command, option.Name, value), $"lppd {command.Name} {option.Name} {value} is refused");
            foreach (Match m in OptionAndWord().Matches(help))
            {
                Option? option = command.Options.FirstOrDefault(o => o.Name == m.Groups[1].Value);
                if (option?.HelpName?.Contains('|') == true)
                    Assert.True(option.HelpName.Split('|').Contains(m.Groups[2].Value),
                        $"lppd {command.Name} --help mentions '{m.Value}', a value {option.Name} refuses");
            }
        }
    }

    [Fact]
    public void Lang_values_are_the_report_language_codes()
    {
        Assert.Equal(Documents.Writing.ReportLanguages.Codes, Enum.GetValues<LanguageCode>().Select(EnumOption.Name));
        CliRunner.Result r = CliRunner.Run("audit", TestDataPath.Of("reports", "mini-lppd.txt"), "--lang", "ID");
        Assert.True(r.ExitCode is 0 or 1, r.Error);
    }

    [Fact]
    public void Gini_help_offers_only_the_bootstrap()
    {
        string help = CliRunner.Run("gini", "--help").Out;
        Assert.Contains("--se <bootstrap>", help);
        Assert.DoesNotContain("linearization", help);
        Assert.Contains("linearization", CliRunner.Run("poverty", "--help").Out);
        Assert.Equal(ExitCodes.BadInput, CliRunner.Run("gini", "x.csv", "--value", "y", "--se", "linearization").ExitCode);
    }

    // Parses "command option value" alone and looks for an error about that option's value.
    private static bool Accepts(RootCommand root, Command command, string option, string value)
    {
        ParseResult parse = root.Parse([command.Name, option, value]);
        return !parse.Errors.Any(e => e.Message.Contains($"{option} '", StringComparison.Ordinal)
                                      || e.Message.Contains("not recognized", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z0-9-]*")]
    private static partial Regex OptionMention();

    [GeneratedRegex(@"(--[a-z][a-z0-9-]*) ([a-z][a-z0-9-]*)\b")]
    private static partial Regex OptionAndWord();
}
