using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace LppdMetrics.BrowserTests;

/// <summary>The HTML audit report in headless Chromium: its summary, its status filter, its search and its traces.</summary>
public class HtmlReportBrowserTests(AuditReportPage report) : IClassFixture<AuditReportPage>
{
    private static readonly string[] Statuses = ["match", "rounding", "mismatch", "not-checkable", "implausible"];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string JsonName(string status) => status == "not-checkable" ? "notCheckable" : status;

    [Fact]
    public async Task Summary_counts_equal_the_json_summary()
    {
        report.Require();
        var (page, _) = await report.OpenAsync();
        var summary = report.Json.GetProperty("summary");
        var element = page.Locator("#summary");
        foreach (string status in Statuses)
        {
            int expected = summary.GetProperty(JsonName(status)).GetInt32();
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), await element.GetAttributeAsync("data-count-" + status));
            // The number people read is the same as the attribute.
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), (await page.Locator($"[data-status-count='{status}']").InnerTextAsync()).Trim());
        }
        // Every finding is listed: the figures (the total) and the plausibility notes.
        int findings = summary.GetProperty("total").GetInt32() + summary.GetProperty("implausible").GetInt32();
        Assert.Equal(findings, await page.Locator("[data-finding-id]").CountAsync());
        Assert.Equal(findings, await page.Locator("[data-finding-id]:visible").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Filtering_by_mismatch_shows_exactly_the_mismatches_and_search_narrows_them()
    {
        report.Require();
        var (page, _) = await report.OpenAsync();
        await page.SelectOptionAsync("#filter-status", "mismatch");
        var visible = page.Locator("[data-finding-id]:visible");
        var shown = await visible.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-finding-id') + ' ' + e.getAttribute('data-status'))");
        var expected = report.Json.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("status").GetString() == "mismatch")
            .Select(f => f.GetProperty("id").GetString() + " mismatch");
        Assert.Equal(expected.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.Equal(report.Json.GetProperty("summary").GetProperty("mismatch").GetInt32(), shown.Length);

        // DPRD (seed line 427): 7 + 6 + 25 = 38 printed 37; searching its id leaves it alone.
        await page.FillAsync("#search", "1.6/427/total-7");
        var one = await visible.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-finding-id'))");
        Assert.Equal(["1.6/427/total-7"], one);

        await page.SelectOptionAsync("#filter-status", "");
        await page.FillAsync("#search", "");
        Assert.Equal(report.Json.GetProperty("summary").GetProperty("total").GetInt32() + report.Json.GetProperty("summary").GetProperty("implausible").GetInt32(), await visible.CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Expanding_a_finding_shows_its_calculation_trace()
    {
        report.Require();
        var (page, _) = await report.OpenAsync();
        var finding = page.Locator("[data-finding-id='1.6/427/total-7']");
        var trace = finding.Locator("details.trace pre");
        Assert.False(await trace.IsVisibleAsync());
        await finding.Locator("details.trace summary").ClickAsync();
        Assert.True(await trace.IsVisibleAsync());
        string text = await trace.InnerTextAsync();
        // The DPRD row of Tabel 1.6: struktural 7, fungsional 6, pelaksana 25 (seed line 427).
        Assert.Contains("struktural = 7", text, StringComparison.Ordinal);
        Assert.Contains("fungsional = 6", text, StringComparison.Ordinal);
        Assert.Contains("pelaksana = 25", text, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_report_is_screenshotted_and_its_render_time_recorded()
    {
        // Warm the browser once, then measure fresh pages: navigation to the load event (scripts run, filters ready).
        // The minimum of three loads is recorded, with the machine's load average; nothing about time is asserted.
        report.Require();
        var (warm, _) = await report.OpenAsync();
        await warm.CloseAsync();
        IPage page = null!;
        double navigation = double.MaxValue;
        TimeSpan load = TimeSpan.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            if (page is not null) await page.CloseAsync();
            var (p, l) = await report.OpenAsync();
            page = p;
            load = l < load ? l : load;
            navigation = Math.Min(navigation, await page.EvaluateAsync<double>(
                "() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; }"));
        }
        Directory.CreateDirectory(AuditReportPage.ArtifactsFolder);
        string shot = Path.Combine(AuditReportPage.ArtifactsFolder, "audit-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
        long bytes = new FileInfo(report.HtmlPath).Length;
        AuditReportPage.Record(string.Create(CultureInfo.InvariantCulture,
            $"embedded audit HTML: {bytes} bytes; load event after {navigation:0} ms (browser), {load.TotalMilliseconds:0} ms (test clock), minimum of 3; load average {LoadAverage()}"));
        TestContext.Current.SendDiagnosticMessage(string.Create(CultureInfo.InvariantCulture, $"render: {navigation:0} ms, {bytes} bytes"));
        // Only what is deterministic is asserted: the screenshot exists and the page is the audit report.
        Assert.True(new FileInfo(shot).Length > 0);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.True(bytes < 2_000_000);
        await page.CloseAsync();
    }
}
