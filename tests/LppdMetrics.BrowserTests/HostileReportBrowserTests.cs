using System.Text.Json.Nodes;
using LppdMetrics.Cli;
using Microsoft.Playwright;

namespace LppdMetrics.BrowserTests;

/// <summary>
/// The HTML audit report of a hostile report (labels, table titles and the region written to inject markup and script)
/// in headless Chromium: nothing runs, no element is injected, the text shows as it was read.
/// </summary>
public class HostileReportBrowserTests(AuditReportPage report) : IClassFixture<AuditReportPage>
{
    private const string Hostile =
        "<script>window.__pwned=1</script>\"><img src=x onerror=\"window.__pwned=2\"></td></div><svg onload=window.__pwned=3>"
        + "<a href=\"javascript:window.__pwned=4\">x</a>' onmouseover='window.__pwned=5";

    [Fact]
    public async Task A_hostile_report_runs_no_script_and_injects_no_element()
    {
        report.Require();
        var sink = new StringWriter();
        Assert.Equal(ExitCodes.Success, LppdApp.Run(["audit", "--export-default"], sink, sink));
        var doc = JsonNode.Parse(sink.ToString())!.AsObject();
        doc["region"] = Hostile;
        doc["title"] = Hostile;
        foreach (var table in doc["tables"]!.AsArray())
        {
            table!["title"] = Hostile;
            foreach (var figure in table["figures"]?.AsArray() ?? [])
                figure!["label"] = Hostile;
        }
        string dir = Path.Combine(Path.GetTempPath(), "lppd-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string input = Path.Combine(dir, "hostile.json"), html = Path.Combine(dir, "hostile.html");
        File.WriteAllText(input, doc.ToJsonString());
        Assert.Equal(ExitCodes.Findings, LppdApp.Run(["audit", input, "--format", "html", "--lang", "en", "-o", html], sink, sink));

        var page = await report.Browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
        await page.GotoAsync(new Uri(html).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        // Hover and click every label, so that an injected handler would have had its chance.
        var label = page.Locator("[data-finding-id] .label").First;
        await label.HoverAsync();
        await label.ClickAsync();
        Assert.Empty(dialogs);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(1, await page.Locator("script").CountAsync()); // the report's own
        Assert.Equal(0, await page.Locator("img, svg, a[href^='javascript']").CountAsync());
        Assert.Equal(0, await page.Locator("[onerror], [onload], [onmouseover]").CountAsync());
        // The text is shown as it was read, in the label, the section column and the header.
        Assert.Equal(Hostile, await label.InnerTextAsync());
        Assert.Contains(Hostile, await page.Locator("dl.meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(Hostile, (await page.Locator("table.sections tbody tr td").First.InnerTextAsync()));
        await page.CloseAsync();
    }
}
