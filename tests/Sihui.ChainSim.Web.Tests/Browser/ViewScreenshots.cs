using Microsoft.Playwright;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Browser;

/// <summary>
/// The README's screenshots of each view at 1280×800, in Chinese, written to docs/images/web-*.png. Opt-in:
/// CHAINSIM_SCREENSHOTS=1 dotnet test tests/Sihui.ChainSim.Web.Tests --filter ViewScreenshots
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ViewScreenshots(WebApp app, BrowserSession session) : IClassFixture<BrowserSession>
{
    [ScreenshotFact]
    public async Task Each_view_at_1280_by_800()
    {
        var images = Path.Combine(RepositoryPaths.Root, "docs", "images");
        var page = await ViewPage.OpenAsync(session, app.BaseAddress + "?trials=2000", locale: "zh-CN", width: 1280, height: 800);
        await ViewPage.RerunAsync(page, () => BrowserSession.MoveSliderAsync(page, "economy.shock.mean", -0.01));
        await Shoot(page, Path.Combine(images, "web-run.png"));

        await ViewPage.ShowAsync(page, "compare");
        await page.SelectOptionAsync("#compare-columns select[data-column='0']", "~baseline");
        await page.SelectOptionAsync("#compare-columns select[data-column='1']", "pessimistic");
        await page.ClickAsync("#compare-add");
        await page.SelectOptionAsync("#compare-columns select[data-column='2']", "~sliders");
        await page.ClickAsync("#compare-run");
        await ViewPage.WaitForAsync(page, "compareState");
        await page.SelectOptionAsync("#explain-to", "1");
        await page.SelectOptionAsync("#explain-target", "output_2025_plan");
        await page.ClickAsync("#explain-run");
        await ViewPage.WaitForAsync(page, "explainState");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Shoot(page, Path.Combine(images, "web-compare.png"));
        await page.Locator("#explain-card").ScrollIntoViewIfNeededAsync();
        await Shoot(page, Path.Combine(images, "web-explain.png"));

        await ViewPage.ShowAsync(page, "sensitivity");
        await page.ClickAsync("#sens-run");
        await ViewPage.WaitForAsync(page, "sensState");
        await Shoot(page, Path.Combine(images, "web-sensitivity.png"));

        await ViewPage.ShowAsync(page, "goal");
        await page.SelectOptionAsync("#goal-target", "output_2024");
        await page.SelectOptionAsync("#goal-param", "industries.copper.price.drift");
        await page.FillAsync("#goal-probability", "90");
        await page.ClickAsync("#goal-run");
        await ViewPage.WaitForAsync(page, "goalState");
        await Shoot(page, Path.Combine(images, "web-goal-seek.png"));
        await page.Context.CloseAsync();
    }

    [ScreenshotFact]
    public async Task The_calibration_view_at_1280_by_800()
    {
        var page = await ViewPage.OpenAsync(session, app.BaseAddress + "?trials=1000&view=calibration", locale: "zh-CN", width: 1280, height: 800);
        await page.ClickAsync("#cal-shipped");
        await ViewPage.WaitForAsync(page, "calState");
        await page.Locator("#cal-card").ScrollIntoViewIfNeededAsync();
        await Shoot(page, Path.Combine(RepositoryPaths.Root, "docs", "images", "web-calibration.png"));
        await page.Context.CloseAsync();
    }

    private static async Task Shoot(IPage page, string path)
    {
        // Past the tab strip's focus ring and any running pulse: the picture shows the page at rest.
        await page.Mouse.MoveAsync(0, 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
    }
}

public sealed class ScreenshotFactAttribute : FactAttribute
{
    public ScreenshotFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CHAINSIM_SCREENSHOTS") != "1")
        {
            Skip = "writes docs/images/web-*.png; run with CHAINSIM_SCREENSHOTS=1";
        }
        else if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
