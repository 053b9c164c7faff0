using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Sihui.ChainSim.Grains;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Parks;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Grains.Abstractions.Tests;

/// <summary>The model stays free of Orleans; its surrogates must carry a result between silos bit for bit.</summary>
public sealed class SurrogateTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(IRunGrain).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public async Task A_result_with_targets_caps_and_timings_crosses_the_wire_unchanged()
    {
        var definition = SmallScenarios.Load(SmallScenarios.ReachAndCap);
        var result = await DirectEngine.RunAsync(CompiledScenario.Compile(definition, trials: 50));
        Assert.Contains(result.TimeToTarget, t => t.Event == TimingEvent.FirstBreach);
        // The fingerprint holds the 99 percentiles too, so they must cross as well.
        Assert.Contains(result.Years[^1].Metrics, m => m.Percentiles is { Count: 99 });

        var back = Serializer.Deserialize<SimulationResult>(Serializer.SerializeToArray(result));

        Assert.NotNull(back);
        Assert.NotSame(result, back);
        Assert.Equal(ResultFingerprint.Of(result), ResultFingerprint.Of(back));
    }

    [Fact]
    public void A_nowcast_timing_carries_its_weighted_shares_and_ess()
    {
        var timing = new TargetTiming("t", 2024, 2026, null, 0.2, 2024, [1, 1, 1])
        {
            Event = TimingEvent.FirstBreach, TargetYear = 2026, Trials = 4, FirstYearShares = [0.15, 0.1, 0.55], Ess = 2.5,
        };

        var back = Serializer.Deserialize<TargetTiming>(Serializer.SerializeToArray(timing))!;

        Assert.Equal([0.15, 0.1, 0.55], back.FirstYearShares!);
        Assert.Equal(2.5, back.Ess);
        Assert.Equal(timing.HoldsEveryYear, back.HoldsEveryYear);
    }

    [Fact]
    public void A_park_year_carries_the_first_producing_year_project_value_by_industry()
    {
        double[]?[] firstYear = [[1.5, 0.25], null];
        var park = new ParkYearResult([3, 4], [null, null], [[2, 1], null], [0, 0], [0, 0], [1, 0], [0, 0], [0, 0], [0, 0], firstYear);

        var back = Serializer.Deserialize<ParkYearResult>(Serializer.SerializeToArray(park));

        var carried = Assert.IsType<double[]?[]>(back?.FirstYearProjectValueByIndustry);
        Assert.Equal([1.5, 0.25], carried[0]!);
        Assert.Null(carried[1]);
        Assert.Equal(park.ProjectValueByIndustry[0], back!.ProjectValueByIndustry[0]);
    }

    [Fact]
    public void The_rows_a_failed_nowcast_names_cross_the_wire_in_its_status()
    {
        var level = new ObservedRow(new ObservationDefinition { Metric = "total_output", Year = 2025, ThroughMonth = 6, Value = 480 }, "obs.csv:2");
        var growth = new ObservedRow(new ObservationDefinition { Metric = "industry_output:copper", Year = 2025, ThroughMonth = 6, GrowthYoy = 0.057 }, "observations[1]");
        var status = new RunStatus(RunPhase.Failed, 1, 2, null, "no trial can have produced ...") { UnexplainedRows = [level, growth] };

        var back = Serializer.Deserialize<RunStatus>(Serializer.SerializeToArray(status));

        Assert.Equal([level, growth], back!.UnexplainedRows!);
        Assert.Null(Serializer.Deserialize<RunStatus>(Serializer.SerializeToArray(status with { UnexplainedRows = null }))!.UnexplainedRows);
    }
}
