using System.Text.Json;
using Microsoft.Playwright;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Browser;

/// <summary>The "observed so far" panel reading a workbook, as <c>chainsim nowcast --observed OBS.xlsx</c> does.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ObservedUploadTests(WebApp app, BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string OutputRow = "tr[data-target='output_2024']";

    [BrowserFact]
    public async Task An_observations_workbook_conditions_the_run_with_the_apis_numbers_and_a_bad_cell_is_named_by_sheet_row_and_column()
    {
        var page = await session.OpenAsync(app.BaseAddress + "?trials=1000");
        string[] header = ["metric", "year", "through_month", "value", "growth_yoy"];
        var xlsx = Workbooks.Sheet("观测", header, ["total_output", 2024, 6, 440, null]);
        await page.SetInputFilesAsync("#observed-file", new FilePayload
        {
            Name = "obs.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = xlsx,
        });
        await BrowserSession.WaitForRenderAsync(page, 2);

        Assert.True(await page.Locator("#conditioning").IsVisibleAsync());
        Assert.Contains("obs.xlsx", await page.InnerTextAsync("#observed-file-name"));
        Assert.Contains("from obs.xlsx", await page.InnerTextAsync("#conditioning"));
        Assert.True(await page.Locator("input[data-metric='total_output']").IsDisabledAsync());
        var api = await (await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/run",
            JsonSerializer.Serialize(new { trials = 1000, observations_xlsx = Convert.ToBase64String(xlsx) }))).JsonAsync();
        var probability = api.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "output_2024").GetProperty("probability").GetDouble();
        Assert.Equal((probability * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%",
            (await page.InnerTextAsync($"{OutputRow} td.probability")).Trim());

        // A month the reader refuses: the message gives the workbook's sheet, row and column.
        var bad = Workbooks.Sheet("观测", header, ["total_output", 2024, 13, 440, null]);
        await page.SetInputFilesAsync("#observed-file", new FilePayload { Name = "bad.xlsx", MimeType = "application/octet-stream", Buffer = bad });
        await page.WaitForFunctionAsync("() => document.body.dataset.state === 'error'");
        Assert.Contains("sheet 观测, row 2, column C: through_month", await page.InnerTextAsync("#observed-error"));

        // Clear drops the file: the plain run again, and the fields can be typed in.
        await page.ClickAsync("#observed-clear");
        await page.WaitForFunctionAsync("() => document.body.dataset.state === 'ready'");
        Assert.True(await page.Locator("#conditioning").IsHiddenAsync());
        Assert.False(await page.Locator("input[data-metric='total_output']").IsDisabledAsync());
        Assert.Equal("", await page.InnerTextAsync("#observed-file-name"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Typed_figures_and_a_file_travel_in_the_link_and_a_copy_shows_the_same_numbers()
    {
        var page = await session.OpenAsync(app.BaseAddress + "?trials=1000");
        await page.SelectOptionAsync("#observed-month", "6");
        await page.FillAsync("input[data-metric='total_output']", "440");
        await BrowserSession.WaitForRenderAsync(page, 2);
        Assert.Contains("o.total_output=440", page.Url);
        Assert.Contains("om=6", page.Url);
        var typed = await page.InnerTextAsync("#target-rows");
        var typedLink = page.Url;

        string[] header = ["metric", "year", "through_month", "value", "growth_yoy"];
        await page.ClickAsync("#observed-clear");
        await BrowserSession.WaitForRenderAsync(page, 3);
        await page.SetInputFilesAsync("#observed-file", new FilePayload
        {
            Name = "obs.xlsx", MimeType = "application/octet-stream", Buffer = Workbooks.Sheet("观测", header, ["total_output", 2024, 6, 520, null]),
        });
        await BrowserSession.WaitForRenderAsync(page, 4);
        Assert.Contains("of=x", page.Url);
        var fromFile = await page.InnerTextAsync("#target-rows");
        var fileLink = page.Url;
        await page.Context.CloseAsync();

        foreach (var (link, numbers) in new[] { (typedLink, typed), (fileLink, fromFile) })
        {
            var copy = await session.OpenAsync(link);
            Assert.True(await copy.Locator("#conditioning").IsVisibleAsync());
            Assert.Equal(numbers, await copy.InnerTextAsync("#target-rows"));
            Assert.Equal(link, copy.Url);
            await copy.Context.CloseAsync();
        }
        Assert.NotEqual(typed, fromFile);
    }
}
