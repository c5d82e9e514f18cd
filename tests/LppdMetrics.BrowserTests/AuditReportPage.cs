using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LppdMetrics.Cli;
using LppdMetrics.TestSupport;
using Microsoft.Playwright;

namespace LppdMetrics.BrowserTests;

/// <summary>
/// The HTML report of the embedded audit, written by <c>lppd audit --format html -o …</c>, its JSON summary from
/// <c>lppd audit --format json</c>, and a headless Chromium (the system's, <c>/usr/bin/chromium</c>) driven by
/// Playwright. Nothing is downloaded: Playwright's node driver ships in the NuGet package, and the browser is the
/// Debian package that <c>.ci/run</c> installs when it is missing.
/// </summary>
public sealed class AuditReportPage : IAsyncLifetime
{
    /// <summary>The system Chromium; override with LPPD_CHROMIUM.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("LPPD_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    /// <summary>Where the screenshot and the render time go (gitignored; CI keeps them as artifacts).</summary>
    public static string ArtifactsFolder => Path.Combine(TestDataPath.RepositoryRoot, "artifacts", "browser");

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string HtmlPath { get; private set; } = "";

    public JsonElement Json { get; private set; }

    /// <summary>False when the system Chromium is not installed (the tests then skip, unless LPPD_REQUIRE_BROWSER=1, as in .ci/run).</summary>
    public bool Available { get; private set; }

    /// <summary>Skips the calling test when Chromium is missing on a developer's machine; fails it where the browser is required.</summary>
    public void Require()
    {
        if (Available) return;
        string message = $"the system Chromium is not installed at {ChromiumPath} (apt-get install chromium)";
        if (Environment.GetEnvironmentVariable("LPPD_REQUIRE_BROWSER") == "1")
            Assert.Fail(message);
        Assert.Skip(message);
    }

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Available = File.Exists(ChromiumPath);
        if (!Available) return;
        string dir = Path.Combine(Path.GetTempPath(), "lppd-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        HtmlPath = Path.Combine(dir, "audit.html");
        var sink = new StringWriter();
        int code = LppdApp.Run(["audit", "--format", "html", "--lang", "en", "-o", HtmlPath], sink, sink);
        if (code != ExitCodes.Findings) throw new InvalidOperationException($"lppd audit --format html exited {code}: {sink}");
        var json = new StringWriter();
        LppdApp.Run(["audit", "--format", "json"], json, sink);
        Json = JsonDocument.Parse(json.ToString()).RootElement.Clone();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
    }

    /// <summary>Opens the report in a new page (1280 × 900) and returns it with the time from navigation to the load event.</summary>
    public async Task<(IPage Page, TimeSpan Load)> OpenAsync()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(HtmlPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (page, clock.Elapsed);
    }

    /// <summary>Records a measurement line in artifacts/browser/measurements.txt.</summary>
    public static void Record(string line)
    {
        Directory.CreateDirectory(ArtifactsFolder);
        File.AppendAllText(Path.Combine(ArtifactsFolder, "measurements.txt"),
            DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture) + "  " + line + Environment.NewLine);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}
