using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// Regressions found by a differential hostile-input hunt on the microdata readers (the CSV chunks, Sep's readers,
/// Parquet), and properties that check the fast CSV reader against a plain reference parse: every input is either
/// read to the numbers a careful reader reads, or refused with exit code 2 and one error line.
/// </summary>
public class MicrodataDifferentialTests
{
    /// <summary>The one error line of a refusal: exit code 2, nothing on standard output.</summary>
    private static string OneErrorLine(CliRunner.Result r)
    {
        Assert.True(r.ExitCode == ExitCodes.BadInput, $"exit {r.ExitCode}: {r.Error}{r.Out}");
        Assert.Equal("", r.Out);
        return Assert.Single(r.Error.TrimEnd('\n').Split('\n'));
    }

    /// <summary>The JSON of a successful run.</summary>
    private static JsonElement Json(CliRunner.Result r)
    {
        Assert.True(r.ExitCode == ExitCodes.Success, $"exit {r.ExitCode}: {r.Error}");
        return JsonDocument.Parse(r.Out).RootElement;
    }

    // ---- A NUL character after a number: .NET's parser ignores trailing NULs, so "5\0" was read as 5. ----

    /// <summary>A cell of a number followed by NUL characters is refused, by every reader, naming row and column.</summary>
    [Theory]
    [InlineData("5\0")]
    [InlineData("5\0\0\0")]
    [InlineData("12.5\0")]
    [InlineData("\u00005")]
    public void A_number_with_a_nul_character_is_refused_not_read(string cell)
    {
        string path = CliRunner.TempFile("nul.csv", $"y,w\n3,2\n{cell},1\n");
        foreach (string[] command in new[]
                 {
                     new[] { "gini", "--input", path, "--value", "y", "--weight", "w" },
                     new[] { "poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "4" },
                     new[] { "poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "4", "--by", "w" },
                 })
        {
            string line = OneErrorLine(CliRunner.Run(command));
            Assert.Contains("row 2", line);
            Assert.Contains("column 'y'", line);
        }
        Assert.False(CsvInput.TryNumber(cell, false, out _, out _));
        Assert.False(CsvChunks.TryNumber(Encoding.UTF8.GetBytes(cell), false, out _));
    }

    /// <summary>A Parquet text cell with a NUL is refused as the same CSV cell is.</summary>
    [Fact]
    public void A_parquet_text_cell_with_a_nul_character_is_refused()
    {
        string path = ParquetFiles.Write("nul.parquet", 1, new ParquetFiles.Column("y", new string?[] { "3", "5\0" }), new ParquetFiles.Column("w", new[] { 1.0, 1.0 }));
        string line = OneErrorLine(CliRunner.Run("gini", "--input", path, "--value", "y", "--weight", "w"));
        Assert.Contains("row 2", line);
    }

    // ---- A bad cell early and a malformed row later in a large file: Sep's parallel reader rethrew the later ----
    // ---- row's error when it was disposed, an unhandled AggregateException (exit 3).                          ----

    /// <summary>The first bad row is named (exit 2), although a worker parsing ahead met a malformed row.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("7,8,9")]
    public void A_bad_cell_before_a_malformed_row_in_a_large_file_is_an_error_not_a_crash(string malformed)
    {
        var text = new StringBuilder("y,w\n");
        for (int i = 1; i <= 60_000; i++)
            text.Append(i == 700 ? "abc" : (i % 997).ToString(CultureInfo.InvariantCulture)).Append(',').Append(1 + (i % 13)).Append('\n');
        string body = text.ToString();
        int at = IndexOfLine(body, 20_000);
        string path = CliRunner.TempFile("late.csv", body.Insert(at, malformed + "\n"));
        foreach (string[] extra in new[] { new[] { "gini" }, new[] { "poverty", "--line", "3" }, new[] { "poverty", "--line", "3", "--by", "w" } })
            Assert.Contains("row 700", OneErrorLine(CliRunner.Run([.. extra, "--input", path, "--value", "y", "--weight", "w"])));
    }

    private static int IndexOfLine(string text, int line)
    {
        int at = 0;
        for (int k = 1; k < line; k++)
            at = text.IndexOf('\n', at) + 1;
        return at;
    }
}
