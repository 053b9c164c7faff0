using System.Collections.Concurrent;
using Orleans.Concurrency;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Compilation;

namespace Sihui.ChainSim.Grains;

/// <summary>
/// One compiled scenario per run and silo: the first grain of a run on this silo fetches the run's request from the
/// run grain and compiles it with <see cref="ScenarioCompiler"/>, as every client does; the others share it. An embedded client shares its own compilation through
/// <see cref="Share"/>, so a run in one process compiles the scenario once. Entries unused for a while are dropped.
/// </summary>
public sealed class CompiledScenarioCache(IGrainFactory grainFactory, TimeProvider clock)
{
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The run's scenario, fetched from its run grain and compiled on first use.</summary>
    public Task<CompiledScenario> GetAsync(string runId) => GetOrAdd(runId, () => FetchAndCompileAsync(runId));

    /// <summary>The run grain's own copy: compiled from the request it holds, unless this silo already has it.</summary>
    public Task<CompiledScenario> GetAsync(string runId, RunRequest request) =>
        GetOrAdd(runId, () => Task.FromResult(ScenarioCompiler.Compile(request)));

    /// <summary>Hands this silo a scenario compiled in the same process, before the run starts.</summary>
    public void Share(string runId, CompiledScenario scenario) => GetOrAdd(runId, () => Task.FromResult(scenario));

    private Task<CompiledScenario> GetOrAdd(string runId, Func<Task<CompiledScenario>> compile)
    {
        var now = clock.GetUtcNow();
        var entry = _entries.GetOrAdd(runId, _ => new Entry(new Lazy<Task<CompiledScenario>>(compile)));
        entry.LastUsed = now;
        EvictIdle(now);
        return entry.Scenario.Value;
    }

    public void Remove(string runId) => _entries.TryRemove(runId, out _);

    private async Task<CompiledScenario> FetchAndCompileAsync(string runId)
    {
        var request = await grainFactory.GetGrain<IRunGrain>(runId).GetRequestAsync();
        return ScenarioCompiler.Compile(request.Value);
    }

    private void EvictIdle(DateTimeOffset now)
    {
        foreach (var (runId, entry) in _entries)
        {
            if (now - entry.LastUsed > IdleLifetime)
            {
                _entries.TryRemove(runId, out _);
            }
        }
    }

    private sealed class Entry(Lazy<Task<CompiledScenario>> scenario)
    {
        public Lazy<Task<CompiledScenario>> Scenario { get; } = scenario;
        public DateTimeOffset LastUsed { get; set; }
    }
}
