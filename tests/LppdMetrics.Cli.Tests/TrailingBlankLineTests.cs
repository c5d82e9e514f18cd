namespace LppdMetrics.Cli.Tests;

/// <summary>
/// Blank lines at the end of a CSV file (an editor's or an export's extra line breaks) are not rows, as pandas and R's
/// fread read them; a blank line before a row is still refused with its row, line and column. Before session 12 a file
/// ending "3,2\n\n" was refused: "row 4 (line 5), column 'w': the cell is missing".
/// </summary>
public class TrailingBlankLineTests
{
    // y = (1, 2, 3), w = (1, 1, 2): population 4; below z = 2.5 the first two rows, so P0 = 2/4 = 0.5 and
    // P1 = (1/4)·(1.5/2.5 + 0.5/2.5) = 0.2 (worked by hand).
    private const string Rows = "y,w\n1,1\n2,1\n3,2\n";

    public static TheoryData<string> Endings => new() { "\n", "\n\n\n", "\r\n", "\n\r\n\n" };

    [Theory]
    [MemberData(nameof(Endings))]
    public void Blank_lines_at_the_end_are_not_rows(string ending)
    {
        string path = CliRunner.TempFile("blank-end.csv", Rows + ending);
        CliRunner.Result r = CliRunner.Run("poverty", path, "--value", "y", "--weight", "w", "--line", "2.5", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        string[] values = r.Out.Split('\n')[1].Split(',');
        Assert.Equal("4", values[0]); // population
        Assert.Equal(0.5, double.Parse(values[2], System.Globalization.CultureInfo.InvariantCulture), 15);
        Assert.Equal(0.2, double.Parse(values[3], System.Globalization.CultureInfo.InvariantCulture), 15);
    }

    [Theory]
    [InlineData("gini")]
    [InlineData("inequality")]
    [InlineData("lorenz")]
    public void Every_microdata_command_gives_what_the_file_without_them_gives(string command)
    {
        string clean = CliRunner.TempFile("clean.csv", Rows), blank = CliRunner.TempFile("blank.csv", Rows + "\n\r\n\n");
        CliRunner.Result a = CliRunner.Run(command, clean, "--value", "y", "--weight", "w", "--format", "csv");
        CliRunner.Result b = CliRunner.Run(command, blank, "--value", "y", "--weight", "w", "--format", "csv");
        Assert.Equal(0, a.ExitCode);
        Assert.Equal((a.ExitCode, a.Out, a.Error), (b.ExitCode, b.Out, b.Error));
    }

    [Fact]
    public void The_row_by_row_reader_stops_at_them_too()
    {
        // A quoted cell with a separator sends the file to Sep row by row (the chunks do not read it): the same rows.
        string path = CliRunner.TempFile("quoted.csv", "y,w,note\n1,1,\"a,b\"\n2,1,c\n3,2,d\n\n\n");
        CliRunner.Result r = CliRunner.Run("poverty", path, "--value", "y", "--weight", "w", "--line", "2.5", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("4,2,0.5,0.2,", r.Out.Split('\n')[1]);
    }

    [Fact]
    public void A_blank_line_before_a_row_is_refused_with_its_row_line_and_column()
    {
        string path = CliRunner.TempFile("blank-mid.csv", "y,w\n1,1\n\n3,2\n");
        string line = CliRunner.OneErrorLine(CliRunner.Run("gini", path, "--value", "y", "--weight", "w"));
        Assert.Contains("blank-mid.csv, row 2 (line 3), column 'w': the cell is missing", line);
    }

    [Fact]
    public void In_a_file_of_one_column_a_blank_line_before_a_row_is_refused_and_one_at_the_end_is_not_a_row()
    {
        string middle = CliRunner.TempFile("one-mid.csv", "y\n1\n\n3\n");
        Assert.Contains("one-mid.csv, row 2 (line 3), column 'y': the line is empty",
            CliRunner.OneErrorLine(CliRunner.Run("poverty", middle, "--value", "y", "--line", "2.5")));
        // y = (1, 2, 3) weighing 1 each: P0 at 2.5 = 2/3.
        string end = CliRunner.TempFile("one-end.csv", "y\n1\n2\n3\n\n\n");
        CliRunner.Result r = CliRunner.Run("poverty", end, "--value", "y", "--line", "2.5", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("3,2,0.6666666666666666,", r.Out.Split('\n')[1]);
    }

    [Fact]
    public void A_last_row_of_an_empty_quoted_cell_is_a_row_not_a_blank_line()
    {
        string path = CliRunner.TempFile("quoted-empty.csv", "y,w\n1,1\n\"\"\n");
        Assert.Contains("row 2 (line 3), column 'w': the cell is missing",
            CliRunner.OneErrorLine(CliRunner.Run("gini", path, "--value", "y", "--weight", "w")));
    }
}
