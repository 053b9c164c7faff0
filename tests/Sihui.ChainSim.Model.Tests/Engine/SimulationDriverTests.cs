using MathNet.Numerics.Distributions;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Engine;

public sealed class SimulationDriverTests
{
    [Fact]
    public async Task ClosedForm_OneNormalGrowthStep_MatchesTheNormalTail()
    {
        // Y1 = 100 (1 + g), g ~ N(0.05, 0.1): Y1 >= 110 <=> g >= 0.1 <=> Z >= 0.5, so P = 1 - Phi(0.5) = 0.30854.
        const int n = 20_000;
        var definition = Scenario(years: 1, trials: n) with
        {
            Enterprises = [Enterprise("e", 100, new NormalDistribution(0.05, 0.1))],
            Targets =
            [
                EngineScenarios.Target("total", MetricNames.TotalOutput, Y1, 110),
                EngineScenarios.Target("enterprise", MetricNames.EnterpriseOutput("e"), Y1, 110),
            ],
        };
        var result = await DirectEngine.RunAsync(CompiledScenario.Compile(definition));

        var expected = 1 - Normal.CDF(0, 1, 0.5);
        var error = Math.Sqrt(expected * (1 - expected) / n);
        var estimate = result.Targets[0].Met;
        Assert.InRange(estimate.Probability, expected - 4 * error, expected + 4 * error);
        Assert.InRange(expected, estimate.Low, estimate.High);
        // The same event seen through the enterprise's own output, and both at once.
        Assert.Equal(estimate.Successes, result.Targets[1].Met.Successes);
        Assert.Equal(estimate.Successes, result.AllTargets.Successes);
        // The metric's median is 100 (1 + 0.05) = 105 up to sampling error.
        Assert.InRange(result.Targets[0].Value.P50, 104, 106);
    }

    [Fact]
    public async Task ConstantShocks_AddUpThroughTheEngine()
    {
        var definition = Scenario(years: 2) with
        {
            Economy = new EconomyDefinition { Shock = Const(0.01) },
            Industries = [Industry("copper", shock: Const(0.03)), Industry("jade")],
            Enterprises = [Enterprise("e", 100, Const(0.02))],
        };
        var result = await DirectEngine.RunAsync(CompiledScenario.Compile(definition));
        // 100 * 1.06 = 106; 106 * 1.06 = 112.36.
        Assert.Equal(106, MeanOf(result, Y1, MetricNames.TotalOutput), 10);
        Assert.Equal(112.36, MeanOf(result, Y2, MetricNames.TotalOutput), 10);
        Assert.Equal(112.36, MeanOf(result, Y2, MetricNames.IndustryOutput("copper")), 10);
    }

    [Fact]
    public async Task TotalOutput_IsEnterprisesPlusProjects_ValuedAtPrices()
    {
        var definition = Scenario(years: 2) with
        {
            Industries = [Industry("copper", price: new PriceDefinition(0.1, 0)), Industry("jade")],
            Parks = [Park("p")],
            Enterprises = [Enterprise("e", 100, Const(0), park: "p")],
            Projects = [Project("a", 10, "jade") with { Behaviour = Named with { BuildYears = Const(0) } }],
        };
        var result = await DirectEngine.RunAsync(CompiledScenario.Compile(definition));
        // Y1: 100 exp(0.1) + 10 (jade price 1); Y2: 100 exp(0.2) + 10.
        Assert.Equal(100 * Math.Exp(0.1) + 10, MeanOf(result, Y1, MetricNames.TotalOutput), 10);
        Assert.Equal(100 * Math.Exp(0.2) + 10, MeanOf(result, Y2, MetricNames.ParkOutput("p")), 10);
        Assert.Equal(1, MeanOf(result, Y1, MetricNames.ProjectsProducing));
    }

    [Fact]
    public async Task SameSeed_GivesIdenticalResults()
    {
        var first = await DirectEngine.RunAsync(CompiledScenario.Compile(EngineScenarios.Rich()));
        var second = await DirectEngine.RunAsync(CompiledScenario.Compile(EngineScenarios.Rich()));
        Assert.Equal(EngineScenarios.Bits(first), EngineScenarios.Bits(second));
    }

    [Fact]
    public async Task DifferentSeed_GivesDifferentResults()
    {
        var first = await DirectEngine.RunAsync(CompiledScenario.Compile(EngineScenarios.Rich()));
        var other = await DirectEngine.RunAsync(CompiledScenario.Compile(EngineScenarios.Rich(), seed: 12));
        var a = EngineScenarios.Bits(first);
        var b = EngineScenarios.Bits(other);
        Assert.Equal(a.Count, b.Count);
        Assert.True(a.Zip(b).Count(p => p.First != p.Second) > a.Count / 2);
    }

    [Fact]
    public async Task ReversedParkOrder_GivesBitIdenticalResults()
    {
        var scenario = CompiledScenario.Compile(EngineScenarios.Rich());
        var expected = await DirectEngine.RunAsync(scenario);
        var reversed = new ReverseOrderStepper(new DirectParkStepper(scenario), scenario.Parks.Count);
        var actual = await SimulationDriver.RunAsync(scenario, reversed);

        Assert.Equal(EngineScenarios.Bits(expected), EngineScenarios.Bits(actual));
        // The wrapper really stepped the last park first in every year.
        Assert.Equal(3, scenario.Parks.Count);
        Assert.Equal([2, 1, 0], reversed.Order.Where(o => o.Year == Y1).Select(o => o.Park));
    }

    [Fact]
    public async Task DelayedParkSteps_GiveBitIdenticalResults()
    {
        var scenario = CompiledScenario.Compile(EngineScenarios.Rich());
        var expected = await DirectEngine.RunAsync(scenario);
        var actual = await SimulationDriver.RunAsync(scenario, new DelayingStepper(new DirectParkStepper(scenario)));
        Assert.Equal(EngineScenarios.Bits(expected), EngineScenarios.Bits(actual));
    }

    [Fact]
    public async Task Until_StopsEarly_WithTheSameYears()
    {
        var full = await DirectEngine.RunAsync(CompiledScenario.Compile(EngineScenarios.Rich()));
        var shorter = await DirectEngine.RunAsync(CompiledScenario.Compile(EngineScenarios.Rich(), until: Y2));
        Assert.Equal([Y1, Y2], shorter.Years.Select(y => y.Year));
        bool InFirstTwoYears(string line) => line.StartsWith($"{Y1} ") || line.StartsWith($"{Y2} ");
        Assert.Equal(EngineScenarios.Bits(full).Where(InFirstTwoYears), EngineScenarios.Bits(shorter).Where(InFirstTwoYears));
        // Only the Y2 target falls within the shorter run.
        Assert.Equal(["smelter"], shorter.Targets.Select(t => t.TargetId));
    }

    [Fact]
    public async Task Cancellation_StopsTheRun()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            DirectEngine.RunAsync(CompiledScenario.Compile(EngineScenarios.Rich()), cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task Progress_ReportsEveryYear()
    {
        var reported = new List<int>();
        await DirectEngine.RunAsync(CompiledScenario.Compile(EngineScenarios.Rich(trials: 10)), new SynchronousProgress(reported.Add));
        Assert.Equal([1, 2, 3, 4, 5, 6], reported);
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
