using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Model.Tests.Nowcast;

/// <summary>Trial weights: the sum of the rows' logs, normalised by their maximum, the ESS, and the error when nothing explains the rows.</summary>
public sealed class TrialWeightsTests
{
    [Fact]
    public void Log_weights_are_normalised_by_their_maximum()
    {
        var w = TrialWeights.FromLogWeights([0, Math.Log(2), double.NegativeInfinity, Math.Log(0.5)])!;

        Assert.Equal([0.5, 1, 0, 0.25], w.Weights.ToArray());
        Assert.Equal(1.75, w.Total);
        Assert.Equal(1.75 * 1.75 / (0.25 + 1 + 0.0625), w.Ess, 12);
    }

    [Fact]
    public void Equal_weights_have_an_ess_of_every_trial_and_one_trial_alone_an_ess_of_1()
    {
        Assert.Equal(7, TrialWeights.Uniform(7).Ess);
        Assert.Equal(TrialWeights.Uniform(3).Weights.ToArray(), TrialWeights.Compute([], 3).Weights.ToArray());
        Assert.Equal(1, TrialWeights.FromLogWeights([double.NegativeInfinity, -3, double.NegativeInfinity])!.Ess);
    }

    [Fact]
    public void Logs_far_below_zero_keep_their_ratios()
    {
        // Plain products of 500 rows of density e^-50 underflow to 0 in every trial; logs do not.
        var w = TrialWeights.FromLogWeights([-25_000, -25_001, -25_000 + Math.Log(0.5)])!;

        Assert.Equal(1, w.Weights[0]);
        Assert.Equal(Math.Exp(-1), w.Weights[1], 12);
        Assert.Equal(0.5, w.Weights[2], 9);
    }

    [Fact]
    public void A_trials_weight_is_the_product_of_its_rows()
    {
        var money = Rows.Money(56);
        var count = Rows.Count(8);
        double[] output = [100, 110, 120];
        double[] started = [8, 10, 20];

        var w = TrialWeights.Compute([new ObservedTrials(money, output), new ObservedTrials(count, started)], 3);

        var logs = Enumerable.Range(0, 3).Select(k => money.LogWeight(output[k]) + count.LogWeight(started[k])).ToArray();
        var max = logs.Max();
        Assert.Equal(logs.Select(l => Math.Exp(l - max)), w.Weights.ToArray());
    }

    [Fact]
    public void A_growth_row_reads_the_year_before_of_each_trial()
    {
        var growth = Rows.Growth(0.05);
        double[] annual = [100, 100];
        double[] before = [90, 110];

        var w = TrialWeights.Compute([new ObservedTrials(growth, annual, before)], 2);

        // Trial 0's implied level 90 · 0.5 · 1.05 = 47.25 is nearer its 50 expected than trial 1's 57.75.
        Assert.Equal(Math.Exp(growth.LogWeight(100, 110) - growth.LogWeight(100, 90)), w.Weights[1], 12);
        Assert.Equal(1, w.Weights[0]);
    }

    [Fact]
    public void A_row_no_trial_explains_is_an_error_naming_it_and_the_trials_range()
    {
        var impossible = Rows.Count(8);
        var fine = Rows.Money(56);

        var e = Assert.Throws<ObservationsUnexplainedException>(() => TrialWeights.Compute(
            [new ObservedTrials(fine, [100, 110]), new ObservedTrials(impossible, [3, 5])], 2));

        Assert.Equal("no trial can have produced obs.csv:2 (projects_started 2025 through month 6) (the trials' annual projects_started runs from 3 to 5)", e.Message);
        Assert.Equal(2, e.Rows.Count);
    }

    [Fact]
    public void Rows_each_possible_but_never_together_are_an_error_naming_all()
    {
        // Trial 0 has enough starts but no completions; trial 1 the other way round.
        var started = Rows.Count(8);
        var completed = Rows.Count(4, metric: "projects_completed");

        var e = Assert.Throws<ObservationsUnexplainedException>(() => TrialWeights.Compute(
            [new ObservedTrials(started, [10, 2]), new ObservedTrials(completed, [1, 6])], 2));

        Assert.StartsWith("no trial can have produced these observations together, though each alone is possible: obs.csv:2 (projects_started", e.Message);
        Assert.Contains("projects_completed 2025 through month 6", e.Message);
    }

    [Fact]
    public void A_row_read_against_the_scenario_takes_its_months_share()
    {
        var scenario = ScenarioLoader.LoadText("""
            scenario: t
            base_year: 2024
            end_year: 2026
            enterprises:
              - {id: a, industry: metal, output: 100, growth: 0.05}
            industries:
              - id: metal
            seasonality:
              total_output:
                shares: [0.05, 0.12, 0.2, 0.28, 0.37, 0.48, 0.56, 0.64, 0.73, 0.82, 0.91, 1]
                share_sd: [0.03, 0.03, 0.03, 0.03, 0.03, 0.015, 0.02, 0.02, 0.02, 0.02, 0.02, 0.01]
            observations:
              - {metric: total_output, year: 2025, through_month: 6, value: 56}
              - {metric: projects_started, year: 2025, through_month: 6, value: 0}
            """, "t.yaml");

        var rows = ObservedRow.FromScenario(scenario).Select(r => WeighedObservation.Of(scenario, r)).ToList();

        Assert.Equal((ObservedKind.Money, 0.48, 0.015), (rows[0].Kind, rows[0].Share, rows[0].ShareSd));
        Assert.Equal((ObservedKind.Count, 0.5, 0.02), (rows[1].Kind, rows[1].Share, rows[1].ShareSd));
    }
}
