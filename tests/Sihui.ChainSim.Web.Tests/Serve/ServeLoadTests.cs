using System.Diagnostics;
using System.Net;
using Sihui.ChainSim.Web.Tests.Support;
using Xunit.Abstractions;

namespace Sihui.ChainSim.Web.Tests.Serve;

/// <summary>A burst against a real serve process: bounded answers, bounded memory, and memory handed back afterwards.</summary>
[Collection(HeavyServeCollection.Name)]
public sealed class ServeLoadTests(ITestOutputHelper output) : IDisposable
{
    private const long GiB = 1024L * 1024 * 1024;
    private const long MiB = 1024L * 1024;
    private readonly ServedFolder _folder = new ServedFolder().WithSihui();

    [Fact]
    public async Task Twenty_concurrent_runs_give_200s_and_503s_and_memory_comes_back()
    {
        using var serve = await ServeProcess.StartAsync(_folder.Path);
        using var client = new HttpClient { BaseAddress = new Uri(serve.BaseAddress), Timeout = TimeSpan.FromMinutes(5) };
        serve.ResetPeak();

        // Default runs: the file's 10,000 trials each.
        var burst = Enumerable.Range(0, 20).Select(_ => client.PostJsonAsync("/api/scenarios/sihui-2024/run", "{}")).ToList();
        var responses = await Task.WhenAll(burst);
        var peak = serve.PeakResidentBytes();

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"got {(int)s}"));
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
        Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable), r => Assert.NotNull(r.Headers.RetryAfter));
        Assert.True(peak < 2 * GiB, $"peak resident memory {peak / MiB} MB");

        var clock = Stopwatch.StartNew();
        long resident;
        while ((resident = serve.ResidentBytes()) >= 600 * MiB && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(500);
        }
        output.WriteLine($"statuses: {statuses.Count(s => s == HttpStatusCode.OK)} × 200, {statuses.Count(s => s != HttpStatusCode.OK)} × 503; "
            + $"peak {peak / MiB} MB; {resident / MiB} MB after {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(resident < 600 * MiB, $"resident memory {resident / MiB} MB after {clock.Elapsed.TotalSeconds:0} s (peak {peak / MiB} MB)");
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>Serve tests that load the machine or time answers run one after the other, not beside each other.</summary>
[CollectionDefinition(Name)]
public sealed class HeavyServeCollection
{
    public const string Name = "heavy serve";
}
