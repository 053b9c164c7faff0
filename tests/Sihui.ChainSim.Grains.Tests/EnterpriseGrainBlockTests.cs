using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Enterprises;
using Sihui.ChainSim.Model.Statistics;
using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Grains.Tests;

/// <summary>A block of years in one call gives what the model's state gives stepped one year after another.</summary>
[Collection(SiloCollection.Name)]
public sealed class EnterpriseGrainBlockTests(SiloFixture silo)
{
    private const int Trials = 48;

    private static readonly CompiledScenario Compiled = CompiledScenario.Compile(Scenario(years: 3, trials: Trials, seed: 9) with
    {
        Enterprises = [Enterprise("smelter", 100, new NormalDistribution(0.05, 0.1))],
    });

    private static double[] Filled(double value) => Enumerable.Repeat(value, Trials).ToArray();

    private static EnterpriseYearsInput Block(int firstYear, int years, bool summarize) => new(
        firstYear,
        [.. Enumerable.Range(0, years).Select(y => Filled(0.01 * (y + 1)))],
        [.. Enumerable.Range(0, years).Select(_ => Filled(-0.004))],
        [.. Enumerable.Range(0, years).Select(y => Filled(1 + 0.03 * y))],
        summarize);

    private IEnterpriseGrain Grain(string runId)
    {
        silo.Scenarios.Share(runId, Compiled);
        return silo.Client.GetGrain<IEnterpriseGrain>(GrainKeys.Enterprise(runId, 0));
    }

    [Fact]
    public async Task A_block_gives_the_model_s_values_and_summaries_year_by_year()
    {
        var input = Block(Y1, 2, summarize: true);
        var output = await Grain("block-same-as-model").StepYearsAsync(input);

        var model = new EnterpriseState(Compiled.Enterprises[0], Trials, Compiled.Seed);
        for (var y = 0; y < 2; y++)
        {
            var value = model.StepYear(Y1 + y, input.IndustryShock[y], input.MacroShock[y], input.PriceIndex[y]);
            Assert.Equal(value, output.Values[y]);
            Assert.Equal(TrialStatistics.Summarize(value), output.Summaries[y]);
        }
    }

    [Fact]
    public async Task Without_summaries_a_block_carries_values_only()
    {
        var output = await Grain("block-no-summaries").StepYearsAsync(Block(Y1, 3, summarize: false));

        Assert.Equal(3, output.Values.Length);
        Assert.Empty(output.Summaries);
    }

    [Fact]
    public async Task The_block_after_a_block_starts_where_it_ended_and_a_repeat_is_refused()
    {
        var grain = Grain("block-after-block");
        await grain.StepYearsAsync(Block(Y1, 2, summarize: false));

        await Assert.ThrowsAsync<GrainStateLostException>(() => grain.StepYearsAsync(Block(Y1, 1, summarize: false)));
    }
}
