using Microsoft.Playwright;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Browser;

/// <summary>The calibration view with an uploaded history: an .xlsx fitted, the upload carried in the link, and the fit saved as a variant.</summary>
[Collection(WebAppCollection.Name)]
public sealed class CalibrationUploadTests(WebApp app, BrowserSession session) : IClassFixture<BrowserSession>
{
    private async Task<string> HistoryCsvAsync() => await File.ReadAllTextAsync(Path.Combine(app.Folder, "history", "sihui-history.csv"));

    private static Task UploadAsync(IPage page, string selector, string name, string mime, byte[] bytes) =>
        page.SetInputFilesAsync(selector, new FilePayload { Name = name, MimeType = mime, Buffer = bytes });

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BrowserFact]
    public async Task An_uploaded_workbook_is_fitted_and_a_copied_link_shows_the_same_numbers()
    {
        var page = await ViewPage.OpenAsync(session, app.BaseAddress + "?trials=200&seed=4&view=calibration");
        var xlsx = Workbooks.FromCsv("历史", (await HistoryCsvAsync()).Replace("enterprise_output,fuji,2023,13.15", "enterprise_output,fuji,2023,26.3"));
        await UploadAsync(page, "#cal-file", "fuji-doubled.xlsx", XlsxType, xlsx);
        await ViewPage.WaitForAsync(page, "calState");
        Assert.Contains("fuji-doubled.xlsx", await page.InnerTextAsync("#cal-source"));
        Assert.Contains("history.xlsx", await page.InnerTextAsync("#cal-footer"));
        var parameters = await page.InnerTextAsync("#cal-params");
        var chart = await page.InnerTextAsync("#cal-chart-table");
        Assert.Contains("hist=x", page.Url);
        Assert.Contains("histname=fuji-doubled.xlsx", page.Url);
        Assert.Contains("ran=1", page.Url);

        // The same fit as the API gives for the same file: the doubled 2023 raises fuji's growth.
        var api = await (await app.Client.PostJsonAsync(Api.CalibrateApiTests.Calibrate,
            System.Text.Json.JsonSerializer.Serialize(new { history_xlsx = Convert.ToBase64String(xlsx), trials = 200, seed = 4 }))).JsonAsync();
        Assert.Equal(api.GetProperty("parameters").GetArrayLength(), await page.Locator("#cal-params tbody tr").CountAsync());
        var link = page.Url;
        await page.Context.CloseAsync();

        // A new browser context: nothing in storage, only the link.
        var copy = await ViewPage.OpenAsync(session, link);
        await ViewPage.WaitForAsync(copy, "calState");
        Assert.Contains("fuji-doubled.xlsx", await copy.InnerTextAsync("#cal-source"));
        Assert.Equal(parameters, await copy.InnerTextAsync("#cal-params"));
        Assert.Equal(chart, await copy.InnerTextAsync("#cal-chart-table"));
        Assert.Equal(link, copy.Url);
        await copy.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_csv_too_large_for_a_link_says_so_and_a_copied_link_asks_for_the_file_again()
    {
        var page = await ViewPage.OpenAsync(session, app.BaseAddress + "?trials=100&view=calibration");
        // Comment lines of digits that do not compress: the history itself is the shipped one.
        var noise = string.Join("\n", Enumerable.Range(0, 600).Select(i => "# " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))));
        await UploadAsync(page, "#cal-file", "big.csv", "text/csv", System.Text.Encoding.UTF8.GetBytes(noise + "\n" + await HistoryCsvAsync()));
        await ViewPage.WaitForAsync(page, "calState");
        Assert.Contains("too large", await page.InnerTextAsync("#cal-link-note"));
        Assert.Contains("hist=-", page.Url);
        var link = page.Url;
        await page.Context.CloseAsync();

        var copy = await ViewPage.OpenAsync(session, link);
        Assert.Contains("big.csv", await copy.InnerTextAsync("#cal-source"));
        Assert.Contains("choose the file again", await copy.InnerTextAsync("#cal-source"));
        Assert.True(await copy.Locator("#cal-card").IsHiddenAsync());
        await copy.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_fit_is_saved_as_a_variant_that_run_and_compare_can_pick()
    {
        var page = await ViewPage.OpenAsync(session, app.BaseAddress + "?trials=200&view=calibration");
        await page.ClickAsync("#cal-shipped");
        await ViewPage.WaitForAsync(page, "calState");
        var name = "fit_" + Guid.NewGuid().ToString("N")[..8];
        await page.FillAsync("#cal-save-name", name);
        await page.ClickAsync("#cal-save");
        await page.WaitForFunctionAsync($"() => document.body.dataset.calSaved === '{name}'");
        Assert.Contains(name, await page.InnerTextAsync("#cal-save-status"));

        // Listed under Variant, and it runs there.
        await ViewPage.ShowAsync(page, "run");
        Assert.Equal(1, await page.Locator($"#variant option[value='{name}']").CountAsync());
        await ViewPage.RerunAsync(page, () => page.SelectOptionAsync("#variant", name));
        Assert.Contains(name, page.Url);

        // And as a column in Compare.
        await ViewPage.ShowAsync(page, "compare");
        Assert.Equal(1, await page.Locator($"#compare-columns select[data-column='1'] option[value='{name}']").CountAsync());
        await page.SelectOptionAsync("#compare-columns select[data-column='1']", name);
        await page.ClickAsync("#compare-run");
        await ViewPage.WaitForAsync(page, "compareState");
        Assert.Contains(name, await page.InnerTextAsync("#compare-table"));
        await page.Context.CloseAsync();
    }
}
