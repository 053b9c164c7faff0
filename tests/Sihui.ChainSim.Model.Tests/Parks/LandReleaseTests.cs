using Sihui.ChainSim.Model.Parks;
using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Parks;

/// <summary>
/// `release_land_after_years: n`: a project that stalls in year t gives its land back at the start of t + n, before
/// that year's starts; `projects_stalled` counts the year's stalls.
/// </summary>
public sealed class LandReleaseTests
{
    private const int Trials = 400;

    [Fact]
    public void A_release_lets_the_waiting_project_start_in_the_release_year()
    {
        // Land 10, two projects of 10 mu. "first" starts in Y1 unless it stalls there; stalling in Y2 frees the land
        // at the start of Y3, when "second" (signed, waiting for land) starts.
        var run = new ParkRunner(TwoProjects(releaseAfter: 1)).StepYears(3);

        var freedInY3 = 0;
        for (var k = 0; k < Trials; k++)
        {
            var (first, second) = Projects(run.State, k);
            if (first is { Stalled: true, StallYear: Y2 })
            {
                freedInY3++;
                Assert.Equal(0, first.HeldLand);
                Assert.NotEqual(ProjectStage.Signed, second.Stage);
                Assert.Equal(Y3 + 1, second.CompleteYear); // started in Y3, one build year
            }
        }
        // About a quarter of the trials: first did not stall in Y1 (1/2) and stalled in Y2 (1/2).
        Assert.InRange(freedInY3, Trials / 4 - 40, Trials / 4 + 40);
    }

    [Fact]
    public void Without_a_release_the_land_stays_taken_and_the_waiting_project_never_starts()
    {
        var run = new ParkRunner(TwoProjects(releaseAfter: null)).StepYears(3);

        for (var k = 0; k < Trials; k++)
        {
            var (first, second) = Projects(run.State, k);
            if (first is { Stalled: true, StallYear: Y2 })
            {
                Assert.Equal(10, first.HeldLand);
                Assert.Equal(ProjectStage.Signed, second.Stage);
            }
        }
    }

    [Fact]
    public void Stalls_are_counted_in_the_year_they_happen()
    {
        var run = new ParkRunner(TwoProjects(releaseAfter: 1));
        var first = run.Step();

        var stalledInY1 = Enumerable.Range(0, Trials).Count(k => Projects(run.State, k).First is { Stalled: true, StallYear: Y1 });
        Assert.Equal(stalledInY1, first.ProjectsStalled.Sum());
        Assert.InRange(stalledInY1, Trials / 2 - 50, Trials / 2 + 50);
    }

    private static (ProjectState First, ProjectState Second) Projects(ParkState park, int trial) =>
        (park.ProjectsIn(trial)[0], park.ProjectsIn(trial)[1]);

    private static ScenarioDefinition TwoProjects(int? releaseAfter) => Scenario(years: 4, trials: Trials) with
    {
        Parks = [Park(land: 10)],
        Projects =
        [
            Project("first") with { LandMu = 10, Behaviour = Named with { StallProbability = 0.5, ReleaseLandAfterYears = releaseAfter } },
            Project("second") with { LandMu = 10 },
        ],
    };
}
