using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Contracts.Tests;

/// <summary>An outcome carries the compiled scenario it ran, so reports read trials, seed and years from what ran.</summary>
public sealed class RunOutcomeTests
{
    [Fact]
    public async Task An_outcome_holds_the_scenario_as_run_not_as_written()
    {
        var definition = Scenario(years: 3, trials: 10, seed: 7) with { Enterprises = [Enterprise("firm", 100, Const(0.1))] };
        var scenario = CompiledScenario.Compile(definition, trials: 25, seed: 9, until: BaseYear + 2);

        var outcome = new RunOutcome(scenario, await DirectEngine.RunAsync(scenario), EngineKind.Direct);

        Assert.Equal((25, 9UL, BaseYear + 2), (outcome.Scenario.Trials, outcome.Scenario.Seed, outcome.Scenario.EndYear));
        Assert.Equal([Y1, Y2], outcome.Result.Years.Select(y => y.Year));
        Assert.Equal(110, MeanOf(outcome.Result, Y1, "total_output"), 9);
        Assert.NotEqual(outcome, outcome with { Engine = EngineKind.Orleans });
    }
}
