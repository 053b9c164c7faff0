using System.Net;
using Microsoft.Playwright;
using Sihui.ChainSim.Web.Tests.Browser;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Serve;

/// <summary>In Chromium, against a real serve process: another page cannot save anything, and the own page works under the CSP.</summary>
[Collection(GuardedServeCollection.Name)]
public sealed class ServeBrowserTests(GuardedServe fixture, BrowserSession session) : IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task A_cross_origin_fetch_and_a_plain_form_from_another_local_page_save_nothing()
    {
        var sidecar = fixture.Folder.File("victim.variants.yaml");
        await using var foreign = await ForeignPage.StartAsync(fixture.Serve.BaseAddress, "victim");
        var context = await session.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(foreign.Address);
        await page.WaitForFunctionAsync("() => document.body.dataset.fetched !== undefined");
        var landed = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#go"), r => r.Url.EndsWith("/variants", StringComparison.Ordinal));
        Assert.Equal((int)HttpStatusCode.Forbidden, landed.Status);
        await context.CloseAsync();

        Assert.False(File.Exists(sidecar), "a variant was saved from another page");
        var detail = await (await fixture.Client.GetAsync("/api/scenarios/victim")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("_attack", detail);
    }

    [BrowserFact]
    public async Task The_page_itself_runs_and_saves_under_the_content_security_policy()
    {
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        var page = await context.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        var response = await page.GotoAsync(fixture.Serve.BaseAddress + "/?scenario=sihui-2024");
        Assert.Contains("default-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"]);
        await BrowserSession.WaitForRenderAsync(page, 1);
        var width = await page.EvaluateAsync<string>("() => document.querySelector('tr[data-target] .pbar i').style.width");
        Assert.EndsWith("%", width);

        // The own page may save: the same request the foreign page could not make.
        await BrowserSession.MoveSliderAsync(page, "industries.copper.price.drift", -0.1);
        await BrowserSession.WaitForRenderAsync(page, 2);
        await page.ClickAsync("#save-variant");
        await page.FillAsync("#save-name", "own_page");
        var saved = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#save-confirm"), r => r.Url.EndsWith("/variants", StringComparison.Ordinal));
        Assert.True(saved.Status == 201, $"{saved.Status}: {await saved.TextAsync()}");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#variant option')].some(o => o.value === 'own_page')");
        Assert.Contains("own_page", await File.ReadAllTextAsync(fixture.Folder.File("sihui-2024.variants.yaml")));
        Assert.Empty(refused);
        await context.CloseAsync();
    }
}
