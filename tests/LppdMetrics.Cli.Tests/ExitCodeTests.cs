namespace LppdMetrics.Cli.Tests;

public class ExitCodeTests
{
    [Fact]
    public void Unknown_option_is_usage_error_exit_2_with_one_line()
    {
        var r = CliRunner.Run("audit", "--no-such-option");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", r.Error);
    }

    [Fact]
    public void Unknown_command_is_exit_2()
    {
        var r = CliRunner.Run("no-such-command");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
    }

    [Fact]
    public void Help_is_success()
    {
        var r = CliRunner.Run("--help");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Contains("audit", r.Out);
    }
}
