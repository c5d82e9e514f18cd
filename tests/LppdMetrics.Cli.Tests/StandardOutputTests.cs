using System.Diagnostics;
using System.Text;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// The tool writes standard output through its own 64 KiB buffer instead of <see cref="Console.Out"/>, which flushes
/// every write: in a real process the bytes on standard output are those the command writes (encoded as UTF-8, no
/// byte-order mark), and a failure still leaves standard output empty and one line on standard error.
/// </summary>
public class StandardOutputTests
{
    [Theory]
    [InlineData("audit", "--lang", "en")]
    [InlineData("audit", "--lang", "id", "--format", "json")]
    [InlineData("ipm", "--life-expectancy", "75.32", "--expected-schooling", "13.5", "--mean-schooling", "9.1", "--expenditure", "12000")]
    public async Task A_real_process_writes_the_bytes_the_command_writes(params string[] args)
    {
        var inProcess = CliRunner.Run(args);
        var (code, stdout, stderr) = await RunProcess(args);
        Assert.Equal(inProcess.ExitCode, code);
        Assert.Equal("", stderr);
        Assert.True(stdout.Length > 0);
        Assert.Equal(new UTF8Encoding(false).GetBytes(inProcess.Out), stdout);
    }

    [Fact]
    public async Task A_failing_process_writes_nothing_on_stdout_and_one_line_on_stderr()
    {
        var (code, stdout, stderr) = await RunProcess("audit", Path.Combine(Path.GetTempPath(), "lppd-no-such-report.json"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("lppd-no-such-report.json", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, byte[] Stdout, string Stderr)> RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["LC_ALL"] = "C.UTF-8";
        start.ArgumentList.Add(typeof(LppdApp).Assembly.Location);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        using var bytes = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(bytes, TestContext.Current.CancellationToken);
        string stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await copy;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, bytes.ToArray(), stderr);
    }
}
