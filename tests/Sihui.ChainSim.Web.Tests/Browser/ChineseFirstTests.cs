using System.Text.Json;
using System.Text.RegularExpressions;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Browser;

[Collection(WebAppCollection.Name)]
public sealed partial class ChineseFirstTests(WebApp app, BrowserSession session) : IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task The_page_opens_in_Chinese_unless_the_browser_asks_for_English()
    {
        var zh = await ViewPage.OpenAsync(session, app.BaseAddress, locale: "zh-CN");
        Assert.Equal("zh-CN", await zh.GetAttributeAsync("html", "lang"));
        Assert.Contains("全部目标同时实现", await zh.InnerTextAsync(".all-targets"));
        await zh.Context.CloseAsync();

        var en = await ViewPage.OpenAsync(session, app.BaseAddress, locale: "en-GB");
        Assert.Equal("en", await en.GetAttributeAsync("html", "lang"));
        Assert.Contains("All targets at once", await en.InnerTextAsync(".all-targets"));
        await en.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task After_the_switch_to_Chinese_no_English_is_left_on_any_view_apart_from_ids_and_units()
    {
        var page = await ViewPage.OpenAsync(session, app.BaseAddress + "?trials=200");
        await ViewPage.RerunAsync(page, () => BrowserSession.MoveSliderAsync(page, "economy.shock.mean", -0.01));
        await ViewPage.ShowAsync(page, "compare");
        await page.ClickAsync("#compare-run");
        await ViewPage.WaitForAsync(page, "compareState");
        await page.ClickAsync("#explain-run");
        await ViewPage.WaitForAsync(page, "explainState");
        await ViewPage.ShowAsync(page, "sensitivity");
        await page.ClickAsync("#sens-run");
        await ViewPage.WaitForAsync(page, "sensState");
        await ViewPage.ShowAsync(page, "goal");
        await page.SelectOptionAsync("#goal-param", "industries.copper.price.drift");
        await page.ClickAsync("#goal-run");
        await ViewPage.WaitForAsync(page, "goalState");

        await page.ClickAsync("#lang-switch");
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("lang=zh", page.Url);

        // The scenario's own labels are shown whole as the file writes them ("铜 Copper"), unless it gives name_zh: they
        // are the planners' data, not the page's words. Ids (variant names, paths) and file names are not words either.
        using var detail = JsonDocument.Parse(await app.Client.GetStringAsync("/api/scenarios/sihui-2024"));
        var root = detail.RootElement;
        var data = new List<string> { root.GetProperty("name").GetString()!, root.GetProperty("scenario").GetString()! };
        foreach (var list in new[] { "industries", "parks", "targets", "observable" })
        {
            foreach (var item in root.GetProperty(list).EnumerateArray())
            {
                data.Add(Shown(item));
                if (item.TryGetProperty("id", out var id)) data.Add(id.GetString()!);
                if (item.TryGetProperty("metric", out var metric)) data.Add(metric.GetString()!);
            }
        }
        foreach (var variant in root.GetProperty("variants").EnumerateArray())
        {
            data.Add(variant.GetProperty("name").GetString()!);
            data.Add(variant.GetProperty("description").GetString() ?? "");
        }
        data.AddRange(root.GetProperty("tunables").EnumerateArray().Select(t => t.GetProperty("path").GetString()!));
        // The scenario picker lists the served files by their ids.
        using var served = JsonDocument.Parse(await app.Client.GetStringAsync("/api/scenarios"));
        data.AddRange(served.RootElement.EnumerateArray().Select(s => s.GetProperty("name").GetString()!));

        foreach (var view in new[] { "run", "compare", "sensitivity", "goal" })
        {
            await ViewPage.ShowAsync(page, view);
            var text = await page.EvaluateAsync<string>("""
                () => { const b = document.getElementById('lang-switch'); return document.body.innerText.split(b.innerText).join(' '); }
                """);
            foreach (var own in data.Where(s => s.Length > 0).OrderByDescending(s => s.Length))
            {
                text = text.Replace(own, " ", StringComparison.Ordinal);
            }
            var english = EnglishWord().Matches(text).Select(m => m.Value).Where(w => !Allowed.Contains(w)).Distinct().ToList();
            Assert.True(english.Count == 0, $"English left on the Chinese {view} view: {string.Join(", ", english)}");
        }
        Assert.Equal("English", (await page.InnerTextAsync("#lang-switch")).Trim());
        await page.Context.CloseAsync();
    }

    // Units and symbols a Chinese planner reads as they are.
    private static readonly HashSet<string> Allowed = ["sihui"];

    private static string Shown(JsonElement item) =>
        item.TryGetProperty("name_zh", out var zh) && zh.ValueKind == JsonValueKind.String ? zh.GetString()!
        : item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : "";

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();
}
