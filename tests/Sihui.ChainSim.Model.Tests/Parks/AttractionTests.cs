using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Parks;

/// <summary>New signed projects from a park's attraction and from chain masters.</summary>
public sealed class AttractionTests
{
    private static ParkDefinition AttractingPark(Distribution count, Distribution investment, ProjectTemplate template, params IndustryShare[] mix) =>
        Park() with
        {
            Attraction = new AttractionDefinition
            {
                ProjectsPerYear = count,
                InvestmentPerProject = investment,
                IndustryMix = mix.Length == 0 ? [new IndustryShare("copper", 1)] : mix,
                Project = template,
            },
        };

    private static readonly ProjectTemplate AlwaysStarts = new() { Behaviour = new() { StartProbability = 1 } };

    [Fact]
    public void ConstantCount_SignsThatManyProjectsEachYear()
    {
        var park = AttractingPark(Const(2), Const(5), AlwaysStarts);
        var run = new ParkRunner(Scenario() with { Parks = [park] }).StepYears(3);
        // Two per year, 5 each: new investment 10 every year; 6 projects after three years.
        Assert.Equal([10.0, 10.0, 10.0], run.Series(y => y.NewProjectInvestment));
        Assert.Equal(6, run.State.ProjectsIn(0).Count);
        Assert.All(run.State.ProjectsIn(0), p => Assert.Equal(5, p.Investment));
    }

    [Fact]
    public void NewProjects_CannotStartInTheirSigningYear()
    {
        var park = AttractingPark(Const(2), Const(5), AlwaysStarts);
        var run = new ParkRunner(Scenario() with { Parks = [park] }).StepYears(3);
        // Y1's two start in Y2, Y2's two in Y3; build 1 -> Y1's complete and produce in Y3 (2 x 5).
        Assert.Equal([0.0, 2.0, 2.0], run.Series(y => y.ProjectsStarted));
        Assert.Equal([0.0, 0.0, 2.0], run.Series(y => y.ProjectsCompleted));
        Assert.Equal([0.0, 0.0, 10.0], run.ProjectOutput());
    }

    [Fact]
    public void CountIsFlooredAndNegativeCountsSignNothing()
    {
        var floored = new ParkRunner(Scenario(years: 1) with { Parks = [AttractingPark(Const(2.9), Const(1), AlwaysStarts)] }).StepYears(1);
        Assert.Equal(2, floored.State.ProjectsIn(0).Count);
        var negative = new ParkRunner(Scenario(years: 1) with { Parks = [AttractingPark(Const(-1), Const(1), AlwaysStarts)] }).StepYears(1);
        Assert.Empty(negative.State.ProjectsIn(0));
        Assert.Equal([0.0], negative.Series(y => y.NewProjectInvestment));
    }

    [Fact]
    public void LandAndPower_ScaleWithInvestment()
    {
        var template = AlwaysStarts with { LandMuPerInvestment = 2, PowerMwPerInvestment = 0.5, Behaviour = AlwaysStarts.Behaviour with { BuildYears = Const(0) } };
        var park = AttractingPark(Const(1), Const(5), template) with { LandMu = 100, PowerMw = 100 };
        var run = new ParkRunner(Scenario() with { Parks = [park] }).StepYears(2);
        // Investment 5: land 5 x 2 = 10 mu, power 5 x 0.5 = 2.5 MW. Y1's project starts in Y2 and takes 10 mu.
        var first = run.State.ProjectsIn(0)[0];
        Assert.Equal(10, first.LandMu, 12);
        Assert.Equal(2.5, first.PowerMw, 12);
        Assert.Equal([0.0, 10.0], run.Series(y => y.LandUsed));
    }

    [Fact]
    public void LandIntensity_LimitsHowManyGeneratedProjectsStart()
    {
        var template = AlwaysStarts with { LandMuPerInvestment = 2 };
        var park = AttractingPark(Const(3), Const(5), template) with { LandMu = 25 };
        var run = new ParkRunner(Scenario(years: 2) with { Parks = [park] }).StepYears(2);
        // Three projects need 10 mu each; 25 mu lets two start in Y2.
        Assert.Equal([0.0, 2.0], run.Series(y => y.ProjectsStarted));
        Assert.Equal([0.0, 20.0], run.Series(y => y.LandUsed));
    }

