using Microsoft.Playwright;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Tests.Support;
using Xunit.Abstractions;

namespace Sihui.ChainSim.Analysis.Tests.Reports;

/// <summary>Opens report.html in headless Chromium: no errors, every chart image decoded, and a screenshot kept as a test artefact.</summary>
public sealed class ReportHtmlBrowserTests(ITestOutputHelper output)
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run",
    ];

    [ChromiumFact]
    public async Task The_run_report_opens_without_errors_and_shows_its_charts()
    {
        var outcome = await TestReports.RunAsync();
        using var folder = new TempFolder("browser-run");
        var path = ReportHtml.WriteRun(folder.Path, outcome.Result, outcome.Scenario);

        await AssertOpensWithChartsAsync(path, ["fan-total_output", "industries-mean", "fan-industry_output-copper"], "report-run.png");
    }

    [ChromiumFact]
    public async Task The_comparison_report_opens_without_errors_and_shows_its_charts()
    {
        var comparison = await TestReports.CompareAsync();
        using var folder = new TempFolder("browser-comparison");
        var path = ReportHtml.WriteComparison(folder.Path, comparison);

        await AssertOpensWithChartsAsync(path, ["comparison", "fan-total_output", "fan-total_output"], "report-comparison.png");
    }

    private async Task AssertOpensWithChartsAsync(string reportPath, string[] charts, string screenshotName)
    {
        Assert.True(File.Exists(ChromiumFactAttribute.BrowserPath),
            $"{ChromiumFactAttribute.BrowserPath} is missing; .ci/run installs it (chromium, fonts-liberation, fonts-noto-cjk, fonts-wqy-microhei)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.BrowserPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.RequestFailed += (_, request) => errors.Add($"request failed: {request.Url}");

        var response = await page.GotoAsync(new Uri(reportPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        Assert.NotNull(response);
        Assert.True(response.Ok, $"loading {reportPath} gave status {response.Status}");
        var images = await page.EvaluateAsync<ChartElement[]>(
            "() => [...document.querySelectorAll('img[data-chart]')].map(i => ({ name: i.dataset.chart, complete: i.complete, width: i.naturalWidth, height: i.naturalHeight }))");
        Assert.Equal(charts, images.Select(i => i.Name));
        Assert.All(images, image =>
        {
            Assert.True(image.Complete, image.Name + " did not load");
            Assert.True(image.Width > 0 && image.Height > 0, $"{image.Name} has no natural size");
        });
        var screenshot = ScreenshotPath(screenshotName);
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"screenshot: {screenshot}");
        Assert.True(bytes.Length > 10_000, "the screenshot is almost empty");
        Assert.Empty(errors);
    }

    /// <summary>Under CHAINSIM_TEST_OUTPUT when set, else beside the test binaries in screenshots/.</summary>
    private static string ScreenshotPath(string name)
    {
        var root = Environment.GetEnvironmentVariable("CHAINSIM_TEST_OUTPUT") is { Length: > 0 } keep ? keep : AppContext.BaseDirectory;
        return Path.Combine(Directory.CreateDirectory(Path.Combine(root, "screenshots")).FullName, name);
    }

    /// <summary>What the page reports about one chart image.</summary>
    public sealed class ChartElement
    {
        public string Name { get; set; } = "";
        public bool Complete { get; set; }
        public int Width { get; set; }
        public int Height { get; set; }
    }
}
