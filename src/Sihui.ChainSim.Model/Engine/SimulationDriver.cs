using Sihui.ChainSim.Model.Aggregation;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.Model.Engine;

/// <summary>
/// The simulated clock: it draws the shared economy of every year, then each year steps every park at once through the given stepper,
/// moves the indicators, and collects the year in park order. Both engines run this same loop.
/// </summary>
public static class SimulationDriver
{
    public static async Task<SimulationResult> RunAsync(
        CompiledScenario scenario, IParkStepper stepper, IProgress<int>? yearsDone = null, CancellationToken cancellationToken = default)
    {
        var economy = new EconomyState(scenario);
        var indicators = new IndicatorState(scenario);
        var collector = new ResultCollector(scenario);
        // The shocks, prices and demand follow from the seed alone, so every year is drawn before the first is stepped.
        var path = new EconomyYear[scenario.YearCount];
        for (var i = 0; i < path.Length; i++)
        {
            path[i] = economy.Advance(scenario.BaseYear + 1 + i);
        }
        stepper.Foresee(path);
        for (var year = scenario.BaseYear + 1; year <= scenario.EndYear; year++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var economyYear = path[year - scenario.BaseYear - 1];
            var steps = scenario.Parks.Select(p => stepper.StepAsync(p.Index, economyYear, cancellationToken));
            var parks = await Task.WhenAll(steps).ConfigureAwait(false);
            // Counts may add the projects that started producing, so indicators move after the parks.
            var withIndicators = indicators.Complete(economyYear, parks);
            collector.Add(year, YearAggregator.Combine(scenario, withIndicators, parks), parks);
            yearsDone?.Report(year - scenario.BaseYear);
        }
        return collector.Finish();
    }
}
