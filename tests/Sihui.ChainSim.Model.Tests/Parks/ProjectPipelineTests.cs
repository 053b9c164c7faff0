using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Parks;

/// <summary>The stage rules of named projects, signed at the end of the base year, in park "p".</summary>
public sealed class ProjectPipelineTests
{
    private static ParkRunner Run(ParkDefinition park, int years, params ProjectDefinition[] projects) =>
        new ParkRunner(Scenario(years: years) with { Parks = [park], Projects = projects }).StepYears(years);

    [Fact]
    public void Start_TakesLand_AndIsCounted()
    {
        var run = Run(Park(land: 100), 2, Project("a") with { LandMu = 30 });
        // Y1: starts (100 >= 30), 30 mu used; build 1 -> completes Y2; commission 0 -> produces Y2.
        Assert.Equal([1.0, 0.0], run.Series(y => y.ProjectsStarted));
        Assert.Equal([30.0, 30.0], run.Series(y => y.LandUsed));
        Assert.Equal([0.0, 1.0], run.Series(y => y.ProjectsCompleted));
        Assert.Equal([0.0, 10.0], run.ProjectOutput());
    }

    [Fact]
    public void BuildUnderOneYear_CompletesInTheStartYear()
    {
        var run = Run(Park(), 1, Project("a") with { Behaviour = Named with { BuildYears = Const(0.5) } });
        // floor(0.5) = 0: start, complete and (commission 0) produce all in Y1.
        Assert.Equal([1.0], run.Series(y => y.ProjectsStarted));
        Assert.Equal([1.0], run.Series(y => y.ProjectsCompleted));
        Assert.Equal([1.0], run.Series(y => y.ProjectsProducing));
        Assert.Equal([10.0], run.ProjectOutput());
    }

    [Fact]
    public void Completion_ComesFloorOfBuildYearsAfterTheStart()
    {
        var run = Run(Park(), 4, Project("a") with { Behaviour = Named with { BuildYears = Const(2.7) } });
        // Start Y1, complete Y1 + floor(2.7) = Y3.
        Assert.Equal([1.0, 0.0, 0.0, 0.0], run.Series(y => y.ProjectsStarted));
        Assert.Equal([0.0, 0.0, 1.0, 0.0], run.Series(y => y.ProjectsCompleted));
        Assert.Equal([0.0, 0.0, 10.0, 10.0], run.ProjectOutput());
    }

    [Fact]
    public void Commissioning_DelaysProduction()
    {
        var run = Run(Park(), 4, Project("a") with { Behaviour = Named with { CommissionYears = Const(2.2) } });
        // Start Y1, complete Y2, produce from Y2 + floor(2.2) = Y4.
        Assert.Equal([0.0, 1.0, 0.0, 0.0], run.Series(y => y.ProjectsCompleted));
        Assert.Equal([0.0, 0.0, 0.0, 1.0], run.Series(y => y.ProjectsProducing));
        Assert.Equal([0.0, 0.0, 0.0, 10.0], run.ProjectOutput());
    }

    [Fact]
    public void Production_WaitsForPower_UntilAnAdditionArrives()
    {
        var park = Park(power: 2) with { PowerAdditions = new Dictionary<int, double> { [Y3] = 3 } };
        var run = Run(park, 4, Project("a") with { PowerMw = 5, Behaviour = Named with { BuildYears = Const(0) } });
        // Completed in Y1 but 2 MW < 5 MW; Y3 adds 3 MW at the start of the year -> 5 >= 5, produces Y3.
        Assert.Equal([1.0, 0.0, 0.0, 0.0], run.Series(y => y.ProjectsCompleted));
        Assert.Equal([0.0, 0.0, 1.0, 0.0], run.Series(y => y.ProjectsProducing));
        Assert.Equal([0.0, 0.0, 10.0, 10.0], run.ProjectOutput());
    }

    [Fact]
    public void Production_TakesThePower_SoASecondProjectWaits()
    {
        var park = Park(power: 5) with { PowerAdditions = new Dictionary<int, double> { [Y3] = 5 } };
        var run = Run(park, 3,
            Project("a") with { PowerMw = 5, Behaviour = Named with { BuildYears = Const(0) } },
            Project("b", investment: 20) with { PowerMw = 5, Behaviour = Named with { BuildYears = Const(0) } });
        // Y1: a takes all 5 MW; b waits until Y3 brings 5 MW more.
        Assert.Equal([1.0, 0.0, 1.0], run.Series(y => y.ProjectsProducing));
        Assert.Equal([10.0, 10.0, 30.0], run.ProjectOutput());
    }

    [Fact]
    public void Start_WaitsForLand_UntilAnAdditionArrives()
    {
        var park = Park(land: 0) with { LandAdditions = new Dictionary<int, double> { [Y2] = 10 } };
        var run = Run(park, 3, Project("a") with { LandMu = 10 });
        Assert.Equal([0.0, 1.0, 0.0], run.Series(y => y.ProjectsStarted));
        Assert.Equal([0.0, 10.0, 10.0], run.Series(y => y.LandUsed));
        Assert.Equal([0.0, 0.0, 1.0], run.Series(y => y.ProjectsCompleted));
    }

    [Fact]
    public void Land_GoesToProjectsInOrder()
    {
        var park = Park(land: 50) with { LandAdditions = new Dictionary<int, double> { [Y2] = 20 } };
        var run = Run(park, 2, Project("a") with { LandMu = 30 }, Project("b") with { LandMu = 30 });
        // Y1: a takes 30 of 50, b finds 20 < 30; Y2: 20 + 20 = 40 >= 30, b starts.
        Assert.Equal([1.0, 1.0], run.Series(y => y.ProjectsStarted));
        Assert.Equal([30.0, 60.0], run.Series(y => y.LandUsed));
    }

