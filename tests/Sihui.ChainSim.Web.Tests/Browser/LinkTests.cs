using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class LinkTests(WebApp app, BrowserSession session) : IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task A_copied_link_opens_a_new_page_with_the_same_inputs_and_the_same_numbers()
    {
        var page = await ViewPage.OpenAsync(session, app.BaseAddress);
        await ViewPage.RerunAsync(page, () => page.SelectOptionAsync("#variant", "pessimistic"));
        await ViewPage.RerunAsync(page, () => BrowserSession.MoveSliderAsync(page, "industries.copper.price.drift", 0.05));
        await ViewPage.RerunAsync(page, () => page.SelectOptionAsync("#trials", "500"));
        await ViewPage.RerunAsync(page, async () =>
        {
            await page.FillAsync("#seed", "7");
            await page.DispatchEventAsync("#seed", "change");
        });
        await ViewPage.ShowAsync(page, "compare");
        await page.SelectOptionAsync("#compare-columns select[data-column='1']", "optimistic");
        await page.ClickAsync("#compare-add");
        await page.SelectOptionAsync("#compare-columns select[data-column='2']", "~sliders");
        await page.ClickAsync("#compare-run");
        await ViewPage.WaitForAsync(page, "compareState");
        var runNumbers = await page.InnerTextAsync("#target-rows");
        var compareNumbers = await page.InnerTextAsync("#compare-table");
        var status = await page.InnerTextAsync("#status");
        Assert.Contains("seed 7", status);

        var link = page.Url;
        Assert.Contains("variant=pessimistic", link);
        Assert.Contains("set.industries.copper.price.drift=0.05", link);
        Assert.Contains("trials=500", link);
        Assert.Contains("seed=7", link);
        Assert.Contains("view=compare", link);
        Assert.Contains("lang=en", link);
        await page.Context.CloseAsync();

        // A new browser context: nothing in storage, only the link.
        var copy = await ViewPage.OpenAsync(session, link, locale: "zh-CN");
        await ViewPage.WaitForAsync(copy, "compareState");
        Assert.Equal("en", await copy.GetAttributeAsync("html", "lang"));
        Assert.True(await copy.Locator("#view-compare").IsVisibleAsync());
        Assert.Equal("true", await copy.GetAttributeAsync("#tab-compare", "aria-selected"));
        Assert.Equal("pessimistic", await copy.InputValueAsync("#variant"));
        Assert.Equal("0.05", await copy.InputValueAsync("input[data-path='industries.copper.price.drift']"));
        Assert.Equal("-0.02", await copy.InputValueAsync("input[data-path='economy.shock.mean']"));
        Assert.Equal("500", await copy.InputValueAsync("#trials"));
        Assert.Equal("7", await copy.InputValueAsync("#seed"));
        Assert.Equal(["~baseline", "optimistic", "~sliders"],
            await copy.Locator("#compare-columns select").EvaluateAllAsync<string[]>("s => s.map(x => x.value)"));
        Assert.Equal(runNumbers, await copy.InnerTextAsync("#target-rows"));
        Assert.Equal(compareNumbers, await copy.InnerTextAsync("#compare-table"));
        Assert.Equal(link, copy.Url);
        await copy.Context.CloseAsync();
    }
}
