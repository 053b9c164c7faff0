using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Aggregation;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Runner.Hosting;
using Sihui.ChainSim.Runner.Tests.Support;

namespace Sihui.ChainSim.Runner.Tests.Engines;

/// <summary>A nowcast short of --min-ess draws more trials; the first T of them are the plain T-trial run's, value for value.</summary>
public sealed class ExtendedTrialsTests
{
    private const int Trials = 60;

    // Far enough from most trials that 60 trials give an ESS well below the minimum asked.
    private static readonly RunRequest Request = new()
    {
        ScenarioText = TestScenarios.AllFeatures,
        FileName = "all-features.yaml",
        Trials = Trials,
        ObservationsCsv = "metric,year,through_month,value,growth_yoy\ntotal_output,2024,6,120,\nprojects_started,2024,6,1,\n",
        ObservationsFile = "obs.csv",
        MinEss = 200,
    };

    [Fact]
    public async Task The_extended_run_keeps_the_plain_runs_trials_and_weights_and_both_engines_agree()
    {
        var extended = await NowcastRuns.RunAsync(new DirectRunner(), Request);
        var drawn = extended.Scenario.Trials;
        Assert.True(drawn > Trials, $"expected more than {Trials} trials, drew {drawn}");

        var plain = await PerTrialAsync(ScenarioCompiler.Compile(Request));
        var more = await PerTrialAsync(ScenarioCompiler.Compile(Request with { Trials = drawn }));

        // Every run-level metric of every year: trial k of the longer run is trial k of the shorter.
        Assert.Equal(plain.Metrics.Keys, more.Metrics.Keys);
        foreach (var (key, values) in plain.Metrics)
        {
            Assert.Equal(Trials, values.Length);
            Assert.True(values.AsSpan().SequenceEqual(more.Metrics[key].AsSpan(0, Trials)), $"{key.Metric} {key.Year} differs in the first {Trials} trials");
        }
        // The weights are normalised by the largest, so the first T agree up to one factor: their logs, row by row, agree exactly.
        Assert.Equal(plain.LogWeights, more.LogWeights[..Trials]);
        Assert.Contains(plain.LogWeights, l => l != plain.LogWeights[0]);

        await using var silo = await EmbeddedSilo.StartAsync();
        var orleans = await NowcastRuns.RunAsync(silo.CreateRunner(), Request);
        Assert.Equal(drawn, orleans.Scenario.Trials);
        Assert.Equal(ResultFingerprint.Of(extended.Result), ResultFingerprint.Of(orleans.Result));
    }

    private sealed record PerTrial(Dictionary<(string Metric, int Year), double[]> Metrics, double[] LogWeights);

    /// <summary>The driver's loop on the direct stepper, keeping each year's per-trial metrics and each trial's summed log-weight.</summary>
    private static async Task<PerTrial> PerTrialAsync(CompiledScenario scenario)
    {
        var economy = new EconomyState(scenario);
        var indicators = new IndicatorState(scenario);
        var stepper = new DirectParkStepper(scenario);
        var observed = new ObservedValues(scenario);
        var metrics = new Dictionary<(string, int), double[]>();
        for (var year = scenario.BaseYear + 1; year <= scenario.EndYear; year++)
        {
            var economyYear = economy.Advance(year);
            var parks = await Task.WhenAll(scenario.Parks.Select(p => stepper.StepAsync(p.Index, economyYear, CancellationToken.None)));
            var combined = YearAggregator.Combine(scenario, indicators.Complete(economyYear, parks), parks);
            observed.Add(year, combined);
            foreach (var (metric, values) in combined)
            {
                metrics[(metric, year)] = values;
            }
        }
        var logs = new double[scenario.Trials];
        foreach (var row in observed.Rows())
        {
            for (var k = 0; k < logs.Length; k++)
            {
                logs[k] += row.Observation.LogWeight(row.Annual[k], row.PreviousYear is { } previous ? previous[k] : double.NaN);
            }
        }
        return new PerTrial(metrics, logs);
    }
}
