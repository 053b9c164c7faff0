using Sihui.ChainSim.Analysis.Backtest;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Scenarios.History;
using Sihui.ChainSim.TestSupport;
using Xunit.Abstractions;

namespace Sihui.ChainSim.Analysis.Tests.Backtest;

/// <summary>
/// A backtest on the synthetic history the calibration tests use (40 enterprises in 2 industries over 12 years, means
/// about 0.06, within-firm sd 0.08, industry shock sd 0.03): the model that drew it, rebased and calibrated at each
/// origin, must have put about 80% of what happened inside its P10–P90.
/// </summary>
public sealed class SyntheticBacktestTests(ITestOutputHelper output)
{
    private const int From = 2018;
    private const int Trials = 400;

    private static readonly SyntheticHistory History = SyntheticHistory.Generate();

    // One backtest (5 origins × 10 parameter draws of 40 trials, about 10 s), shared by the tests.
    private static readonly Lazy<Task<BacktestReport>> Report = new(RunOnceAsync);

    private static Task<BacktestReport> RunAsync() => Report.Value;

    private static async Task<BacktestReport> RunOnceAsync()
    {
        var yaml = History.ScenarioYaml();
        var scenario = SmallScenarios.Load(yaml, "synthetic.yaml");
        var history = HistoryCsv.Parse(History.Csv, "synthetic.csv", scenario);
        return await Backtester.RunAsync(new DirectRunner(), new BacktestInput(yaml, "synthetic.yaml", scenario, history, "synthetic.csv", From, Trials, 7));
    }

    [Fact]
    public async Task Coverage_of_P10_P90_is_near_80_percent_within_its_binomial_interval()
    {
        var report = await RunAsync();
        var s = report.Summary;
        output.WriteLine($"{s.N} actuals: coverage {s.CoverageP10P90:P1} (95% CI {s.CoverageLow:P1}–{s.CoverageHigh:P1}), mean PIT {s.MeanPit:F3}, mean CRPS {s.MeanCrps:F3}");
        output.WriteLine("PIT histogram: " + string.Join(" ", s.PitHistogram));
        foreach (var h in report.ByHorizon)
        {
            output.WriteLine($"  {h.Horizon} ahead: n {h.Summary.N}, coverage {h.Summary.CoverageP10P90:P1} ({h.Summary.CoverageLow:P1}–{h.Summary.CoverageHigh:P1}), mean PIT {h.Summary.MeanPit:F3}");
        }

        // Origins 2018–2022, each scoring its 40 firms in every later year to 2023: 40 × (5 + 4 + 3 + 2 + 1).
        Assert.Equal(40 * 15, s.N);
        Assert.Equal([2018, 2019, 2020, 2021, 2022], report.Origins.Select(o => o.Origin));
        Assert.InRange(0.80, s.CoverageLow, s.CoverageHigh);
        // The interval is tight enough to catch a band that is off by a tenth either way.
        Assert.True(s.CoverageHigh - s.CoverageLow < 0.08, $"interval {s.CoverageLow}–{s.CoverageHigh} is too wide to mean anything");
        // Rows share each year's industry and macro shocks, so the mean PIT moves with them: this history's 2019–2023 ran
        // above trend (jade's firms grew 13% in 2019 and 10% in 2021 against a mean of 5.5%). A biased forecast would still fail.
        Assert.InRange(s.MeanPit, 0.35, 0.65);
        Assert.Equal([1, 2, 3, 4, 5], report.ByHorizon.Select(h => h.Horizon));
        Assert.All(report.Rows, r => Assert.Equal(r.Year - r.Origin, r.Horizon));
    }

    [Fact]
    public async Task The_totals_are_scored_too_since_the_history_gives_every_enterprise_at_every_origin()
    {
        var report = await RunAsync();

        Assert.All(report.Origins, o => Assert.Empty(o.DroppedEnterprises));
        Assert.DoesNotContain(report.Rows, r => r.Metric == HistoryMetric.PriceIndex);
        // The synthetic history has only enterprise output and a price index; nothing is left unscored.
        Assert.Empty(report.Unscored);
        Assert.All(report.Origins, o => Assert.Contains(o.Parameters, p => p.Path == "industries.jade.shock.sd"));
    }
}
