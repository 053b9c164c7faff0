using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Web.Tests.Support;
using Xunit.Abstractions;

namespace Sihui.ChainSim.Web.Tests.Browser;

/// <summary>
/// The figures in docs/performance.md: server time per run and browser time from slider input to the page updated,
/// on the Sihui scenario with 2,000 trials. Run on purpose with CHAINSIM_MEASURE=1 (see docs/performance.md).
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class SpeedMeasurements(WebApp app, BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    private const int Warmup = 5;
    private const int Samples = 15;

    [MeasureFact]
    public async Task Server_and_browser_times_for_2000_trials()
    {
        var server = new List<double>();
        var roundTrip = new List<double>();
        for (var i = 0; i < Warmup + Samples; i++)
        {
            var value = (i % 2 == 0 ? 0.01 : -0.01).ToString(CultureInfo.InvariantCulture);
            var clock = Stopwatch.StartNew();
            var response = await app.Client.PostJsonAsync("/api/scenarios/sihui-2024/run", $$$"""{"trials": 2000, "set": {"economy.shock.mean": {{{value}}}}}""");
            await response.Content.ReadAsByteArrayAsync();
            clock.Stop();
            if (i >= Warmup)
            {
                server.Add(double.Parse(response.Headers.GetValues("Server-Timing").Single().Split("dur=")[1], CultureInfo.InvariantCulture));
                roundTrip.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        // The share of loading and validating the YAML (done in the client and again in the silo), and of the plain-object engine.
        var text = await File.ReadAllTextAsync(app.ScenarioFile);
        var options = new Scenarios.Loading.ScenarioLoadOptions { Set = [new Scenarios.Definitions.OverrideDefinition("economy.shock.mean", "0.01")] };
        var load = new List<double>();
        var direct = new List<double>();
        var directRunner = new Runner.Engines.DirectRunner();
        for (var i = 0; i < Warmup + Samples; i++)
        {
            var clock = Stopwatch.StartNew();
            Scenarios.Loading.ScenarioLoader.LoadText(text, "sihui-2024.yaml", options);
            var loaded = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            await directRunner.RunAsync(new Contracts.RunRequest { ScenarioText = text, FileName = "sihui-2024.yaml", LoadOptions = options, Trials = 2000 });
            if (i >= Warmup)
            {
                load.Add(loaded);
                direct.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var page = await session.OpenAsync(app.BaseAddress);
        var endToEnd = new List<double>();
        var afterDebounce = new List<double>();
        for (var i = 0; i < Warmup + Samples; i++)
        {
            var count = await BrowserSession.RenderCountAsync(page);
            await BrowserSession.MoveSliderAsync(page, "economy.shock.mean", i % 2 == 0 ? -0.01 : 0.01);
            await BrowserSession.WaitForRenderAsync(page, count + 1);
            var perf = await page.EvaluateAsync<JsonElement>("() => window.__chainsim");
            if (i >= Warmup)
            {
                endToEnd.Add(perf.GetProperty("latency").GetDouble());
                afterDebounce.Add(perf.GetProperty("renderedAt").GetDouble() - perf.GetProperty("sentAt").GetDouble());
            }
        }
        await page.Context.CloseAsync();

        var figures = new Dictionary<string, double>
        {
            ["server_run_ms_median"] = Median(server),
            ["http_round_trip_ms_median"] = Median(roundTrip),
            ["browser_input_to_updated_ms_median"] = Median(endToEnd),
            ["browser_request_to_updated_ms_median"] = Median(afterDebounce),
            ["load_and_validate_ms_median"] = Median(load),
            ["direct_engine_run_ms_median"] = Median(direct),
            ["server_run_ms_min"] = server.Min(),
            ["server_run_ms_max"] = server.Max(),
            ["browser_input_to_updated_ms_min"] = endToEnd.Min(),
            ["browser_input_to_updated_ms_max"] = endToEnd.Max(),
        };
        var json = JsonSerializer.Serialize(figures, new JsonSerializerOptions { WriteIndented = true });
        await File.WriteAllTextAsync(Path.Combine(TestPaths.Artefacts, "speed.json"), json);
        output.WriteLine(json);
        output.WriteLine("server: " + string.Join(", ", server.Select(v => v.ToString("0", CultureInfo.InvariantCulture))));
        output.WriteLine("browser: " + string.Join(", ", endToEnd.Select(v => v.ToString("0", CultureInfo.InvariantCulture))));
        Assert.Equal(Samples, endToEnd.Count);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>A measurement, not a check: runs only with CHAINSIM_MEASURE=1 and chromium present.</summary>
public sealed class MeasureFactAttribute : FactAttribute
{
    public MeasureFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CHAINSIM_MEASURE") != "1")
        {
            Skip = "a timing measurement; run it with CHAINSIM_MEASURE=1 (docs/performance.md)";
        }
        else if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
