using System.Text.Json;
using System.Text.RegularExpressions;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Browser;

[Collection(WebAppCollection.Name)]
public sealed partial class CalibrationViewTests(WebApp app, BrowserSession session) : IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task The_calibration_view_shows_the_history_against_the_fitted_fan_and_the_parameters_in_Chinese()
    {
        var page = await ViewPage.OpenAsync(session, app.BaseAddress + "?trials=200&seed=4&view=calibration&lang=zh", locale: "zh-CN");
        Assert.True(await page.IsVisibleAsync("#view-calibration"));
        await page.ClickAsync("#cal-shipped");
        await ViewPage.WaitForAsync(page, "calState");
        Assert.Contains("view=calibration", page.Url);

        // The fan with the history drawn on it as marks, and its table as the text equivalent.
        Assert.Equal(1, await page.Locator("#cal-chart svg polygon:not(.history-point)").CountAsync());
        Assert.True(await page.Locator("#cal-chart .history-point").CountAsync() >= 1);
        await page.ClickAsync("button[data-chart=cal-chart]");
        Assert.True(await page.IsVisibleAsync("#cal-chart-table table"));
        Assert.True(await page.Locator("#cal-chart-table tbody tr").CountAsync() >= 1);

        // The fitted parameters, the same as the API gives for the same trials and seed.
        var response = await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/calibrate", """{"trials": 200, "seed": 4}""");
        using var fit = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var parameters = fit.RootElement.GetProperty("parameters").EnumerateArray().ToList();
        Assert.Equal(parameters.Count, await page.Locator("#cal-params tbody tr").CountAsync());

        // No English words but ids, paths and file names (the notes of the fit are the library's, folded away).
        var text = await page.EvaluateAsync<string>("""
            () => { const b = document.getElementById('lang-switch'); return document.getElementById('view-calibration').innerText.split(b.innerText).join(' '); }
            """);
        var own = parameters.Select(p => p.GetProperty("path").GetString()!)
            .Concat(fit.RootElement.GetProperty("level_backcast").GetProperty("series").EnumerateArray().Select(s => s.GetProperty("id").GetString()!))
            .Append(fit.RootElement.GetProperty("history").GetString()!);
        foreach (var id in own.Where(s => s.Length > 0).OrderByDescending(s => s.Length))
        {
            text = text.Replace(id, " ", StringComparison.Ordinal);
        }
        var english = EnglishWord().Matches(text).Select(m => m.Value).Where(w => w is not ("P10" or "P50" or "P90" or "CSV")).Distinct().ToList();
        Assert.True(english.Count == 0, $"English left on the Chinese calibration view: {string.Join(", ", english)}");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("[A-Za-z]{2,}[0-9]*")]
    private static partial Regex EnglishWord();
}
