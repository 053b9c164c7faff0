using System.Globalization;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class CompareViewTests(WebApp app, BrowserSession session) : IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task Baseline_against_the_moved_sliders_shows_a_difference_and_the_sliders_column_matches_the_run()
    {
        var page = await ViewPage.OpenAsync(session, app.BaseAddress + "?trials=500");
        await ViewPage.RerunAsync(page, () => BrowserSession.MoveSliderAsync(page, "economy.shock.mean", -0.05));
        var runProbability = (await page.InnerTextAsync("tr[data-target='output_2024'] td.probability")).Trim();

        await ViewPage.ShowAsync(page, "compare");
        Assert.Equal("~baseline", await page.InputValueAsync("#compare-columns select[data-column='0']"));
        Assert.Equal("~sliders", await page.InputValueAsync("#compare-columns select[data-column='1']"));
        await page.ClickAsync("#compare-run");
        await ViewPage.WaitForAsync(page, "compareState");

        var sliders = page.Locator("#compare-table tbody[data-target='output_2024'] tr[data-column='1']");
        var difference = double.Parse(await sliders.Locator("td.diff").GetAttributeAsync("data-value") ?? "", CultureInfo.InvariantCulture);
        Assert.True(difference < -0.05, $"a macro shock of -5% should cut the chance of the 2024 target by more than 5 points; got {difference}");
        Assert.Contains("pp", await sliders.Locator("td.diff").InnerTextAsync());
        // Same scenario, overrides, trials and seed: the sliders column is the run view's result.
        Assert.Equal(runProbability, (await sliders.Locator("td.probability").InnerTextAsync()).Trim());
        var baseline = page.Locator("#compare-table tbody[data-target='output_2024'] tr[data-column='0']");
        Assert.Equal("", (await baseline.Locator("td.diff").InnerTextAsync()).Trim());
        Assert.Equal(1, await page.Locator("#compare-chart svg").CountAsync());

        // The chart's text equivalent: a table, by keyboard.
        await page.FocusAsync(".table-toggle[data-chart='compare-chart']");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator("#compare-chart-table table").IsVisibleAsync());
        Assert.True(await page.Locator("#compare-chart").IsHiddenAsync());
        Assert.Contains(runProbability, await page.InnerTextAsync("#compare-chart-table"));
        await page.Context.CloseAsync();
    }
}
