using Sihui.ChainSim.Analysis.Tests.Support;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Analysis.Tests.Results;

public sealed class TimeToTargetTests
{
    [Fact]
    public async Task Constant_growth_meets_130_in_the_third_year_in_every_trial()
    {
        var outcome = await new DirectRunner().RunAsync(new RunRequest { ScenarioText = TestScenarios.ConstantGrowth, FileName = "c.yaml" });
        var timings = outcome.Result.TimeToTarget;

        Assert.Equal(["reach_130", "never_500", "below_50"], timings.Select(t => t.TargetId));
        var reach = timings[0];
        Assert.Equal((2026, 2026, 2026), (reach.FirstYearP10, reach.FirstYearP50, reach.FirstYearP90));
        Assert.Equal(0.0, reach.NeverShare);
        Assert.Equal(2024, reach.FromYear);
        Assert.Equal([0, 0, 50, 0], reach.FirstYearCounts);
        Assert.Equal(1.0, reach.MetByShare(2026, 50));
        Assert.Equal(0.0, reach.MetByShare(2025, 50));

        var never = timings[1];
        Assert.Null(never.FirstYearP50);
        Assert.Equal(1.0, never.NeverShare);
        Assert.Equal([0, 0, 0, 0], never.FirstYearCounts);

        // A cap of 50 is breached by the first year's 110 in every trial: the cap's event is the breach, not "met".
        var cap = timings[2];
        Assert.Equal(TimingEvent.FirstBreach, cap.Event);
        Assert.Equal(2024, cap.EarliestYear);
        Assert.Equal([50, 0, 0, 0], cap.FirstYearCounts);
        Assert.Equal(0.0, cap.HoldsEveryYear!.Probability);
        Assert.Equal(TimingEvent.FirstMet, reach.Event);
        Assert.Null(reach.HoldsEveryYear);
    }

    [Fact]
    public async Task A_cap_reports_its_first_breach_and_the_share_holding_every_year_to_the_target_year()
    {
        // 110, 121, 133.1, 146.41: a cap of 125 holds through 2025 and is first breached in 2026 in every trial.
        var outcome = await new DirectRunner().RunAsync(new RunRequest { ScenarioText = CapScenarios.ConstantCaps, FileName = "c.yaml" });
        var timings = outcome.Result.TimeToTarget.ToDictionary(t => t.TargetId);

        var early = timings["cap_125_by_2025"];
        Assert.Equal((TimingEvent.FirstBreach, 2026, 2025), (early.Event, early.EarliestYear, early.TargetYear));
        Assert.Equal([0, 0, 50, 0], early.FirstYearCounts);
        Assert.Equal(1.0, early.HoldsEveryYear!.Probability);
        Assert.Equal((2026, 2026, 2026), (early.FirstYearP10, early.FirstYearP50, early.FirstYearP90));

        var late = timings["cap_125_by_2027"];
        Assert.Equal(2026, late.EarliestYear);
        Assert.Equal(0.0, late.HoldsEveryYear!.Probability);
        Assert.Equal(0.0, late.NeverShare);
    }

    [Fact]
    public async Task A_cap_met_in_its_year_can_still_have_been_breached_before()
    {
        var outcome = await new DirectRunner().RunAsync(new RunRequest { ScenarioText = CapScenarios.RandomCaps, FileName = "r.yaml" });
        var met = outcome.Result.Targets.ToDictionary(t => t.TargetId, t => t.Met);
        var timings = outcome.Result.TimeToTarget.ToDictionary(t => t.TargetId);

        // One year: holding every year is holding in that year.
        Assert.Equal(met["cap_2024"].Successes, timings["cap_2024"].HoldsEveryYear!.Successes);
        // The 2025 cap's first-year breaches are exactly the trials above the same cap, 118, in 2024.
        Assert.Equal(met["cap_2024"].Trials - met["cap_2024"].Successes, timings["cap_2025"].FirstYearCounts[0]);
        // Growth can turn negative: some trials above the cap in 2024 are back under it in 2025.
        Assert.True(timings["cap_2025"].HoldsEveryYear!.Probability < met["cap_2025"].Probability);
    }

    [Fact]
    public async Task A_share_of_trials_never_meeting_the_threshold_is_counted()
    {
        var outcome = await new DirectRunner().RunAsync(new RunRequest
        {
            ScenarioText = TestScenarios.NormalGrowth, FileName = "n.yaml", Trials = 1000,
        });
        var timing = outcome.Result.TimeToTarget.Single();

        var met = outcome.Result.Targets.Single().Met;
        Assert.Equal(1 - met.Probability, timing.NeverShare, 12);
        Assert.Equal(2024, timing.FirstYearP10);
        Assert.Null(timing.FirstYearP90);
    }
}
