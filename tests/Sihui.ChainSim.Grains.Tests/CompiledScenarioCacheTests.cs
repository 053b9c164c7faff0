using Sihui.ChainSim.Model.Compilation;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Grains.Tests;

/// <summary>A silo compiles a run's scenario once: shared copies are used as they are, and only idle or removed runs are fetched again.</summary>
public sealed class CompiledScenarioCacheTests
{
    private readonly ManualClock _clock = new();
    private readonly (IGrainFactory Factory, UntouchableGrainFactory Record) _grains = UntouchableGrainFactory.Create();
    private readonly CompiledScenario _scenario = CompiledScenario.Compile(Scenario() with { Enterprises = [Enterprise("firm", 100, Const(0.1))] });

    private CompiledScenarioCache NewCache() => new(_grains.Factory, _clock);

    [Fact]
    public async Task A_shared_scenario_is_the_one_every_grain_of_the_run_gets_without_asking_the_run_grain()
    {
        var cache = NewCache();
        cache.Share("run-1", _scenario);

        Assert.Same(_scenario, await cache.GetAsync("run-1"));
        Assert.Same(_scenario, await cache.GetAsync("run-1"));
        Assert.Empty(_grains.Record.Asked);
    }

    [Fact]
    public async Task A_run_not_on_this_silo_is_fetched_from_its_run_grain()
    {
        var cache = NewCache();
        cache.Share("run-1", _scenario);

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync("run-2"));

        Assert.Equal(["IRunGrain run-2"], _grains.Record.Asked);
    }

    [Fact]
    public async Task A_removed_run_is_fetched_again()
    {
        var cache = NewCache();
        cache.Share("run-1", _scenario);

        cache.Remove("run-1");

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync("run-1"));
        Assert.Equal(["IRunGrain run-1"], _grains.Record.Asked);
    }

    [Fact]
    public async Task A_run_idle_for_more_than_ten_minutes_is_dropped_and_one_in_use_is_kept()
    {
        var cache = NewCache();
        cache.Share("idle", _scenario);
        cache.Share("busy", _scenario);

        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Same(_scenario, await cache.GetAsync("busy"));
        _clock.Advance(TimeSpan.FromMinutes(6));
        cache.Share("new", _scenario);

        Assert.Same(_scenario, await cache.GetAsync("busy"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync("idle"));
        Assert.Equal(["IRunGrain idle"], _grains.Record.Asked);
    }
}
