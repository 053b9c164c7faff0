using Sihui.ChainSim.Model.Tests.Engine;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Parks;

public sealed class ParkStateTests
{
    [Fact]
    public void TrialPaths_DoNotDependOnTheNumberOfTrials()
    {
        // The attracting park of the rich scenario: trial k's projects must be the same whether 20 or 400 trials run.
        var small = new ParkRunner(EngineScenarios.Rich(trials: 20)).StepYears(6);
        var large = new ParkRunner(EngineScenarios.Rich(trials: 400)).StepYears(6);
        for (var k = 0; k < 20; k++)
        {
            Assert.Equal(small.State.ProjectsIn(k), large.State.ProjectsIn(k));
            for (var y = 0; y < 6; y++)
            {
                Assert.Equal(small.Years[y].Output[k], large.Years[y].Output[k]);
                Assert.Equal(small.Years[y].LandUsed[k], large.Years[y].LandUsed[k]);
            }
        }
        Assert.True(large.State.ProjectsIn(0).Count > 3);
    }

    [Fact]
    public void ParkOutput_AddsItsEnterprisesValues()
    {
        var definition = Scenario(years: 1) with
        {
            Parks = [Park()],
            Enterprises = [Enterprise("a", 1, Const(0), park: "p"), Enterprise("b", 1, Const(0), "jade", "p")],
            Projects = [Project("x") with { Behaviour = Named with { BuildYears = Const(0) } }],
        };
        var run = new ParkRunner(definition);
        var result = run.State.StepYear(Y1, [[1.0], [1.0]], [[1.0], [1.0]], [[40.0], [2.5]]);
        // Enterprises 40 (copper) and 2.5 (jade), project 10 (copper): park output 52.5.
        Assert.Equal(52.5, result.Output[0], 12);
        Assert.Equal(40, result.EnterpriseValueByIndustry[0]![0]);
        Assert.Equal(2.5, result.EnterpriseValueByIndustry[1]![0]);
        Assert.Equal(10, result.ProjectValueByIndustry[0]![0]);
    }
}
