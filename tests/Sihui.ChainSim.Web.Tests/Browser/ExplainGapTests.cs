using System.Globalization;
using Microsoft.Playwright;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class ExplainGapTests(WebApp app, BrowserSession session) : IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task The_gap_between_two_columns_is_split_into_parts_that_sum_to_the_total()
    {
        var page = await ViewPage.OpenAsync(session, app.BaseAddress + "?trials=500&view=compare");
        await page.SelectOptionAsync("#compare-columns select[data-column='1']", "pessimistic");
        await page.ClickAsync("#compare-run");
        await ViewPage.WaitForAsync(page, "compareState");
        await page.SelectOptionAsync("#explain-from", "0");
        await page.SelectOptionAsync("#explain-to", "1");
        await page.SelectOptionAsync("#explain-target", "output_2025_plan");
        await page.ClickAsync("#explain-run");
        await ViewPage.WaitForAsync(page, "explainState");

        foreach (var split in new[] { "assumption", "park", "industry" })
        {
            var section = page.Locator($"#explain-result .gap-split[data-split='{split}']");
            var parts = await section.Locator("tbody tr.part").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.value)");
            Assert.NotEmpty(parts);
            var total = Number(await section.Locator("tfoot tr.total").GetAttributeAsync("data-value"));
            Assert.True(total < 0, $"pessimistic lowers 2025 output; the {split} total is {total}");
            var sum = parts.Where(p => p != "").Sum(Number);
            Assert.True(Math.Abs(sum - total) <= 1e-6 * Math.Max(1, Math.Abs(total)), $"{split}: parts sum to {sum}, total {total}");
        }
        var headline = await page.InnerTextAsync("#explain-result .gap-sentences p.headline");
        Assert.Contains("“pessimistic” takes away", headline);
        Assert.Contains("in 2025", headline);
        Assert.Contains("By park:", await page.InnerTextAsync("#explain-result .gap-sentences"));
        await page.Context.CloseAsync();
    }

    private static double Number(string? text) => double.Parse(text ?? "", CultureInfo.InvariantCulture);
}
