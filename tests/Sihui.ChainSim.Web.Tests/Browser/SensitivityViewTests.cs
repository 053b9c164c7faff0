using System.Text.Json;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class SensitivityViewTests(WebApp app, BrowserSession session) : IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task The_tornado_streams_one_bar_at_a_time_always_in_order_of_size()
    {
        var page = await ViewPage.OpenAsync(session, app.BaseAddress + "?trials=200&view=sensitivity");
        await page.SelectOptionAsync("#sens-target", "output_2024");
        await page.ClickAsync("#sens-run");
        await ViewPage.WaitForAsync(page, "sensState");

        // Every frame the page drew while the stream came in: the probability effects of the bars, top to bottom.
        var frames = await page.EvaluateAsync<JsonElement>("() => window.__chainsim.tornado.frames");
        var streamed = frames.EnumerateArray().Select(f => f.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToList();
        Assert.Equal(18, streamed.Count);
        for (var i = 0; i < streamed.Count; i++)
        {
            Assert.Equal(i + 1, streamed[i].Length);
            for (var k = 1; k < streamed[i].Length; k++)
            {
                Assert.True(Math.Abs(streamed[i][k - 1]) >= Math.Abs(streamed[i][k]), $"frame {i + 1}: bar {k + 1} is larger than bar {k}");
            }
        }

        var drawn = await page.Locator("#tornado li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.path)");
        Assert.Equal(18, drawn.Length);
        Assert.Equal("industries.copper.price.drift", drawn[0]);
        var effects = await page.Locator("#tornado li").EvaluateAllAsync<double[]>("items => items.map(li => Math.abs(Number(li.dataset.effect)))");
        Assert.Equal(effects.OrderByDescending(e => e), effects);
        Assert.True(await page.Locator("#sens-cancel").IsDisabledAsync());
        Assert.Contains("18 bars", await page.InnerTextAsync("#sens-status"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Cancel_stops_the_tornado_and_says_how_far_it_got()
    {
        var page = await ViewPage.OpenAsync(session, app.BaseAddress + "?trials=5000&view=sensitivity");
        await page.ClickAsync("#sens-run");
        await page.WaitForFunctionAsync("() => !document.getElementById('sens-cancel').disabled");
        await page.ClickAsync("#sens-cancel");
        await page.WaitForFunctionAsync("() => document.body.dataset.sensState === 'cancelled'");
        Assert.Contains("Cancelled after", await page.InnerTextAsync("#sens-status"));
        Assert.False(await page.Locator("#sens-run").IsDisabledAsync());
        await page.Context.CloseAsync();
    }
}