    [Fact]
    public void StallProbabilityOne_ProjectNeverMoves()
    {
        var run = Run(Park(), 5, Project("a") with { Behaviour = Named with { StallProbability = 1 } });
        Assert.All(run.Years, y => Assert.Equal(0, y.ProjectsStarted[0] + y.ProjectsCompleted[0] + y.ProjectsProducing[0]));
        var project = run.State.ProjectsIn(0)[0];
        Assert.True(project.Stalled);
        Assert.Equal(ProjectStage.Signed, project.Stage);
    }

    [Fact]
    public void StallWhileStarted_StopsTheProjectForGood()
    {
        var run = Run(Park(), 5, Project("a") with { Stage = ProjectStage.Started, Behaviour = Named with { StallProbability = 1 } });
        Assert.All(run.Years, y => Assert.Equal(0, y.ProjectsCompleted[0]));
        Assert.Equal(ProjectStage.Started, run.State.ProjectsIn(0)[0].Stage);
    }

    [Fact]
    public void StallProbabilityZero_ProjectMovesNormally()
    {
        var run = Run(Park(), 2, Project("a") with { Behaviour = Named with { StallProbability = 0 } });
        Assert.Equal([1.0, 0.0], run.Series(y => y.ProjectsStarted));
        Assert.Equal([0.0, 1.0], run.Series(y => y.ProjectsCompleted));
        Assert.False(run.State.ProjectsIn(0)[0].Stalled);
    }

    [Fact]
    public void StartProbabilityZero_NeverStarts()
    {
        var run = Run(Park(), 5, Project("a") with { Behaviour = Named with { StartProbability = 0 } });
        Assert.All(run.Years, y => Assert.Equal(0, y.ProjectsStarted[0]));
        Assert.Equal(ProjectStage.Signed, run.State.ProjectsIn(0)[0].Stage);
        Assert.False(run.State.ProjectsIn(0)[0].Stalled);
    }

    [Fact]
    public void StallIsCheckedBeforeStart_ProbabilitiesMultiply()
    {
        // P(start in Y1) = P(no stall) P(start) = 0.8 * 0.5 = 0.4.
        const int n = 20_000;
        var definition = Scenario(years: 1, trials: n) with
        {
            Parks = [Park()],
            Projects = [Project("a") with { Behaviour = Named with { StallProbability = 0.2, StartProbability = 0.5 } }],
        };
        var run = new ParkRunner(definition).StepYears(1);
        var started = run.Years[0].ProjectsStarted.Average();
        var stalled = Enumerable.Range(0, n).Count(k => run.State.ProjectsIn(k)[0].Stalled) / (double)n;
        var error = Math.Sqrt(0.4 * 0.6 / n);
        Assert.InRange(started, 0.4 - 4 * error, 0.4 + 4 * error);
        var stallError = Math.Sqrt(0.2 * 0.8 / n);
        Assert.InRange(stalled, 0.2 - 4 * stallError, 0.2 + 4 * stallError);
    }

    [Fact]
    public void RampUp_ScalesOutput_AndItsLastEntryRepeats()
    {
        var project = Project("a") with { Behaviour = Named with { BuildYears = Const(0), OutputPerInvestment = 2, RampUp = [0.5, 0.8] } };
        var run = Run(Park(), 3, project);
        // Full output 10 * 2 = 20: 0.5 * 20, 0.8 * 20, 0.8 * 20.
        Assert.Equal([10.0, 16.0, 16.0], run.ProjectOutput());
        Assert.Equal([10.0, 16.0, 16.0], run.Series(y => y.Output));
        Assert.Equal([1.0, 0.0, 0.0], run.Series(y => y.ProjectsProducing));
    }

    [Fact]
    public void Output_IsValuedAtTheIndustryPriceIndex()
    {
        var run = new ParkRunner(Scenario(years: 1) with
        {
            Parks = [Park()],
            Projects = [Project("a", industry: "jade") with { Behaviour = Named with { BuildYears = Const(0) } }],
        });
        var year = run.Step(price: 1.5);
        // 10 invested * 1 * ramp 1 * price 1.5 = 15, booked under jade only.
        Assert.Equal(15, year.ProjectValueByIndustry[1]![0], 12);
        Assert.Null(year.ProjectValueByIndustry[0]);
        Assert.Equal(15, year.Output[0], 12);
    }

    [Fact]
    public void Counts_AreEventsInTheYearTheyHappen()
    {
        var run = Run(Park(), 3,
            Project("a") with { Behaviour = Named with { BuildYears = Const(0) } },
            Project("b") with { Behaviour = Named with { CommissionYears = Const(1) } },
            Project("c") with { Stage = ProjectStage.Started, Behaviour = Named with { BuildYears = Const(2) } });
        // a: start, complete, produce Y1. b: start Y1, complete Y2, produce Y3. c (started at base): complete and produce Y2.
        Assert.Equal([2.0, 0.0, 0.0], run.Series(y => y.ProjectsStarted));
        Assert.Equal([1.0, 2.0, 0.0], run.Series(y => y.ProjectsCompleted));
        Assert.Equal([1.0, 1.0, 1.0], run.Series(y => y.ProjectsProducing));
        Assert.Equal([10.0, 20.0, 30.0], run.ProjectOutput());
    }
}
