using System.IO.Compression;
using System.Net;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

/// <summary>The page's downloads record what was run: the variant, every override (the sliders as source page) and time to target.</summary>
[Collection(WebAppCollection.Name)]
public sealed class DownloadTests(WebApp app)
{
    private const string Body = """{"trials": 200, "variant": "pessimistic", "set": {"economy.shock.mean": 0.01}}""";

    [Fact]
    public async Task Report_html_names_the_variant_and_lists_the_sliders()
    {
        var response = await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/report.html", Body);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("sihui-2024-report.html", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("pessimistic", html);
        Assert.Contains("economy.shock.mean", html);
        Assert.Contains(">page</td>", html);
    }

    [Fact]
    public async Task A_report_after_a_slider_move_is_not_called_the_baseline()
    {
        var markdown = await (await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/report?lang=en", """{"trials": 200, "set": {"economy.shock.mean": 0.01}}""")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("(baseline)", markdown);
        Assert.Contains("| Variant | (none; 1 value changed) |", markdown);
        Assert.Contains("economy.shock.mean", markdown);
    }

    [Fact]
    public async Task The_run_answer_gives_each_targets_P50_year_and_never_share()
    {
        var summary = await (await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/run", Body)).JsonAsync();
        Assert.Equal("pessimistic", summary.GetProperty("variant").GetString());
        var timings = summary.GetProperty("time_to_target").EnumerateArray().ToList();
        Assert.Equal(summary.GetProperty("targets").GetArrayLength(), timings.Count);
        foreach (var timing in timings)
        {
            var never = timing.GetProperty("never_share").GetDouble();
            Assert.InRange(never, 0, 1);
            // The P50 year exists exactly when at least half the trials meet the target by the end.
            Assert.Equal(never <= 0.5, timing.GetProperty("first_year_p50").ValueKind == System.Text.Json.JsonValueKind.Number);
        }
    }

    [Fact]
    public async Task A_download_comes_in_the_language_the_page_asks_for()
    {
        var zh = await (await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/report?lang=zh", Body)).Content.ReadAsStringAsync();
        var en = await (await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/report?lang=en", Body)).Content.ReadAsStringAsync();
        Assert.Contains("| 方案 |", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("| Variant |", zh, StringComparison.Ordinal);
        Assert.Contains("| Variant |", en, StringComparison.Ordinal);

        var bad = await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/report.html?lang=fr", Body);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"lang\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_xlsx_is_a_workbook_with_sheets_in_the_pages_language()
    {
        foreach (var (lang, sheet) in new[] { ("zh", "目标"), ("en", "targets") })
        {
            var response = await app.Client.PostJsonAsync($"/api/scenarios/sihui-2024/results.xlsx?lang={lang}", Body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("sihui-2024-results.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
            using var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
            Assert.Contains($"name=\"{sheet}\"", await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }
    }
}