    [Fact]
    public void IndustryMix_PicksIndustriesInProportion()
    {
        const int n = 20_000;
        var park = AttractingPark(Const(1), Const(1), AlwaysStarts, new IndustryShare("copper", 1), new IndustryShare("jade", 3));
        var run = new ParkRunner(Scenario(years: 1, trials: n) with { Parks = [park] }).StepYears(1);
        // Weights 1 : 3 -> jade with probability 0.75.
        var jade = Enumerable.Range(0, n).Count(k => run.State.ProjectsIn(k)[0].Industry == 1) / (double)n;
        var error = Math.Sqrt(0.75 * 0.25 / n);
        Assert.InRange(jade, 0.75 - 4 * error, 0.75 + 4 * error);
    }

    [Fact]
    public void RandomInvestment_IsCountedAsDrawn()
    {
        const int n = 500;
        var park = AttractingPark(Const(2), new UniformDistribution(1, 9), AlwaysStarts);
        var run = new ParkRunner(Scenario(years: 1, trials: n) with { Parks = [park] }).StepYears(1);
        for (var k = 0; k < n; k++)
        {
            var projects = run.State.ProjectsIn(k);
            Assert.Equal(projects.Sum(p => p.Investment), run.Years[0].NewProjectInvestment[k], 12);
            Assert.NotEqual(projects[0].Investment, projects[1].Investment);
        }
    }

    [Fact]
    public void ChainMaster_SignsSuppliersInItsIndustry()
    {
        var master = Enterprise("smelter", 100, Const(0), park: "p") with
        {
            ChainMaster = new ChainMasterDefinition
            {
                SuppliersPerYear = Const(2),
                Investment = Const(3),
                Industry = "jade",
                Project = new ProjectTemplate { Behaviour = new() { StartProbability = 1, BuildYears = Const(0), OutputPerInvestment = 2 } },
            },
        };
        var run = new ParkRunner(Scenario() with { Parks = [Park()], Enterprises = [master] }).StepYears(2);
        // Two suppliers of 3 each a year: new investment 6. Y1's start and produce in Y2: 2 x 3 x 2 = 12 of jade output.
        Assert.Equal([6.0, 6.0], run.Series(y => y.NewProjectInvestment));
        Assert.All(run.State.ProjectsIn(0), p => Assert.Equal(1, p.Industry));
        Assert.Equal([0.0, 12.0], run.ProjectOutput(industry: 1));
    }

    [Fact]
    public void ChainMaster_WithoutATemplate_UsesTheParkAttractionTemplate()
    {
        var master = Enterprise("smelter", 100, Const(0), park: "p") with
        {
            ChainMaster = new ChainMasterDefinition { SuppliersPerYear = Const(1), Investment = Const(4), Industry = "jade" },
        };
        var park = AttractingPark(Const(0), Const(1), AlwaysStarts with { LandMuPerInvestment = 3 });
        var run = new ParkRunner(Scenario(years: 2) with { Parks = [park], Enterprises = [master] }).StepYears(2);
        // The supplier takes the park template: starts for sure in Y2, with 4 x 3 = 12 mu.
        Assert.Equal([0.0, 1.0], run.Series(y => y.ProjectsStarted));
        Assert.Equal([0.0, 12.0], run.Series(y => y.LandUsed));
    }

    [Fact]
    public void TemplateStallProbabilityOne_GeneratedProjectsNeverStart()
    {
        var park = AttractingPark(Const(2), Const(5), AlwaysStarts with { Behaviour = AlwaysStarts.Behaviour with { StallProbability = 1 } });
        var run = new ParkRunner(Scenario() with { Parks = [park] }).StepYears(3);
        Assert.Equal([0.0, 0.0, 0.0], run.Series(y => y.ProjectsStarted));
        // Y1's and Y2's projects were checked (and stalled); Y3's are only just signed.
        Assert.Equal(4, run.State.ProjectsIn(0).Count(p => p.Stalled));
    }
}
