using System.Text.Json;
using LppdMetrics.Audit;
using LppdMetrics.Reports;

namespace LppdMetrics.Cli.Tests;

/// <summary>
/// <c>lppd audit --capaian-cap PCT</c> (and <c>explain</c>): a region that caps capaian kinerja at 100 % prints a
/// realisation above its target as 100,00; without the flag (the seed report's convention, no cap) that is a mismatch,
/// with <c>--capaian-cap 100</c> a match. Worked by hand: IKM 84 / 80 = 105 % → 100,00; Cakupan 81 / 90 = 90 %;
/// Persentase Penduduk Miskin (negative polarity) (2·10 − 9) / 10 = 110 % → 100,00. The mean row prints
/// (100 + 90 + 100) / 3 = 96,67 from the printed capaian.
/// </summary>
public class CapaianCapTests
{
    private static string Report() => CliRunner.TempFile("capped.txt",
        "## LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH KABUPATEN CONTOH TAHUN 2025\n\n**Tabel 3.1**  \n**Realisasi kinerja sasaran Meningkatnya Mutu Layanan**\n\n"
        + "No.\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\t%\n"
        + "1\tMeningkatnya Mutu Layanan\tIndeks Kepuasan Masyarakat\t80\t84\t100,00%\n"
        + "\t\tCakupan Layanan Dasar\t90\t81\t90,00%\n"
        + "\t\tPersentase Penduduk Miskin\t10\t9\t100,00%\n"
        + "Capaian Kinerja\t\t\t\t\t96,67%\n\nSumber: data uji.\n");

    private static (int Exit, (string Status, decimal Recomputed)[] Capaian) Audit(params string[] extra)
    {
        CliRunner.Result r = CliRunner.Run(["audit", Report(), "--format", "json", .. extra]);
        using var doc = JsonDocument.Parse(r.Out);
        var capaian = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() is "capaian.positive" or "capaian.negative" or "capaian")
            .Select(f => (f.GetProperty("status").GetString()!, f.GetProperty("recomputed").GetProperty("value").GetDecimal()))
            .ToArray();
        return (r.ExitCode, capaian);
    }

    [Fact]
    public void Without_the_flag_a_capaian_printed_capped_is_a_mismatch()
    {
        var (exit, capaian) = Audit();
        Assert.Equal(1, exit);
        Assert.Equal([("mismatch", 105.00m), ("match", 90.00m), ("mismatch", 110.00m)], capaian);
    }

    [Fact]
    public void Without_the_flag_the_mismatch_names_the_cap()
    {
        CliRunner.Result r = CliRunner.Run("audit", Report(), "--format", "json");
        using var doc = JsonDocument.Parse(r.Out);
        var mismatches = doc.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("status").GetString() == "mismatch").ToArray();
        Assert.Equal(2, mismatches.Length);
        foreach (var f in mismatches)
            Assert.Contains("capped at 100 %", f.GetProperty("explanation").GetString());
    }

    [Fact]
    public void With_the_region_s_cap_it_is_a_match()
    {
        var (exit, capaian) = Audit("--capaian-cap", "100");
        Assert.Equal(0, exit);
        Assert.Equal([("match", 100.00m), ("match", 90.00m), ("match", 100.00m)], capaian);
    }

    [Fact]
    public void A_cap_above_the_capaian_changes_nothing()
    {
        var (exit, capaian) = Audit("--capaian-cap", "120");
        Assert.Equal(1, exit);
        Assert.Equal([("mismatch", 105.00m), ("match", 90.00m), ("mismatch", 110.00m)], capaian);
    }

    [Fact]
    public void Explain_takes_the_same_cap()
    {
        string path = Report();
        CliRunner.Result audit = CliRunner.Run("audit", path, "--format", "json");
        using var doc = JsonDocument.Parse(audit.Out);
        string id = doc.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("status").GetString() == "mismatch").GetProperty("id").GetString()!;
        using var without = JsonDocument.Parse(CliRunner.Run("explain", id, path, "--format", "json").Out);
        using var with = JsonDocument.Parse(CliRunner.Run("explain", id, path, "--format", "json", "--capaian-cap", "100").Out);
        Assert.Equal("mismatch", without.RootElement.GetProperty("status").GetString());
        Assert.Equal("match", with.RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("abc")]
    public void A_cap_that_is_not_a_positive_percentage_is_refused_in_one_line(string cap)
    {
        string line = CliRunner.OneErrorLine(CliRunner.Run("audit", Report(), "--capaian-cap", cap));
        Assert.Contains("--capaian-cap", line);
    }

    [Fact]
    public void The_library_refuses_a_cap_that_is_not_positive_naming_it()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReportAudit.Run(new LppdReport { Title = "uji" }, new AuditOptions { CapaianCap = 0m }));
        Assert.Equal("CapaianCap", ex.ParamName);
        Assert.Contains("0", ex.Message);
    }
    [Fact]
    public void The_json_states_the_convention_it_ran_under()
    {
        using var none = JsonDocument.Parse(CliRunner.Run("audit", Report(), "--format", "json").Out);
        using var capped = JsonDocument.Parse(CliRunner.Run("audit", Report(), "--format", "json", "--capaian-cap", "100").Out);
        Assert.Equal(JsonValueKind.Null, none.RootElement.GetProperty("conventions").GetProperty("capaianCap").ValueKind);
        Assert.Equal(100m, capped.RootElement.GetProperty("conventions").GetProperty("capaianCap").GetDecimal());
    }

    // The same document audited under another convention gives other findings, so the report handed over says which
    // one it ran under: the cap as the auditor typed it, in the report's language, or that there was none.
    [Theory]
    [InlineData("md", "id", null, "- **Batas capaian kinerja (dinyatakan auditor):** tidak ada: capaian kinerja dicetak tanpa batas")]
    [InlineData("md", "id", "100", "- **Batas capaian kinerja (dinyatakan auditor):** 100 %")]
    [InlineData("md", "en", "99.5", "- **Cap on capaian kinerja (stated by the auditor):** 99.5%")]
    [InlineData("html", "id", "100", "100 %")]
    [InlineData("text", "en", "100", "Cap on capaian kinerja (stated by the auditor): 100%")]
    public void The_report_handed_over_states_the_cap(string format, string lang, string? cap, string expected)
    {
        string[] extra = cap is null ? [] : ["--capaian-cap", cap];
        CliRunner.Result r = CliRunner.Run(["audit", Report(), "--format", format, "--lang", lang, .. extra]);
        Assert.Contains(expected, r.Out);
        Assert.Contains(lang == "id" ? "Batas capaian kinerja" : "Cap on capaian kinerja", r.Out);
    }

    [Fact]
    public void The_library_result_carries_the_conventions()
    {
        var options = new AuditOptions { CapaianCap = 100m };
        Assert.Same(options, ReportAudit.Run(new LppdReport { Title = "uji" }, options).Conventions);
        Assert.Same(AuditOptions.Default, ReportAudit.Run(new LppdReport { Title = "uji" }).Conventions);
    }
}
