using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Runner.Hosting;
using Sihui.ChainSim.Runner.Tests.Support;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Runner.Tests.Engines;

/// <summary>
/// Enterprise grains answer a block of years per call, its length set by the trials; the numbers must not depend on
/// it, nor on whether enterprise summaries were asked for.
/// </summary>
public sealed class EnterpriseBlockTests
{
    // 300 trials: the run's 4 years in one block; 1,700: blocks of 2 years; 6,000: a year per call.
    [Theory]
    [InlineData(300)]
    [InlineData(1_700)]
    [InlineData(6_000)]
    public async Task Orleans_matches_direct_whatever_the_block_of_years(int trials)
    {
        var request = new RunRequest { ScenarioText = TestScenarios.AllFeatures, FileName = "all-features.yaml", Trials = trials };
        var direct = await new DirectRunner().RunAsync(request);
        await using var silo = await EmbeddedSilo.StartAsync();
        var orleans = await silo.CreateRunner().RunAsync(request);

        Assert.Equal(ResultFingerprint.Of(direct.Result), ResultFingerprint.Of(orleans.Result));
    }

    [Fact]
    public async Task Without_enterprise_summaries_a_run_lists_only_watched_enterprises_and_changes_nothing_else()
    {
        var request = new RunRequest { ScenarioText = TestScenarios.AllFeatures, FileName = "all-features.yaml" };
        var full = await new DirectRunner().RunAsync(request);
        var lean = request with { EnterpriseSummaries = false };
        await using var silo = await EmbeddedSilo.StartAsync();
        var leanRuns = new[] { await new DirectRunner().RunAsync(lean), await silo.CreateRunner().RunAsync(lean) };

        var watched = full.Scenario.WatchedEnterprises.Select(i => MetricNames.EnterpriseOutput(full.Scenario.Enterprises[i].Definition.Id)).ToHashSet();
        var unwatched = full.Scenario.Enterprises.Select(e => MetricNames.EnterpriseOutput(e.Definition.Id)).Where(m => !watched.Contains(m)).ToHashSet();
        Assert.NotEmpty(watched);
        Assert.NotEmpty(unwatched);
        var expected = full.Result with
        {
            Years = [.. full.Result.Years.Select(y => y with { Metrics = [.. y.Metrics.Where(m => !unwatched.Contains(m.Metric))] })],
        };
        foreach (var run in leanRuns)
        {
            Assert.Equal(ResultFingerprint.Of(expected), ResultFingerprint.Of(run.Result));
            Assert.Contains(run.Result.Years[0].Metrics, m => watched.Contains(m.Metric));
        }
    }

    [Fact]
    public async Task Without_percentiles_every_summary_keeps_its_bits_and_only_the_percentiles_go()
    {
        var request = new RunRequest { ScenarioText = TestScenarios.AllFeatures, FileName = "all-features.yaml", Trials = 900 };
        var full = await new DirectRunner().RunAsync(request);
        var lean = request with { Percentiles = false };
        await using var silo = await EmbeddedSilo.StartAsync();
        var leanRuns = new[] { await new DirectRunner().RunAsync(lean), await silo.CreateRunner().RunAsync(lean) };

        var expected = full.Result with
        {
            Years = [.. full.Result.Years.Select(y => y with { Metrics = [.. y.Metrics.Select(m => m with { Percentiles = null })] })],
        };
        Assert.Contains(full.Result.Years[^1].Metrics, m => m.Percentiles is not null && MetricNames.IsRate(m.Metric));
        foreach (var run in leanRuns)
        {
            Assert.All(run.Result.Years.SelectMany(y => y.Metrics), m => Assert.Null(m.Percentiles));
            Assert.Equal(ResultFingerprint.Of(expected), ResultFingerprint.Of(run.Result));
        }
    }
}
