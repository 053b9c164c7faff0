using Microsoft.Playwright;

namespace Sihui.ChainSim.Web.Tests.Browser;

/// <summary>Opening the page in a chosen language and size, and waiting for its views (compare, sensitivity, goal-seek).</summary>
public static class ViewPage
{
    /// <summary>A fresh context (its own storage), the browser asking for <paramref name="locale"/>; waits for the first run.</summary>
    public static async Task<IPage> OpenAsync(BrowserSession session, string url, string locale = "en-US", int width = 1440, int height = 1000)
    {
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(url);
        await BrowserSession.WaitForRenderAsync(page, 1);
        return page;
    }

    public static Task ShowAsync(IPage page, string view) => page.ClickAsync($"#tab-{view}");

    /// <summary>Waits until a view's job (body data-compare-state, data-sens-state, …) is done, and fails at once on an error.</summary>
    public static async Task WaitForAsync(IPage page, string stateKey)
    {
        await page.WaitForFunctionAsync($"() => ['ready', 'error'].includes(document.body.dataset.{stateKey})");
        var state = await page.EvaluateAsync<string>($"() => document.body.dataset.{stateKey}");
        if (state != "ready")
        {
            var status = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('.status')].map(s => s.textContent).join(' | ')");
            throw new Xunit.Sdk.XunitException($"{stateKey} is {state}: {status}");
        }
    }

    /// <summary>Waits for the run view's next final render after <paramref name="change"/>.</summary>
    public static async Task RerunAsync(IPage page, Func<Task> change)
    {
        var count = await BrowserSession.RenderCountAsync(page);
        await change();
        await BrowserSession.WaitForRenderAsync(page, count + 1);
    }
}
