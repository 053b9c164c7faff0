using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sihui.ChainSim.Benchmarks.Processes;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>
/// Sihui through the web API of a <c>chainsim serve</c> process: warm-up runs, then runs at each trial count
/// interleaved; the figure is the server's own time from its <c>Server-Timing</c> header.
/// </summary>
public static partial class WebBenchmarks
{
    public static async Task RunAsync(BenchmarkSettings s, Chainsim chainsim, BenchmarkResults results, TextWriter log)
    {
        using var serve = BackgroundProcess.Start(chainsim.Command, s.RepositoryRoot, ["serve", s.SihuiScenario, "--port", "0"]);
        var line = await serve.WaitForLineAsync("serving http", TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        var address = new Uri(Url().Match(line).Value);
        using var http = new HttpClient { BaseAddress = new Uri(address.GetLeftPart(UriPartial.Authority)), Timeout = TimeSpan.FromMinutes(2) };
        var name = Path.GetFileNameWithoutExtension(s.SihuiScenario);
        log.WriteLine($"web: {chainsim.Command.Label} serve at {http.BaseAddress}");
        foreach (var trials in s.WebTrials)
        {
            for (var i = 0; i < s.WebWarmups; i++)
            {
                await RunOnceAsync(http, name, trials).ConfigureAwait(false);
            }
        }
        var server = s.WebTrials.ToDictionary(t => t, _ => new List<double>());
        var roundTrip = s.WebTrials.ToDictionary(t => t, _ => new List<double>());
        for (var rep = 0; rep < s.WebRepetitions; rep++)
        {
            foreach (var trials in s.WebTrials)
            {
                var (serverMs, roundTripMs) = await RunOnceAsync(http, name, trials).ConfigureAwait(false);
                server[trials].Add(serverMs);
                roundTrip[trials].Add(roundTripMs);
            }
        }
        foreach (var trials in s.WebTrials)
        {
            var row = new WebRow(trials, new Samples(server[trials]), new Samples(roundTrip[trials]));
            log.WriteLine($"web: Sihui at {trials} trials: server {row.ServerMs.Median:F0} ms ({row.ServerMs.Min:F0}-{row.ServerMs.Max:F0})");
            results.Web.Add(row);
        }
    }

    private static async Task<(double ServerMs, double RoundTripMs)> RunOnceAsync(HttpClient http, string scenario, int trials)
    {
        using var body = new StringContent($"{{\"trials\": {trials.ToString(CultureInfo.InvariantCulture)}}}", Encoding.UTF8, "application/json");
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsync(new Uri($"/api/scenarios/{scenario}/run", UriKind.Relative), body).ConfigureAwait(false);
        await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var roundTrip = watch.Elapsed.TotalMilliseconds;
        response.EnsureSuccessStatusCode();
        var timing = response.Headers.GetValues("Server-Timing").First();
        var duration = Duration().Match(timing);
        return duration.Success
            ? (double.Parse(duration.Groups[1].Value, CultureInfo.InvariantCulture), roundTrip)
            : throw new InvalidOperationException($"no dur= in Server-Timing: {timing}");
    }

    [GeneratedRegex(@"http://\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"dur=([0-9.]+)")]
    private static partial Regex Duration();
}
