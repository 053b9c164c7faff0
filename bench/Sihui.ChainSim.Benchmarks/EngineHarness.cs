using System.Diagnostics;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Runner.Hosting;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>Both engines in this process, warm: the Orleans engine on one embedded silo, and the direct engine.</summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private readonly EmbeddedSilo _silo;
    private readonly ISimulationRunner _orleans;
    private readonly ISimulationRunner _direct = new DirectRunner();

    private EngineHarness(EmbeddedSilo silo)
    {
        _silo = silo;
        _orleans = silo.CreateRunner();
    }

    public static async Task<EngineHarness> StartAsync() => new(await EmbeddedSilo.StartAsync());

    /// <summary>Wall seconds of one run.</summary>
    public async Task<double> TimeAsync(RunRequest request, EngineKind engine)
    {
        var runner = engine == EngineKind.Orleans ? _orleans : _direct;
        var watch = Stopwatch.StartNew();
        await runner.RunAsync(request);
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Times both engines on one request: warm-up runs first, then repetitions alternating engine order,
    /// so drifts in machine load hit both alike.
    /// </summary>
    public async Task<(Samples Orleans, Samples Direct)> CompareAsync(RunRequest request, int repetitions, int warmups = 1)
    {
        for (var i = 0; i < warmups; i++)
        {
            await TimeAsync(request, EngineKind.Orleans);
            await TimeAsync(request, EngineKind.Direct);
        }
        var orleans = new List<double>();
        var direct = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            if (i % 2 == 0)
            {
                orleans.Add(await TimeAsync(request, EngineKind.Orleans));
                direct.Add(await TimeAsync(request, EngineKind.Direct));
            }
            else
            {
                direct.Add(await TimeAsync(request, EngineKind.Direct));
                orleans.Add(await TimeAsync(request, EngineKind.Orleans));
            }
        }
        return (new Samples(orleans), new Samples(direct));
    }

    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
