using System.Globalization;
using Microsoft.Playwright;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Browser;

/// <summary>The "observed so far" panel in a real browser: figures in, odds before and after out, with the ESS.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ObservedPanelTests(WebApp app, BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string OutputRow = "tr[data-target='output_2024']";

    private static double Percent(string text) => double.Parse(text.Trim().TrimEnd('%'), CultureInfo.InvariantCulture) / 100;

    [BrowserFact]
    public async Task Figures_below_the_pace_show_the_odds_before_and_after_with_the_ess_and_clearing_returns_to_the_plain_run()
    {
        var page = await session.OpenAsync(app.BaseAddress);
        var plain = await page.InnerTextAsync($"{OutputRow} td.probability");
        Assert.True(await page.Locator("#conditioning").IsHiddenAsync());
        Assert.Equal(11, await page.Locator("#observed-month option").CountAsync());
        Assert.Equal("Jan–Feb", (await page.Locator("#observed-month option").First.InnerTextAsync()).Trim());

        await page.SelectOptionAsync("#observed-month", "6");
        await page.FillAsync("input[data-metric='total_output']", "440");
        await page.FillAsync("input[data-metric='projects_started']", "9");
        await BrowserSession.WaitForRenderAsync(page, 2);

        Assert.True(await page.Locator("#conditioning").IsVisibleAsync());
        Assert.True(await page.Locator("th.before-col").IsVisibleAsync());
        Assert.Equal("After", (await page.InnerTextAsync("#probability-head")).Trim());
        var before = await page.InnerTextAsync($"{OutputRow} td.before");
        var after = await page.InnerTextAsync($"{OutputRow} td.probability");
        // Before is the trials drawn, unweighted: the plain run's 2,000 and any more the nowcast drew.
        Assert.InRange(Percent(before), Percent(plain) - 0.03, Percent(plain) + 0.03);
        Assert.True(Percent(after) < Percent(before) - 0.2, $"after {after}, before {before}");
        var ess = double.Parse(await page.GetAttributeAsync("#conditioning", "data-ess") ?? "0", CultureInfo.InvariantCulture);
        Assert.InRange(ess, 1000, 20_000);
        Assert.Contains("effective sample size", await page.InnerTextAsync("#conditioning"));
        Assert.Contains("Jan–Jun 2024", await page.InnerTextAsync("#conditioning"));
        Assert.True(await page.Locator("#ess-warning").IsHiddenAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Artefacts, "observed.png"), FullPage = true });

        // The sliders still move the conditioned odds.
        await BrowserSession.MoveSliderAsync(page, "economy.shock.mean", 0.03);
        await BrowserSession.WaitForRenderAsync(page, 3);
        Assert.True(await page.Locator("#conditioning").IsVisibleAsync());
        Assert.NotEqual(after, await page.InnerTextAsync($"{OutputRow} td.probability"));

        await BrowserSession.MoveSliderAsync(page, "economy.shock.mean", 0);
        await BrowserSession.WaitForRenderAsync(page, 4);
        await page.ClickAsync("#observed-clear");
        await BrowserSession.WaitForRenderAsync(page, 5);
        Assert.True(await page.Locator("#conditioning").IsHiddenAsync());
        Assert.True(await page.Locator("th.before-col").IsHiddenAsync());
        Assert.Equal(plain, await page.InnerTextAsync($"{OutputRow} td.probability"));
        Assert.Equal("", await page.InputValueAsync("input[data-metric='total_output']"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Figures_far_from_every_trial_warn_that_the_ess_is_low_in_Chinese_too()
    {
        var page = await session.OpenAsync(app.BaseAddress);
        await page.SelectOptionAsync("#trials", "500");
        await BrowserSession.WaitForRenderAsync(page, 2);
        await page.SelectOptionAsync("#observed-month", "3");
        await page.SelectOptionAsync("select[data-metric='total_output']", "growth");
        await page.FillAsync("input[data-metric='total_output']", "-30");
        await BrowserSession.WaitForRenderAsync(page, 3);

        Assert.True(await page.Locator("#ess-warning").IsVisibleAsync());
        Assert.Contains("Below the minimum of 1,000", await page.InnerTextAsync("#ess-warning"));

        await page.ClickAsync("#lang-switch");
        Assert.Contains("今年已公布数据", await page.InnerTextAsync("#observed"));
        Assert.Contains("1–3月", await page.InnerTextAsync("#observed-month"));
        Assert.Contains("规上工业总产值", await page.InnerTextAsync("#observed-rows"));
        Assert.Equal("公布后", (await page.InnerTextAsync("#probability-head")).Trim());
        Assert.Contains("有效样本量", await page.InnerTextAsync("#conditioning"));
        Assert.Contains("低于最低要求", await page.InnerTextAsync("#ess-warning"));
        Assert.Equal("-30", await page.InputValueAsync("input[data-metric='total_output']"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_refused_figure_is_named_by_its_metric_beside_the_panel()
    {
        var page = await session.OpenAsync(app.BaseAddress);
        await page.FillAsync("input[data-metric='projects_started']", "2.5");
        await page.WaitForFunctionAsync("() => document.body.dataset.state === 'error'");
        var error = await page.InnerTextAsync("#observed-error");
        Assert.Contains("Projects started", error);
        Assert.Contains("whole number", error);
        Assert.Contains("invalid", await page.GetAttributeAsync(".observed-row[data-metric='projects_started']", "class") ?? "");
        await page.Context.CloseAsync();
    }
}
