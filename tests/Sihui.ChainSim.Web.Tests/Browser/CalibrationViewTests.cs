using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
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

        // No English words but ids, paths and file names (the notes of the fit stay folded here; the next test opens them).
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

    [BrowserFact]
    public async Task The_notes_of_the_fit_are_in_the_pages_language_with_no_English_word_in_Chinese()
    {
        // The shipped history, and Tongyu with one growth observation: it takes electronics' fit, and its parameters say so.
        var csv = await File.ReadAllTextAsync(Path.Combine(app.Folder, "history", "sihui-history.csv"))
            + "enterprise_output,tongyu,2022,5\nenterprise_output,tongyu,2023,5.4\n";
        var page = await ViewPage.OpenAsync(session, app.BaseAddress + "?trials=200&seed=4&view=calibration&lang=zh", locale: "zh-CN");
        await page.SetInputFilesAsync("#cal-file", new FilePayload { Name = "history.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await ViewPage.WaitForAsync(page, "calState");
        await page.ClickAsync("#cal-notes-box summary");

        var response = await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/calibrate", JsonSerializer.Serialize(new { history = csv, trials = 200, seed = 4 }));
        using var fit = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = fit.RootElement;
        var codes = root.GetProperty("note_codes").EnumerateArray().Concat(root.GetProperty("level_backcast").GetProperty("note_codes").EnumerateArray()).ToList();
        Assert.Contains(codes, c => c.GetProperty("code").GetString() == "firm_takes_industry");
        var noted = root.GetProperty("parameters").EnumerateArray().Where(p => p.GetProperty("note_code").ValueKind == JsonValueKind.Object).ToList();
        Assert.NotEmpty(noted);

        var zhNotes = await page.Locator("#cal-notes li").AllInnerTextsAsync();
        Assert.Equal(codes.Count, zhNotes.Count);
        var zhCells = await page.Locator("#cal-params tbody tr td:last-child").AllInnerTextsAsync();
        Assert.Contains(zhCells, c => c.Contains("electronics", StringComparison.Ordinal) && c.Contains("采用", StringComparison.Ordinal));

        // Ids, paths, file names and the library's own messages are not words: every string a note carries as a value.
        var own = codes.Concat(noted.Select(p => p.GetProperty("note_code")))
            .SelectMany(c => c.GetProperty("values").EnumerateObject().Select(v => v.Value))
            .SelectMany(v => v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : new[] { v }.AsEnumerable())
            .Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
            .Where(v => v is not ("total_output" or "value_added" or "enterprise_output" or "price_index" or "industry_output" or "indicator"))
            .Concat(root.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("path").GetString()!))
            .Append(root.GetProperty("history").GetString()!);
        var text = string.Join("\n", zhNotes.Concat(zhCells));
        foreach (var id in own.Where(s => s.Length > 0).OrderByDescending(s => s.Length))
        {
            text = text.Replace(id, " ", StringComparison.Ordinal);
        }
        var english = EnglishWord().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(english.Count == 0, $"English left in the Chinese notes: {string.Join(", ", english)}");

        // In English the page words each note as the JSON's text fields do.
        await page.ClickAsync("#lang-switch");
        var enNotes = await page.Locator("#cal-notes li").AllInnerTextsAsync();
        var texts = root.GetProperty("notes").EnumerateArray().Concat(root.GetProperty("level_backcast").GetProperty("notes").EnumerateArray()).Select(n => n.GetString()!).ToList();
        Assert.Equal(texts, enNotes);
        var enCells = await page.Locator("#cal-params tbody tr td:last-child").AllInnerTextsAsync();
        Assert.Contains(noted[0].GetProperty("note").GetString(), enCells);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("[A-Za-z]{2,}[0-9]*")]
    private static partial Regex EnglishWord();
}
