namespace LppdMetrics.Cli.Tests;

public class CsvInputTests
{
    [Fact]
    public void Reads_quoted_r_style_csv_and_detects_semicolons()
    {
        string path = CliRunner.TempFile("a.csv", "\"welfare\";\"weight\"\n1,5;2\n3;4\n");
        using var csv = CsvInput.Open(path, decimalComma: true);
        int w = csv.Column("welfare");
        Assert.True(csv.MoveNext());
        Assert.Equal(1.5, csv.Number(w));
        Assert.True(csv.MoveNext());
        Assert.Equal(3, csv.Number(w));
        Assert.False(csv.MoveNext());
    }

    [Fact]
    public void Bad_cell_names_file_row_and_column()
    {
        string path = CliRunner.TempFile("b.csv", "y,w\n1,1\nabc,1\n");
        using var csv = CsvInput.Open(path);
        int y = csv.Column("y");
        csv.MoveNext();
        csv.Number(y);
        csv.MoveNext();
        var ex = Assert.Throws<InputException>(() => csv.Number(y));
        Assert.Equal($"{path}, row 2 (line 3), column 'y': 'abc' is not a finite number with a decimal point (pass --decimal-comma for 1.234,56).", ex.Message);
    }

    [Fact]
    public void Missing_column_and_empty_file_are_input_errors()
    {
        string path = CliRunner.TempFile("c.csv", "y,w\n1,1\n");
        using var csv = CsvInput.Open(path);
        Assert.Contains("column 'z'", Assert.Throws<InputException>(() => csv.Column("z")).Message);
        string empty = CliRunner.TempFile("d.csv", "");
        Assert.Contains("empty", Assert.Throws<InputException>(() => CsvInput.Open(empty)).Message);
    }
}
