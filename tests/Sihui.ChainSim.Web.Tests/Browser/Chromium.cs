using Microsoft.Playwright;

namespace Sihui.ChainSim.Web.Tests.Browser;

/// <summary>Debian's chromium, driven by Playwright without a browser download.</summary>
public static class Chromium
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHAINSIM_CHROMIUM") ?? "/usr/bin/chromium";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the browser tests must run: chromium is there, or this is CI (where a missing chromium is a failure).</summary>
    public static string? SkipReason =>
        File.Exists(ExecutablePath) || IsCi
            ? null
            : $"chromium is not installed at {ExecutablePath} (apt-get install chromium fonts-noto-cjk); with CI=true these tests fail instead of skipping";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"chromium is required for the browser tests but is not at {ExecutablePath}; .ci/run installs it with apt-get");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run"],
        });
        return (playwright, browser);
    }
}

/// <summary>A fact that needs chromium: skipped with the reason on a machine without it, never skipped in CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>One chromium for a test class; each test opens its own context, so language and storage start fresh.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser did not start");

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is null)
        {
            (_playwright, _browser) = await Chromium.LaunchAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }

    public async Task<IPage> OpenAsync(string url)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            Locale = "en-US",
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(url);
        await WaitForRenderAsync(page, 1);
        return page;
    }

    /// <summary>Waits until the page has drawn the final result of its <paramref name="count"/>-th run.</summary>
    public static Task WaitForRenderAsync(IPage page, int count) =>
        page.WaitForFunctionAsync($"() => Number(document.body.dataset.renderCount) >= {count} && document.body.dataset.state === 'ready'");

    public static async Task<int> RenderCountAsync(IPage page) => int.Parse(await page.EvaluateAsync<string>("() => document.body.dataset.renderCount"));

    /// <summary>Moves a slider as a user would: sets its value and fires the input event the page listens to.</summary>
    public static Task MoveSliderAsync(IPage page, string path, double value) =>
        page.EvaluateAsync("([path, value]) => { const s = document.querySelector(`input[data-path='${path}']`); s.value = value; s.dispatchEvent(new Event('input', { bubbles: true })); }",
            new object[] { path, value });
}
