using System.Text.Json;

namespace LppdMetrics.Cli.Tests;

public class AuditReportFormatTests
{
    private static string TempPath(string name)
    {
        string dir = Path.Combine(Path.GetTempPath(), "lppd-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    [Theory]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("md", "# Laporan Audit Angka LPPD")]
    [InlineData("csv", "ID;Bagian / tabel;")]
    public void Report_formats_go_to_the_output_file_and_keep_exit_1_for_mismatches(string format, string start)
    {
        string path = TempPath("report." + format);
        var r = CliRunner.Run("audit", "--format", format, "--lang", "id", "-o", path);
        Assert.Equal(ExitCodes.Findings, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Equal("", r.Error);
        Assert.StartsWith(start, File.ReadAllText(path).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!)); // no temporary file left behind
    }

    [Fact]
    public void Xlsx_needs_an_output_file_and_writes_a_workbook()
    {
        var refused = CliRunner.Run("audit", "--format", "xlsx");
        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Equal("", refused.Out);
        Assert.Single(refused.Error.TrimEnd().Split('\n'));
        Assert.Contains("-o", refused.Error, StringComparison.Ordinal);

        string path = TempPath("report.xlsx");
        var r = CliRunner.Run("audit", "--format", "xlsx", "-o", path);
        Assert.Equal(ExitCodes.Findings, r.ExitCode);
        byte[] head = File.ReadAllBytes(path)[..2];
        Assert.Equal("PK"u8.ToArray(), head); // a ZIP package
    }

    [Fact]
    public void An_unwritable_output_path_is_exit_2_with_one_line_naming_it()
    {
        var r = CliRunner.Run("audit", "--format", "html", "-o", "/no/such/dir/report.html");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
        Assert.Contains("/no/such/dir/report.html", r.Error, StringComparison.Ordinal);
        var bad = CliRunner.Run("audit", "--lang", "fr");
        Assert.Equal(ExitCodes.BadInput, bad.ExitCode);
        Assert.Contains("id", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_path_that_is_a_symbolic_link_writes_through_it()
    {
        // "-o report.json" where report.json links to a file elsewhere: the report goes to that file and the link stays a
        // link (the code before renamed its temporary file over the link, replacing it; over /dev/null or /dev/full, as
        // root, it replaced the device with a regular file and said nothing)
        if (OperatingSystem.IsWindows()) return;
        string real = TempPath("real.json");
        File.WriteAllText(real, "old content");
        string link = Path.Combine(Path.GetDirectoryName(real)!, "link.json");
        File.CreateSymbolicLink(link, real);
        var r = CliRunner.Run("audit", "--format", "json", "-o", link);
        Assert.Equal(ExitCodes.Findings, r.ExitCode);
        Assert.Equal(real, new FileInfo(link).LinkTarget);
        Assert.Equal(CliRunner.Run("audit", "--format", "json").Out.ReplaceLineEndings("\n"), File.ReadAllText(real).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_output_device_that_refuses_the_write_is_exit_2_with_one_line()
    {
        // /dev/full takes no byte ("No space left on device"): the report is not written, so exit 2 in one line naming it,
        // never exit 1 as if the report had been written (the code before, as root, replaced /dev/full by a regular file)
        if (!OperatingSystem.IsLinux() || !File.Exists("/dev/full") || new FileInfo("/dev/full").Length != 0) return;
        var r = CliRunner.Run("audit", "--format", "json", "-o", "/dev/full");
        Assert.Equal(ExitCodes.BadInput, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Single(r.Error.TrimEnd().Split('\n'));
        Assert.Contains("/dev/full", r.Error, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo("/dev/full").Length);
    }

    [Fact]
    public void Text_follows_the_language_and_json_stays_language_neutral()
    {
        var id = CliRunner.Run("audit", "--lang", "id", "--only", "mismatch");
        Assert.Contains("ringkasan: 1678 angka:", id.Out, StringComparison.Ordinal);
        // Tabel 1.2: the total population 2023, printed 1.253.550 (seed line 271), grouped as the report prints it.
        Assert.Matches(@"TIDAK SESUAI\s+1\.253\.550\s+", id.Out);
        Assert.Matches(@"MISMATCH\s+1,253,550\s+", CliRunner.Run("audit", "--lang", "en", "--only", "mismatch").Out);
        Assert.All(id.Out.ReplaceLineEndings("\n").Split('\n'), l => Assert.True(l.Length <= 120, l));
        string jsonId = CliRunner.Run("audit", "--format", "json", "--lang", "id").Out;
        string jsonEn = CliRunner.Run("audit", "--format", "json", "--lang", "en").Out;
        Assert.Equal(jsonEn, jsonId);
        using var doc = JsonDocument.Parse(jsonId);
        Assert.Equal(1678, doc.RootElement.GetProperty("summary").GetProperty("total").GetInt32());
    }

    [Fact]
    public void Json_written_to_a_file_equals_json_on_stdout()
    {
        string path = TempPath("audit.json");
        var r = CliRunner.Run("audit", "--format", "json", "-o", path);
        Assert.Equal(ExitCodes.Findings, r.ExitCode);
        Assert.Equal(CliRunner.Run("audit", "--format", "json").Out.ReplaceLineEndings("\n"), File.ReadAllText(path).ReplaceLineEndings("\n"));
    }
}

/// <summary>Records the size of every write, to see that JSON arrives in chunks rather than as one document.</summary>
internal sealed class ChunkRecorder : StringWriter
{
    public List<int> Chunks { get; } = [];

    public override void Write(char[] buffer, int index, int count)
    {
        Chunks.Add(count);
        base.Write(buffer, index, count);
    }

    public override void Write(string? value)
    {
        Chunks.Add(value?.Length ?? 0);
        base.Write(value);
    }
}

public class AuditJsonStreamingTests
{
    [Fact]
    public void Json_is_streamed_in_bounded_chunks_not_built_whole()
    {
        var output = new ChunkRecorder();
        int code = LppdApp.Run(["audit", "--format", "json"], output, new StringWriter());
        Assert.Equal(ExitCodes.Findings, code);
        string json = output.ToString();
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(1688, doc.RootElement.GetProperty("findings").GetArrayLength()); // 1678 figures and 10 plausibility notes
        // 1688 findings flushed every 256: several writes, none holding the whole document.
        Assert.True(output.Chunks.Count >= 5, $"{output.Chunks.Count} writes");
        Assert.True(output.Chunks.Max() < json.Length / 2, $"largest write {output.Chunks.Max()} of {json.Length}");
    }
}
