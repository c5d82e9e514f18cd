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

    // ---- A stray quote: Sep reads a quote inside an unquoted cell as the start of a quoted section, and joined the ----
    // ---- following lines into that cell up to the next quote or the end of the file: rows vanished, exit 0.        ----

    /// <summary>The commands and paths that read a CSV file through Sep (the chunks hand back any file with a quote).</summary>
    public static TheoryData<string> Commands => new() { "gini", "poverty", "poverty --by", "inequality" };

    private static CliRunner.Result Run(string command, string path) => command switch
    {
        "gini" => CliRunner.Run("gini", "--input", path, "--value", "y", "--weight", "w", "--format", "json"),
        "poverty" => CliRunner.Run("poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "3", "--format", "json"),
        "poverty --by" => CliRunner.Run("poverty", "--input", path, "--value", "y", "--weight", "w", "--line", "3", "--by", "g", "--format", "json"),
        _ => CliRunner.Run("inequality", "--input", path, "--value", "y", "--weight", "w", "--format", "json"),
    };

    /// <summary>A stray quote in a text cell that no command reads, with no quote after it: refused at its row and column.</summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public void A_stray_quote_to_the_end_of_the_file_is_refused_not_read_as_fewer_rows(string command)
    {
        string path = CliRunner.TempFile("stray.csv", "y,w,g,name\n1,1,u,a\n2,1,u,b\"\n3,1,u,c\n4,1,u,d\n");
        string line = OneErrorLine(Run(command, path));
        Assert.Contains("row 2 (line 3), column 'name'", line);
        Assert.Contains("quote", line);
    }

    /// <summary>Two stray quotes in the same column: the joined row has the header's number of cells, and was accepted.</summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public void Two_stray_quotes_in_one_column_are_refused_not_read_as_fewer_rows(string command)
    {
        string path = CliRunner.TempFile("stray2.csv", "y,w,g,name\r\n1,1,u,a\r\n2,1,u,b\"\r\n3,1,u,c\r\n4,1,u,d\"\r\n5,1,u,e\r\n");
        Assert.Contains("row 2 (line 3), column 'name'", OneErrorLine(Run(command, path)));
    }

    /// <summary>A quoted cell that is never closed, up to the end of the file, is refused at its row.</summary>
    [Fact]
    public void A_quoted_cell_never_closed_is_refused()
    {
        string path = CliRunner.TempFile("open.csv", "y,w,g,name\n1,1,u,a\n2,1,u,\"b\n3,1,u,c\n");
        string line = OneErrorLine(Run("gini", path));
        Assert.Contains("row 2 (line 3), column 'name'", line);
        Assert.Contains("never closed", line);
    }

    /// <summary>Text after the closing quote of a quoted cell that spans lines is refused.</summary>
    [Fact]
    public void Text_after_a_closing_quote_is_refused()
    {
        string path = CliRunner.TempFile("after.csv", "y,w,g,name\n1,1,u,\"a\nb\"x\n2,1,u,c\n");
        Assert.Contains("row 1 (line 3), column 'name'", OneErrorLine(Run("gini", path))); // the closing quote is on line 3
    }

    /// <summary>Quoted cells with line breaks and doubled quotes, as R and Excel write them, are still read.</summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public void Well_quoted_cells_over_several_lines_are_read(string command)
    {
        string path = CliRunner.TempFile("quoted.csv", "y,w,name,g\n1,1,\"a\nb\",u\n2,3,\"say \"\"hi\"\"\r\nthere\",u\n\"4\",2,\"\",\"u\"\n");
        Assert.Equal(6.0, Json(Run(command, path)).GetProperty("population").GetDouble()); // 1 + 3 + 2: three rows
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
