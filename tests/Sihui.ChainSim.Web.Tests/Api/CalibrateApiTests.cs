using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Sihui.ChainSim.Web.Runs;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

/// <summary><c>POST /calibrate</c> on the Sihui scenario: the CLI's numbers, bad fields, a bad history line.</summary>
[Collection(WebAppCollection.Name)]
public sealed class CalibrateApiTests(WebApp app)
{
    public const string Calibrate = "/api/scenarios/sihui-2024/calibrate";

    [Fact]
    public async Task The_shipped_history_gives_the_numbers_of_chainsim_calibrate_json_with_the_same_seed()
    {
        // Other tests save variants (a fit too) into the same sidecar: what matters is that calibrate adds none.
        var sidecar = File.Exists(app.Sidecar) ? await File.ReadAllBytesAsync(app.Sidecar) : null;
        var response = await app.Client.PostJsonAsync(Calibrate, """{"trials": 300, "seed": 9}""");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var web = JsonNode.Parse(text)!.AsObject();

        // The CLI on its own copy of the scenario, so its sidecar goes nowhere that matters.
        using (var calibrated = await CliCalibration.RunAsync(app, "--trials", "300", "--seed", "9"))
        {
            var cli = JsonNode.Parse(calibrated.Stdout)!.AsObject();
            foreach (var key in new[] { "parameters", "industries", "firms", "notes", "level_backcast", "level_backcast_skipped" })
            {
                Assert.Equal(cli[key]?.ToJsonString(), web[key]?.ToJsonString());
            }
        }
        Assert.Contains(web["parameters"]!.AsArray(), p => p!["path"]!.GetValue<string>() == "enterprises.fuji.growth.mean");
        Assert.Equal("history/sihui-history.csv", web["history"]!.GetValue<string>());
        Assert.Null(web["variant"]);
        Assert.NotEmpty(web["level_backcast"]!["series"]!.AsArray());
        Assert.Equal(sidecar, File.Exists(app.Sidecar) ? await File.ReadAllBytesAsync(app.Sidecar) : null);
    }

    [Fact]
    public async Task An_uploaded_history_is_fitted_instead_of_the_shipped_one()
    {
        var csv = await File.ReadAllTextAsync(Path.Combine(app.Folder, "history", "sihui-history.csv"));
        var body = JsonSerializer.Serialize(new { history = csv.Replace("enterprise_output,fuji,2023,13.15", "enterprise_output,fuji,2023,26.3"), trials = 100 });
        var response = await app.Client.PostJsonAsync(Calibrate, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var web = JsonNode.Parse(text)!;
        Assert.Equal("history.csv", web["history"]!.GetValue<string>());
        var mean = web["parameters"]!.AsArray().Single(p => p!["path"]!.GetValue<string>() == "enterprises.fuji.growth.mean")!["value"]!.GetValue<double>();
        Assert.True(mean > 0.303 + 0.1, $"fuji's mean {mean} should rise with a doubled 2023");
    }

    [Theory]
    [InlineData("""{"trials": 0}""", "trials")]
    [InlineData("""{"trials": "many"}""", "trials")]
    [InlineData("""{"trials": 20001}""", "trials")]
    [InlineData("""{"seed": -1}""", "seed")]
    [InlineData("""{"history": 3}""", "history")]
    [InlineData("""{"colour": "red"}""", "colour")]
    [InlineData("""[1]""", "body")]
    [InlineData("""{"history": "metric,id,year,value\ntotal_output,,2022,925.61\n"}""", "history")]
    public async Task Bad_input_is_a_400_naming_the_field(string body, string field)
    {
        var response = await app.Client.PostJsonAsync(Calibrate, body);
        await response.AssertFieldProblemAsync(field);
    }

    [Fact]
    public async Task A_bad_history_line_is_named_by_line_and_column_with_the_clis_message()
    {
        var body = JsonSerializer.Serialize(new { history = "metric,id,year,value\nenterprise_output,jintian,2022,153\nenterprise_output,jintan,2023,160\n" });
        var message = await (await app.Client.PostJsonAsync(Calibrate, body)).AssertFieldProblemAsync("history");
        Assert.Contains("line 3, column 19: id: unknown enterprise 'jintan' (did you mean 'jintian'?)", message);
    }

    [Fact]
    public async Task A_history_that_fits_nothing_says_what_it_needs()
    {
        var body = JsonSerializer.Serialize(new { history = "metric,id,year,value\nenterprise_output,jintian,2022,153\n" });
        var message = await (await app.Client.PostJsonAsync(Calibrate, body)).AssertFieldProblemAsync("history");
        Assert.Contains("fits nothing in sihui-2024.yaml: it needs at least 3 years of enterprise_output", message);
    }
}

/// <summary>A calibration's backcast run stopped by its client leaving, or by a newer request on its channel.</summary>
public sealed class CalibrateCancellationTests : IAsyncLifetime
{
    private readonly GatedRunner _runner = new();
    private readonly WebApp _app;

    public CalibrateCancellationTests() => _app = new WebApp(() => _runner);

    private RunGate Gate => _app.Services.GetRequiredService<RunGate>();
    private RunChannels Channels => _app.Services.GetRequiredService<RunChannels>();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_newer_calibration_supersedes_the_older_and_a_client_leaving_frees_the_slot()
    {
        using var stop = new CancellationTokenSource();
        var first = _app.Client.PostJsonAsync(CalibrateApiTests.Calibrate, """{"trials": 100}""", "page-1-calibration");
        Assert.True(await _runner.StartedAsync());
        var second = _app.Client.PostJsonAsync(CalibrateApiTests.Calibrate, """{"trials": 100}""", "page-1-calibration", stop.Token);

        var superseded = await first.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Conflict, superseded.StatusCode);
        Assert.True(await _runner.StartedAsync());

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        for (var i = 0; i < 300 && !(_runner.Cancelled >= 2 && Gate.Busy == 0 && Channels.ActiveCount == 0); i++)
        {
            await Task.Delay(50);
        }
        Assert.True(_runner.Cancelled >= 2 && Gate.Busy == 0 && Channels.ActiveCount == 0);
    }
}
