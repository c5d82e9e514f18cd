using LppdMetrics.TestSupport;
using System.Text.Json;
using LppdMetrics.Accountability;
using LppdMetrics.Numbers;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// Data-driven: every indicator row of the "Realisasi kinerja" and "Target akhir RPJMD" tables of §2.2.3
/// (tests/TestData/lppd-2024/accountability-2-2-3.json, transcribed from the report) reproduces its printed capaian,
/// except the two rows the reference marks ✗ (docs/methods.md#sakip, docs/methods.md#composite).
/// </summary>
public class AccountabilityTablesDataTests
{
    private static readonly string File = TestDataPath.Of("lppd-2024", "accountability-2-2-3.json");

    // Polarity is a property of the indicator, written here by hand (docs/methods.md#polarity): lower is better for
    // poverty, PPKS, Gini, TPT and the disaster risk index; every other indicator (ICOR included, as the report
    // scores it) is positive.
    private static Polarity PolarityOf(string indicator) =>
        new[] { "Penduduk Miskin", "PPKS", "Gini", "Pengangguran", "Resiko Bencana" }.Any(indicator.Contains)
            ? Polarity.Negative
            : Polarity.Positive;

    [Fact]
    public void Every_capaian_row_but_the_two_known_mismatches_reproduces()
    {
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(File));
        var mismatches = new List<int>();
        int checkedRows = 0;
        foreach (JsonElement table in doc.RootElement.GetProperty("tables").EnumerateArray())
        {
            string kind = table.GetProperty("kind").GetString()!;
            if (kind is not ("realisasi" or "rpjmd")) continue;
            foreach (JsonElement row in table.GetProperty("rows").EnumerateArray())
            {
                JsonElement cells = row.GetProperty("cells");
                if (cells.GetArrayLength() < 6 || cells[2].ValueKind != JsonValueKind.String) continue; // the "Capaian Kinerja" mean rows
                string indicator = cells[2].GetString()!;
                decimal target = cells[3].GetProperty("value").GetDecimal();
                decimal realization = cells[4].GetProperty("value").GetDecimal();
                string text = cells[5].GetProperty("text").GetString()!;
                decimal printed = decimal.Parse(text.Replace("%", "").Replace(",", ".").Trim(), System.Globalization.CultureInfo.InvariantCulture);
                var r = Achievement.Compute(target, realization, PolarityOf(indicator));
                checkedRows++;
                if (ReportRounding.Round(r.Unrounded!.Value, ReportRounding.DecimalsOf(printed)) != printed)
                    mismatches.Add(row.GetProperty("line").GetInt32());
            }
        }
        Assert.Equal(58, checkedRows);
        // 2881: SAKIP 67,16 / 71 = 94,59, printed 94,60; 3446: IKLH 64,64 / 67,64 = 95,56, printed 95,51.
        Assert.Equal([2881, 3446], mismatches);
    }
}
