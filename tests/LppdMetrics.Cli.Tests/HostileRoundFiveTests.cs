using LppdMetrics.TestSupport;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// Session 13's fifth round of hostile inputs: where the result goes (a standard output or error that refuses the
/// write), arguments that name files (<c>@name</c>, the input named as the output), and the cases that broke the
/// contract, each with the outcome worked out by hand.
/// </summary>
public class HostileRoundFiveTests
{
    /// <summary>A writer that refuses every write as a full disk does (<c>&gt; /dev/full</c>).</summary>
    private sealed class FullDisk : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");
    }

    [Theory]
    [InlineData("ipm", "--female", "69.81", "--male", "74.35")] // buffered, written at the end
    [InlineData("audit", "--format", "json")] // streamed once the report is audited
    [InlineData("--help")]
    public void A_standard_output_that_refuses_the_result_is_exit_2_in_one_line(params string[] args)
    {
        // Before: the IOException left LppdApp.Run (the process aborted, exit 134 and a stack trace), or exit 3
        // "internal error: IOException" for a streamed audit.
        var stderr = new StringWriter();
        int code = LppdApp.Run(args, new FullDisk(), stderr);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("lppd: standard output: cannot be written: No space left on device", Assert.Single(stderr.ToString().TrimEnd('\n').Split('\n')));
    }

    [Fact]
    public void A_standard_error_that_refuses_the_line_leaves_the_exit_code_to_tell()
    {
        // Before: the IOException of the error line left LppdApp.Run (exit 134).
        var stdout = new StringWriter();
        Assert.Equal(ExitCodes.BadInput, LppdApp.Run(["gini", "no-such-file.csv", "--value", "y"], stdout, new FullDisk()));
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public async Task A_real_process_writing_to_dev_full_exits_2_with_one_line()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/dev/full"))
            return;
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" ipm --female 69.81 --male 74.35 > /dev/full");
        start.ArgumentList.Add(typeof(LppdApp).Assembly.Location);
        using var process = System.Diagnostics.Process.Start(start)!;
        string stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(ExitCodes.BadInput, process.ExitCode);
        Assert.Equal("lppd: standard output: cannot be written: No space left on device", stderr.TrimEnd('\n'));
    }

    [Fact]
    public void An_argument_starting_with_at_is_a_file_name_not_a_response_file()
    {
        // System.CommandLine read "@name" as a file of arguments: "@/dev/zero" read without end (3 GB in 15 s) and a
        // data file named "@data.csv" gave its lines as arguments ("unrecognized argument '1'").
        // A folder "@…" beside the tests (a relative name, so the argument starts with '@'), removed afterwards.
        string folder = "@lppd-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "data.csv"), "y\n1\n2\n3\n");
            var r = CliRunner.Run("gini", folder + "/data.csv", "--value", "y");
            Assert.Equal(ExitCodes.Success, r.ExitCode);
            // G = Σ_i Σ_j |y_i − y_j| / (2 n² μ) = 8 / (2 · 9 · 2) = 0.222222
            Assert.StartsWith($"Gini ratio of {folder}/data.csv: 0.222222", r.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        string path = CliRunner.TempFile("data.csv", "y\n1\n2\n3\n");
        Assert.Contains("unrecognized argument '@/dev/zero'", CliRunner.OneErrorLine(CliRunner.Run("gini", path, "--value", "y", "@/dev/zero")));
    }

    [Fact]
    public void An_output_naming_the_input_is_refused_and_the_input_kept()
    {
        // Before: `audit report.txt -o report.txt` replaced the report with its audit, and `lorenz data.csv --png
        // data.csv` the data with a PNG (exit 1 and 0).
        string report = CliRunner.TempFile("laporan.txt", File.ReadAllText(TestDataPath.Of("reports", "mini-lppd.txt")));
        byte[] before = File.ReadAllBytes(report);
        Assert.Equal($"lppd: {report}: is the input file: -o would replace it with the result; give another name.",
            CliRunner.OneErrorLine(CliRunner.Run("audit", report, "--format", "md", "-o", report)));
        string link = Path.Combine(Path.GetDirectoryName(report)!, "link.txt");
        File.CreateSymbolicLink(link, report);
        Assert.Contains("is the input file", CliRunner.OneErrorLine(CliRunner.Run("audit", link, "-o", report)));
        Assert.Equal(before, File.ReadAllBytes(report));
        string data = CliRunner.TempFile("data.csv", "y\n1\n2\n3\n");
        string other = Path.Combine(Path.GetDirectoryName(data)!, ".", "data.csv");
        Assert.Contains("is the input file: --png would replace it", CliRunner.OneErrorLine(CliRunner.Run("lorenz", data, "--value", "y", "--png", other)));
        Assert.Equal("y\n1\n2\n3\n", File.ReadAllText(data));
    }

    [Theory]
    // Before: "The JSON value could not be converted to LppdMetrics.Reports.LppdReport." (a .NET type named, the fault not).
    [InlineData("\"year\": \"2025\"", "path '$.year': the value is not of the kind this field takes")]
    [InlineData("\"region\": \"\\ud800\"", "path '$.region': the text holds an unpaired surrogate")]
    [InlineData("\"region\": \"\\udc00\\ud800\"", "path '$.region': the text holds an unpaired surrogate")]
    public void A_json_value_of_the_wrong_kind_or_an_unpaired_surrogate_is_named_without_a_dotnet_type(string member, string expected)
    {
        string path = CliRunner.TempFile("laporan.json", "{\"title\": \"x\", " + member + ", \"tables\": []}");
        string line = CliRunner.OneErrorLine(CliRunner.Run("audit", path));
        Assert.Contains("laporan.json, line 1, " + expected, line);
        Assert.DoesNotContain("LppdMetrics.", line);
    }

    [Fact]
    public void Export_default_writes_to_the_file_of_o_and_refuses_another_format()
    {
        // Before: -o was ignored (the document went to stdout, no file was written) and --format html too.
        string document = CliRunner.Run("audit", "--export-default").Out;
        string path = Path.Combine(Path.GetDirectoryName(CliRunner.TempFile("x", ""))!, "blitar.json");
        var r = CliRunner.Run("audit", "--export-default", "-o", path);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Equal(document, File.ReadAllText(path));
        Assert.StartsWith("{", document, StringComparison.Ordinal);
        Assert.Contains("--export-default writes the report document as JSON", CliRunner.OneErrorLine(CliRunner.Run("audit", "--export-default", "--format", "html")));
    }
}
