using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Parks;

/// <summary>How named projects that are already under way at the end of the base year enter the simulation.</summary>
public sealed class BaseYearStageTests
{
    private static ParkRunner Run(int years, ProjectDefinition project, ParkDefinition? park = null, int trials = 1) =>
        new ParkRunner(Scenario(years: years, trials: trials) with { Parks = [park ?? Park()], Projects = [project] }).StepYears(years);

    [Fact]
    public void StartedAtBase_CompletesBuildYearsAfterTheBase_WithoutAStartEvent()
    {
        var run = Run(3, Project("a") with { Stage = ProjectStage.Started, Behaviour = Named with { BuildYears = Const(2) } });
        // Remaining build 2 years from the base: completes Y2; no land is taken again.
        Assert.Equal([0.0, 0.0, 0.0], run.Series(y => y.ProjectsStarted));
        Assert.Equal([0.0, 1.0, 0.0], run.Series(y => y.ProjectsCompleted));
        Assert.Equal([0.0, 10.0, 10.0], run.ProjectOutput());
    }

    [Fact]
    public void StartedAtBase_DoesNotTakeLandAgain()
    {
        var run = Run(2, Project("a") with { Stage = ProjectStage.Started, LandMu = 30 }, Park(land: 0));
        Assert.Equal([0.0, 0.0], run.Series(y => y.LandUsed));
        Assert.Equal([1.0, 0.0], run.Series(y => y.ProjectsCompleted));
    }

    [Fact]
    public void StartedAtBase_DrawsItsRemainingBuildKeyedAtTheBaseYear()
    {
        const int n = 200;
        var build = new UniformDistribution(0, 4);
        var run = Run(1, Project("a") with { Stage = ProjectStage.Started, Behaviour = Named with { BuildYears = build } }, trials: n);
        var sampler = new Sampler(run.Scenario.Seed);
        var key = run.Scenario.Parks[0].NamedProjects[0].Key;
        for (var k = 0; k < n; k++)
        {
            var expected = BaseYear + (int)Math.Floor(sampler.Draw(build, key, BaseYear, RandomStream.BuildYears, k));
            Assert.Equal(expected, run.State.ProjectsIn(k)[0].CompleteYear);
        }
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(1.0, 0)]
    [InlineData(2.5, 1)]
    public void CompletedAtBase_ProducesFromBasePlusCommission(double commissionYears, int firstProducingIndex)
    {
        // floor(c) = 0 or 1 -> produces from Y1 (the base itself is not simulated); floor(2.5) = 2 -> Y2.
        var run = Run(3, Project("a") with { Stage = ProjectStage.Completed, Behaviour = Named with { CommissionYears = Const(commissionYears) } });
        var expected = new double[3];
        expected[firstProducingIndex] = 1;
        Assert.Equal(expected, run.Series(y => y.ProjectsProducing));
        Assert.Equal([0.0, 0.0, 0.0], run.Series(y => y.ProjectsCompleted));
        Assert.Equal(10.0, run.ProjectOutput()[firstProducingIndex]);
    }

    [Fact]
    public void CompletedAtBase_StillNeedsPower()
    {
        var park = Park(power: 0) with { PowerAdditions = new Dictionary<int, double> { [Y2] = 5 } };
        var run = Run(2, Project("a") with { Stage = ProjectStage.Completed, PowerMw = 5 }, park);
        Assert.Equal([0.0, 1.0], run.Series(y => y.ProjectsProducing));
    }

    [Fact]
    public void ProducingAtBase_IsInItsSecondProducingYearFirst()
    {
        var project = Project("a") with { Stage = ProjectStage.Producing, Behaviour = Named with { RampUp = [0.5, 0.8, 0.9] } };
        var run = Run(3, project, Park(power: 0));
        // Base year was n = 1; Y1 is n = 2 -> 0.8, Y2 -> 0.9, Y3 -> 0.9. It holds its power already, and is no new event.
        Assert.Equal([8.0, 9.0, 9.0], run.ProjectOutput());
        Assert.Equal([0.0, 0.0, 0.0], run.Series(y => y.ProjectsProducing));
    }

    [Fact]
    public void ProducingAtBase_CannotStall()
    {
        var run = Run(2, Project("a") with { Stage = ProjectStage.Producing, Behaviour = Named with { StallProbability = 1 } });
        Assert.Equal([10.0, 10.0], run.ProjectOutput());
    }
}
