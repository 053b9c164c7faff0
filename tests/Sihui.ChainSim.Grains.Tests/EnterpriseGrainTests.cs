using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Enterprises;
using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Grains.Tests;

/// <summary>An enterprise grain is a thin shell: it steps exactly as the model's plain state does, one year after another.</summary>
[Collection(SiloCollection.Name)]
public sealed class EnterpriseGrainTests(SiloFixture silo)
{
    private const int Trials = 64;

    private static readonly CompiledScenario Compiled = CompiledScenario.Compile(Scenario(years: 3, trials: Trials, seed: 5) with
    {
        Enterprises = [Enterprise("smelter", 100, new NormalDistribution(0.05, 0.1)), Enterprise("kiln", 40, Const(0.02))],
    });

    // A block of one year, summarised, as a park sends when a run's outputs list enterprises.
    private static EnterpriseYearsInput Input(int year) =>
        new(year, [Filled(0.01 * (year - BaseYear))], [Filled(-0.005)], [Filled(1 + 0.02 * (year - BaseYear))], Summarize: true);

    private static double[] Filled(double value) => Enumerable.Repeat(value, Trials).ToArray();

    private IEnterpriseGrain Grain(string runId, int index)
    {
        silo.Scenarios.Share(runId, Compiled);
        return silo.Client.GetGrain<IEnterpriseGrain>(GrainKeys.Enterprise(runId, index));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Each_year_the_grain_gives_its_enterprise_s_model_values_trial_for_trial(int index)
    {
        var grain = Grain($"same-as-model-{index}", index);
        var model = new EnterpriseState(Compiled.Enterprises[index], Compiled.Trials, Compiled.Seed);

        foreach (var year in new[] { Y1, Y2 })
        {
            var input = Input(year);
            var output = await grain.StepYearsAsync(input);
            var (value, summary) = ParkYearStep.StepEnterprise(model, year, input.IndustryShock[0], input.MacroShock[0], input.PriceIndex[0]);

            Assert.Equal(value, output.Values.Single());
            Assert.Equal(summary, output.Summaries.Single());
        }
    }

    [Fact]
    public async Task A_year_out_of_turn_is_refused_as_lost_state()
    {
        var grain = Grain("out-of-turn", 0);
        await grain.StepYearsAsync(Input(Y1));

        var refused = await Assert.ThrowsAsync<GrainStateLostException>(() => grain.StepYearsAsync(Input(Y1)));

        Assert.Contains($"enterprise {GrainKeys.Enterprise("out-of-turn", 0)} was asked for year {Y1}", refused.Message, StringComparison.Ordinal);
        Assert.True(ClusterFaults.IsClusterFault(refused));
    }
}
