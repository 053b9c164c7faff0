using Sihui.ChainSim.Analysis.Tests.Support;
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
