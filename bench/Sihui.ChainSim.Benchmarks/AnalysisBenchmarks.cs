using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sihui.ChainSim.Benchmarks.Processes;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>
/// The page's analyses on Sihui through the web API of a <c>chainsim serve</c> process, warm: compare (the baseline and
/// one moved slider) to its answer, and the tornado over every tunable, streamed as JSON lines, to its first bar and to
/// its result. Each repetition moves the slider to a new value and gives the tornado a new seed; the baseline column stays,
/// as on the page.
/// </summary>
public static partial class AnalysisBenchmarks
{
    private const string Slider = "economy.shock.mean";

    public static async Task<AnalysisResult> RunAsync(BenchmarkSettings s, Chainsim chainsim, TextWriter log)
    {
        using var serve = BackgroundProcess.Start(chainsim.Command, s.RepositoryRoot, ["serve", s.SihuiScenario, "--port", "0"]);
        var line = await serve.WaitForLineAsync("serving http", TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        var address = new Uri(Url().Match(line).Value);
        using var http = new HttpClient { BaseAddress = new Uri(address.GetLeftPart(UriPartial.Authority)), Timeout = TimeSpan.FromMinutes(5) };
        var name = Path.GetFileNameWithoutExtension(s.SihuiScenario);
        log.WriteLine($"analyses: {chainsim.Command.Label} serve at {http.BaseAddress}, {s.AnalysisTrials} trials");
        var compare = new List<double>();
        var firstBar = new List<double>();
        var tornado = new List<double>();
        var bars = 0;
        for (var i = 0; i < s.AnalysisWarmups + s.AnalysisRepetitions; i++)
        {
            var measured = i >= s.AnalysisWarmups;
            // Slider values and seeds never repeat; the baseline column does, as the page's does.
            var compareMs = await CompareOnceAsync(http, name, s.AnalysisTrials, SliderValue(i)).ConfigureAwait(false);
            var (firstBarMs, wholeMs, barCount) = await TornadoOnceAsync(http, name, s.AnalysisTrials, s.TornadoParams, (ulong)(1_000 + i)).ConfigureAwait(false);
            log.WriteLine($"analyses{(measured ? "" : " (warm-up)")}: compare {compareMs:F0} ms, tornado first bar {firstBarMs:F0} ms, " +
                          $"{barCount} bars in {wholeMs:F0} ms");
            if (measured)
            {
                compare.Add(compareMs);
                firstBar.Add(firstBarMs);
                tornado.Add(wholeMs);
                bars = barCount;
            }
        }
        return new AnalysisResult(s.AnalysisTrials, bars, chainsim.Command.Label, new Samples(compare), new Samples(firstBar), new Samples(tornado));
    }

    /// <summary>A slider value inside its range, different for every repetition.</summary>
    private static double SliderValue(int i) => Math.Round(-0.02 + 0.001 * (i % 40), 3);

    /// <summary>POST compare with the baseline and the moved slider; milliseconds from sending to the whole answer read.</summary>
    private static async Task<double> CompareOnceAsync(HttpClient http, string scenario, int trials, double slider)
    {
        var body = string.Create(CultureInfo.InvariantCulture,
            $$"""{"columns": [{}, {"set": {"{{Slider}}": {{slider}}}, "label": "sliders"}], "trials": {{trials}}}""");
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsync(new Uri($"/api/scenarios/{scenario}/compare", UriKind.Relative), content).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        var ms = watch.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"compare answered {(int)response.StatusCode}: {text}");
        }
        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("columns").GetArrayLength() == 2
            ? ms
            : throw new InvalidOperationException($"compare answered without its two columns: {text[..Math.Min(300, text.Length)]}");
    }

    /// <summary>POST sensitivity and read its JSON lines: milliseconds to the first bar line and to the result line, and the bars counted.</summary>
    private static async Task<(double FirstBarMs, double WholeMs, int Bars)> TornadoOnceAsync(
        HttpClient http, string scenario, int trials, IReadOnlyList<string>? parameters, ulong seed)
    {
        var paramsField = parameters is null ? "" : $", \"params\": [{string.Join(", ", parameters.Select(p => $"\"{p}\""))}]";
        var body = string.Create(CultureInfo.InvariantCulture, $$"""{"trials": {{trials}}, "seed": {{seed}}{{paramsField}}}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/scenarios/{scenario}/sensitivity", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/x-ndjson"));
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"sensitivity answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
        }
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync().ConfigureAwait(false), Encoding.UTF8);
        double? firstBar = null;
        var bars = 0;
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            using var document = JsonDocument.Parse(line);
            var type = document.RootElement.GetProperty("type").GetString();
            switch (type)
            {
                case "bar":
                    firstBar ??= watch.Elapsed.TotalMilliseconds;
                    bars++;
                    break;
                case "result":
                    var whole = watch.Elapsed.TotalMilliseconds;
                    var ranked = document.RootElement.GetProperty("result").GetProperty("bars").GetArrayLength();
                    return firstBar is { } first && ranked == bars
                        ? (first, whole, bars)
                        : throw new InvalidOperationException($"the tornado streamed {bars} bars but its result has {ranked}");
                case "error":
                    throw new InvalidOperationException($"the tornado ended with an error: {line}");
            }
        }
        throw new InvalidOperationException($"the tornado's stream ended without a result after {bars} bars");
    }

    [GeneratedRegex(@"http://\S+")]
    private static partial Regex Url();
}
