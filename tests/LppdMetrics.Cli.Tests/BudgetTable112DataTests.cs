using LppdMetrics.TestSupport;
using System.Text.Json;
using LppdMetrics.Accountability;
using LppdMetrics.Numbers;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// Data-driven: every numeric row of Tabel 1.12 (tests/TestData/lppd-2024/budget-table-1-12.json, transcribed from the
/// report) reproduces at its printed precision, except row 1 (line 1061), which the reference marks ✗.
/// </summary>
public class BudgetTable112DataTests
{
    private static readonly string File = TestDataPath.Of("lppd-2024", "budget-table-1-12.json");

    private sealed record Row(int Line, decimal? Allocation, decimal? Realization, string? PrintedText);

    private static List<Row> Rows()
    {
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(File));
        var rows = new List<Row>();
        foreach (JsonElement row in doc.RootElement.GetProperty("tables")[0].GetProperty("rows").EnumerateArray())
        {
            JsonElement cells = row.GetProperty("cells");
            rows.Add(new Row(row.GetProperty("line").GetInt32(), Number(cells[2]), Number(cells[3]),
                cells[4].ValueKind == JsonValueKind.Object ? cells[4].GetProperty("text").GetString() : null));
        }
        return rows;
    }

    // The JSON number is read as written (GetDecimal parses the literal exactly, cents included).
    private static decimal? Number(JsonElement cell) =>
        cell.ValueKind == JsonValueKind.Object && cell.GetProperty("value").ValueKind == JsonValueKind.Number
            ? cell.GetProperty("value").GetDecimal()
            : null;

    // "94,50%" → 94.50 with its 2 printed decimals; "95,91" (no % sign) as well.
    private static decimal Printed(string text) =>
        decimal.Parse(text.Replace("%", "").Replace(" ", "").Replace(",", "."), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Every_row_but_row_1_reproduces()
    {
        var mismatches = new List<int>();
        int checkedRows = 0;
        foreach (Row row in Rows())
        {
            if (row.Allocation is null || row.Realization is null || row.PrintedText is null) continue;
            checkedRows++;
            var r = BudgetRealization.Compute(row.Allocation.Value, row.Realization.Value);
            decimal printed = Printed(row.PrintedText);
            if (ReportRounding.Round(r.Unrounded!.Value, ReportRounding.DecimalsOf(printed)) != printed)
                mismatches.Add(row.Line);
        }
        Assert.Equal(172, checkedRows);        // docs/methods.md#budget: 172 numeric rows
        Assert.Equal([1061], mismatches);      // row 1: 105,82 % recomputed, 94,50 % printed
    }

    [Fact]
    public void Column_sums_do_not_reproduce_the_printed_total()
    {
        var lines = Rows().Where(r => r.Allocation is not null && r.Realization is not null && r.PrintedText is not null)
            .Select(r => new BudgetLine(r.Allocation!.Value, r.Realization!.Value)).ToArray();
        var total = BudgetRealization.Total(lines);
        // By hand from docs/methods.md#budget: the column sums are 4.999.748.895.248,18 / 4.791.536.697.063,48;
        // the printed TOTAL (line 1291) is 4.965.250.429.176 / 4.760.112.780.725.
        Assert.Equal(4999748895248.18m, total.Allocation);
        Assert.Equal(4791536697063.48m, total.Realization);
        Assert.NotEqual(4965250429176m, total.Allocation);
        Assert.NotEqual(4760112780725m, total.Realization);
    }

    [Fact]
    public void Row_103_tidak_ada_data_is_missing_not_zero()
    {
        Row row = Rows().Single(r => r.Line == 1195);
        var r = BudgetRealization.Compute(row.Allocation, row.Realization);
        Assert.False(r.HasValue);
        Assert.Null(r.Value);
    }
}
