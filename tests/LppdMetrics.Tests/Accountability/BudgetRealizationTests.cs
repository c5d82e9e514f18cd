using LppdMetrics.Accountability;
using LppdMetrics.Numbers;

namespace LppdMetrics.Tests.Accountability;

public class BudgetRealizationTests
{
    // Rupiah amounts and printed % by hand from the report (line); all match (docs/methods.md#budget).
    [Theory]
    [InlineData(2019, "1338858935", "1295578750", "96.77")]
    [InlineData(2020, "1114397175", "1060562000", "95.17")]
    [InlineData(2021, "9168790230", "8551166400", "93.26")]
    [InlineData(2022, "1600000", "800000", "50")]                          // printed "50 %"
    [InlineData(2028, "231342905", "207901500", "89.87")]
    [InlineData(2731, "7132809213", "6495443914", "91.06")]
    [InlineData(2732, "2090349863831.55", "1733055822074.41", "82.91")]    // with cents, ≈ 2·10^12
    [InlineData(1215, "5992854.00", "5992800.00", "100.00")]               // Tabel 1.12 rounds 99,9991 half-up
    [InlineData(3730, "1200000000", "0", "0.00")]                          // realisation 0 → 0,00 %
    [InlineData(3877, "3000000000", "2929868258", "97.66")]                // Bab III
    [InlineData(1084, "156377114764.26", "149418226555.00", "95.55")]
    public void Reported_rows_reproduce(int line, string allocation, string realization, string printed)
    {
        var r = BudgetRealization.Compute(D(allocation), D(realization));
        decimal p = D(printed);
        Assert.True(p == ReportRounding.Round(r.Unrounded!.Value, ReportRounding.DecimalsOf(p)), $"line {line}: {r.Unrounded}");
        Assert.Equal(ReportRounding.Round(p, 2), r.Value);
    }

    [Fact]
    public void Table_1_12_row_1_does_not_reproduce()
    {
        // Line 1061: 2.908.724.557.697 / 2.748.871.333.025 = 105,82 %; printed 94,50 %.
        var r = BudgetRealization.Compute(2748871333025m, 2908724557697m);
        Assert.Equal(105.82m, r.Value);
        Assert.NotEqual(94.50m, r.Value);
        Assert.True(r.ExceedsAllocation);
        Assert.Contains(r.Trace.Notes, n => n.Contains("exceeds"));
    }

    [Fact]
    public void Truncated_rows_reproduce_only_with_the_truncation_option()
    {
        // Lines 3055 and 3749 print 99,99 % where half-up gives 100,00 % (docs/methods.md#rounding).
        var halfUp = BudgetRealization.Compute(5992854m, 5992800m);
        Assert.NotEqual(99.99m, halfUp.Value);
        var truncated = BudgetRealization.Compute(5992854m, 5992800m, new BudgetOptions { Rounding = RoundingRule.Truncate });
        Assert.Equal(99.99m, truncated.Value);
        Assert.Equal(99.99m, BudgetRealization.Compute(4999960m, 4999900m, new BudgetOptions { Rounding = RoundingRule.Truncate }).Value);
    }

    [Fact]
    public void Malformed_allocation_at_3516_read_literally_gives_955_50()
    {
        // "Rp. 156.377.147.64,26" read literally is 15.637.714.764,26.
        Assert.Equal(955.50m, BudgetRealization.Compute(15637714764.26m, 149418226555m).Value);
    }

    [Fact]
    public void Total_is_the_percentage_of_the_sums_not_the_mean_of_row_percentages()
    {
        // Tabel 4.1.1.5 (2019–2029): Total Rp 11.854.989.245 / Rp 11.116.008.650, 93,77 %.
        BudgetLine[] rows =
        [
            new(1338858935m, 1295578750m), new(1114397175m, 1060562000m), new(9168790230m, 8551166400m),
            new(1600000m, 800000m), new(231342905m, 207901500m),
        ];
        var total = BudgetRealization.Total(rows);
        Assert.Equal(11854989245m, total.Allocation);
        Assert.Equal(11116008650m, total.Realization);
        Assert.Equal(93.77m, total.Value);
        Assert.Equal(5, total.Rows);
        // the mean of the printed row % is (96,77 + 95,17 + 93,26 + 50 + 89,87) / 5 = 85,014
        Assert.NotEqual(85.01m, total.Value);
        Assert.Equal("budget.realization.total", total.Trace.Rule);
    }

