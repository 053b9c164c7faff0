using Microsoft.Playwright;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Browser;

[Collection(WebAppCollection.Name)]
public sealed class PageTests(WebApp app, BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string OutputTarget = "tr[data-target='output_2024'] td.probability";

    [BrowserFact]
    public async Task Moving_a_slider_changes_the_probability_on_the_page()
    {
        var page = await session.OpenAsync(app.BaseAddress);
        var before = await page.InnerTextAsync(OutputTarget);
        Assert.EndsWith("%", before.Trim());
        Assert.Equal(18, await page.Locator("#sliders input[type=range]").CountAsync());

        await BrowserSession.MoveSliderAsync(page, "economy.shock.mean", -0.05);
        await BrowserSession.WaitForRenderAsync(page, 2);
        var after = await page.InnerTextAsync(OutputTarget);
        Assert.NotEqual(before, after);
        Assert.Contains("changed", await page.Locator("input[data-path='economy.shock.mean'] >> xpath=..").GetAttributeAsync("class") ?? "");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Artefacts, "slider-moved.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_growth_target_shows_its_threshold_and_median_as_percentages()
    {
        var file = Path.Combine(app.Folder, "growth.yaml");
        await File.WriteAllTextAsync(file, """
            scenario: growth
            base_year: 2024
            end_year: 2026
            trials: 200
            industries:
              - {id: copper, value_added_ratio: 0.2}
            enterprises:
              - {id: jintian, industry: copper, output: 100, growth: 0.07}
            targets:
              - {id: va, metric: growth:value_added, year: 2025, at_least: 0.06}
            """);
        try
        {
            var page = await session.OpenAsync(app.BaseAddress);
            var count = await BrowserSession.RenderCountAsync(page);
            await page.SelectOptionAsync("#scenario-picker", "growth");
            await BrowserSession.WaitForRenderAsync(page, count + 1);
            var cells = await page.Locator("tr[data-target='va'] td").AllInnerTextsAsync();
            Assert.Equal("≥ 6.0%", cells[2].Trim());
            Assert.Equal("100.0%", cells[3].Trim());
            Assert.Equal("7.0%", cells[5].Trim());
            await page.Context.CloseAsync();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [BrowserFact]
    public async Task The_page_shows_the_checkers_warnings_for_a_scenario_that_has_them()
    {
        var file = Path.Combine(app.Folder, "warned.yaml");
        await File.WriteAllTextAsync(file, """
            scenario: warned
            base_year: 2024
            end_year: 2030
            trials: 200
            industries:
              - id: copper
            enterprises:
              - id: jintian
                industry: copper
                output: 100
                growth: 8
            targets:
              - {id: t, metric: total_output, year: 2030, at_least: 1}
            """);
        try
        {
            var page = await session.OpenAsync(app.BaseAddress);
            Assert.True(await page.Locator("#warnings").IsHiddenAsync());
            var count = await BrowserSession.RenderCountAsync(page);
            await page.SelectOptionAsync("#scenario-picker", "warned");
            await BrowserSession.WaitForRenderAsync(page, count + 1);
            await page.WaitForFunctionAsync("() => !document.getElementById('warnings').hidden");
            Assert.Contains("warned.yaml:11: enterprises.jintian.growth: growth averages 800% a year", await page.InnerTextAsync("#warning-list"));
            await page.Context.CloseAsync();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [BrowserFact]
    public async Task Picking_a_variant_moves_its_sliders_and_reruns()
    {
        var page = await session.OpenAsync(app.BaseAddress);
        var before = await page.InnerTextAsync(OutputTarget);
        await page.SelectOptionAsync("#variant", "pessimistic");
        await BrowserSession.WaitForRenderAsync(page, 2);
        Assert.NotEqual(before, await page.InnerTextAsync(OutputTarget));
        Assert.Equal("-0.02", await page.InputValueAsync("input[data-path='economy.shock.mean']"));
        Assert.Contains("Weak demand", await page.InnerTextAsync("#variant-description"));

        await page.ClickAsync("#reset");
        await BrowserSession.WaitForRenderAsync(page, 3);
        Assert.Equal(before, await page.InnerTextAsync(OutputTarget));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_saved_variant_is_listed_after_a_reload()
    {
        var name = "page_" + Guid.NewGuid().ToString("N")[..8];
        var page = await session.OpenAsync(app.BaseAddress);
        await BrowserSession.MoveSliderAsync(page, "industries.copper.price.drift", -0.1);
        await BrowserSession.WaitForRenderAsync(page, 2);
        await page.ClickAsync("#save-variant");
        await page.FillAsync("#save-name", name);
        await page.FillAsync("#save-description", "copper slides");
        await page.ClickAsync("#save-confirm");
        await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('#variant option')].some(o => o.value === '{name}')");

        await page.ReloadAsync();
        await BrowserSession.WaitForRenderAsync(page, 1);
        var options = await page.Locator("#variant option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.Contains(name, options);
        await page.SelectOptionAsync("#variant", name);
        await BrowserSession.WaitForRenderAsync(page, 2);
        Assert.Equal("-0.1", await page.InputValueAsync("input[data-path='industries.copper.price.drift']"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_language_switch_shows_Chinese_labels_and_keeps_the_results()
    {
        var page = await session.OpenAsync(app.BaseAddress);
        Assert.Contains("Macro shock mean", await page.InnerTextAsync("#sliders"));
        await page.ClickAsync("#lang-switch");
        Assert.Contains("宏观经济冲击（均值）", await page.InnerTextAsync("#sliders"));
        Assert.Contains("全部目标同时实现", await page.InnerTextAsync(".all-targets"));
        Assert.Contains("规上工业总产值", await page.InnerTextAsync("#target-rows"));
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Artefacts, "serve-zh.png") });

        await page.ReloadAsync();
        await BrowserSession.WaitForRenderAsync(page, 1);
        Assert.Contains("宏观经济冲击（均值）", await page.InnerTextAsync("#sliders"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Screenshot_of_the_page()
    {
        var page = await session.OpenAsync(app.BaseAddress);
        await BrowserSession.MoveSliderAsync(page, "projects.jintian_phase2.start_probability", 0.6);
        await BrowserSession.WaitForRenderAsync(page, 2);
        var path = Path.Combine(TestPaths.Artefacts, "serve.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000);
        if (Environment.GetEnvironmentVariable("CHAINSIM_UPDATE_DOCS_SCREENSHOT") == "1")
        {
            var docs = Path.Combine(RepositoryPaths.Root, "docs", "images");
            Directory.CreateDirectory(docs);
            File.Copy(path, Path.Combine(docs, "serve.png"), overwrite: true);
        }
        await page.Context.CloseAsync();
    }
}
