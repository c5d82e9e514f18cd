namespace LppdMetrics.Cli.Tests;

/// <summary>Runs lppd in-process and captures what it writes.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = LppdApp.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }


    /// <summary>The one error line of a refusal: exit code 2, nothing on standard output, one line on standard error.</summary>
    public static string OneErrorLine(Result r)
    {
        Assert.True(r.ExitCode == ExitCodes.BadInput, $"exit {r.ExitCode}: {r.Error}{r.Out}");
        Assert.Equal("", r.Out);
        return Assert.Single(r.Error.TrimEnd('\n').Split('\n'));
    }

    public static string TempFile(string name, string content)
    {
        string dir = Path.Combine(Path.GetTempPath(), "lppd-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