    [Fact]
    public void Totals_of_other_tables_reproduce()
    {
        // Totals by hand: Tabel 4.3.5 (2733/2739), 4.1.5 (1900), 4.1.2.6 (2186), 4.4.2.5 (3560), 4.4.3.5 (3796).
        Assert.Equal(82.94m, BudgetRealization.Total([new(7132809213m, 6495443914m), new(2090349863831.55m, 1733055822074.41m)]).Value);
        Assert.Equal(2097482673044.55m, BudgetRealization.Total([new(7132809213m, 6495443914m), new(2090349863831.55m, 1733055822074.41m)]).Allocation);
        Assert.Equal(97.35m, BudgetRealization.Compute(80975656341m, 78826084279m).Value);
        Assert.Equal(97.96m, BudgetRealization.Compute(69120667096m, 67710075629m).Value);
        Assert.Equal(95.67m, BudgetRealization.Compute(357485853868.96m, 342020147430.52m).Value);
        Assert.Equal(90.93m, BudgetRealization.Compute(70707165110m, 64295522208.86m).Value);
    }

    [Fact]
    public void Sums_of_10_to_the_13_with_cents_stay_exact()
    {
        var rows = Enumerable.Repeat(new BudgetLine(9_999_999_999_999.99m, 9_000_000_000_000.01m), 100_000).ToArray();
        var total = BudgetRealization.Total(rows);
        Assert.Equal(999_999_999_999_999_000m, total.Allocation);
        Assert.Equal(900_000_000_000_001_000m, total.Realization);
        Assert.Equal(90.00m, total.Value);
    }

    [Fact]
    public void Edges_zero_allocation_missing_amounts_and_negative_amounts()
    {
        var zero = BudgetRealization.Compute(0m, 0m);
        Assert.False(zero.HasValue);
        Assert.Null(zero.Value);
        Assert.Contains("allocation is 0", zero.UndefinedReason);
        // Tabel 1.12 row 103 (1195): "Tidak ada data".
        var missing = BudgetRealization.Compute(null, null);
        Assert.False(missing.HasValue);
        Assert.Equal("allocation and realisation missing", missing.UndefinedReason);
        var neg = Assert.Throws<ArgumentOutOfRangeException>(() => BudgetRealization.Compute(-1m, 5m));
        Assert.Equal("allocation", neg.ParamName);
        var row = Assert.Throws<ArgumentException>(() => BudgetRealization.Total([new(1m, 1m), new(2m, -3m)]));
        Assert.Contains("rows[1]", row.Message);
        Assert.Throws<ArgumentException>(() => BudgetRealization.Total(ReadOnlySpan<BudgetLine>.Empty));
    }

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>By hand: Σ alokasi = 7·10²⁸ + 0,5 (30 digits, more than a decimal holds) and Σ realisasi = 3,50035·10²⁸:
    /// 3,50035·10²⁸ / (7·10²⁸ + 0,5) × 100 = 50,005 − 50,005·0,5/(7·10²⁸ + 0,5) = 50,005 − 3,6·10⁻²⁸, printed 50,00. The
    /// decimal sum dropped the 0,5 and the percentage came out exactly 50,005, printed 50,01.</summary>
    [Fact]
    public void A_total_whose_sum_has_more_digits_than_a_decimal_is_the_percentage_of_the_exact_sums()
    {
        BudgetRealizationResult r = BudgetRealization.Total([new BudgetLine(70_000_000_000_000_000_000_000_000_000m, 35_003_500_000_000_000_000_000_000_000m), new BudgetLine(0.5m, 0m)]);
        Assert.Equal(50.00m, r.Value);
        Assert.True(r.Outcome.Unrounded < 50.005m, $"{r.Outcome.Unrounded}");
        Assert.False(r.ExceedsAllocation);
    }
}
