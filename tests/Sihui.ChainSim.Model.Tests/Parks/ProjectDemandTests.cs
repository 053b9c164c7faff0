using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Parks;
using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Parks;

/// <summary>A producing project's output follows its industry's demand index D[t] = Π (1 + s[y] + m[y]), unless it opts out.</summary>
public sealed class ProjectDemandTests
{
    [Fact]
    public void Output_is_multiplied_by_the_demand_index()
    {
        // A project producing from the base year: 10 × 1 × ramp 1 × D 1.3 × price 1.1 = 14.3.
        var run = new ParkRunner(ProducingProject(Named));

        var result = run.Step(price: 1.1, demand: 1.3);

        Assert.Equal(14.3, result.ProjectValueByIndustry[0]![0], 12);
    }

    [Fact]
    public void A_project_that_does_not_follow_demand_keeps_its_output()
    {
        var run = new ParkRunner(ProducingProject(Named with { FollowsDemand = false }));

        var result = run.Step(price: 1.1, demand: 1.3);

        Assert.Equal(11.0, result.ProjectValueByIndustry[0]![0], 12);
    }

    [Fact]
    public void Demand_index_is_the_product_of_one_plus_industry_and_macro_shocks()
    {
        // Constant shocks: industry 0.05, macro −0.02, so D = 1.03 after one year and 1.03² after two.
        var definition = Scenario() with
        {
            Economy = new EconomyDefinition { Shock = Const(-0.02) },
            Industries = [Industry("copper", shock: Const(0.05)), Industry("jade")],
        };
        var economy = new EconomyState(CompiledScenario.Compile(definition));

        var first = economy.Advance(Y1);
        var second = economy.Advance(Y2);

        Assert.Equal(1.03, first.DemandIndex[0][0], 12);
        Assert.Equal(1.03 * 1.03, second.DemandIndex[0][0], 12);
        Assert.Equal(0.98 * 0.98, second.DemandIndex[1][0], 12);
    }

    [Fact]
    public void Output_mean_and_sd_under_a_normal_industry_shock_match_the_closed_form()
    {
        // s ~ Normal(0, σ) each year, independent: after n years E[D] = 1 and Var[D] = (1 + σ²)^n − 1,
        // so a project of full output 10 has mean 10 and sd 10 √((1 + σ²)^n − 1).
        const int trials = 20_000;
        const double sigma = 0.1;
        var definition = ProducingProject(Named, trials) with
        {
            Industries = [Industry("copper", shock: new NormalDistribution(0, sigma)), Industry("jade")],
        };
        var scenario = CompiledScenario.Compile(definition);
        var economy = new EconomyState(scenario);
        var park = new ParkState(scenario, scenario.Parks[0]);

        for (var n = 1; n <= 2; n++)
        {
            var year = economy.Advance(BaseYear + n);
            var output = park.StepYear(year.Year, year.PriceIndex, year.DemandIndex, []).ProjectValueByIndustry[0]!;

            var (mean, error) = MeanAndError(output);
            var sd = Math.Sqrt(output.Sum(v => (v - mean) * (v - mean)) / (trials - 1));
            var expectedSd = 10 * Math.Sqrt(Math.Pow(1 + sigma * sigma, n) - 1);
            Assert.InRange(mean, 10 - 4 * error, 10 + 4 * error);
            // The sample sd of a near-normal variable has a standard error of about sd / √(2n).
            Assert.InRange(sd, expectedSd * (1 - 4 / Math.Sqrt(2.0 * trials)), expectedSd * (1 + 4 / Math.Sqrt(2.0 * trials)));
        }
    }

    private static ScenarioDefinition ProducingProject(ProjectBehaviour behaviour, int trials = 1) => Scenario(trials: trials) with
    {
        Parks = [Park()],
        Projects = [Project("x") with { Stage = ProjectStage.Producing, Behaviour = behaviour }],
    };
}
