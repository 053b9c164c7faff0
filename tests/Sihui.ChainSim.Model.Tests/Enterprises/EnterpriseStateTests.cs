using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Enterprises;
using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Enterprises;

public sealed class EnterpriseStateTests
{
    private static EnterpriseState Create(EnterpriseDefinition enterprise, int trials = 1)
    {
        var scenario = CompiledScenario.Compile(Scenario(trials: trials) with { Enterprises = [enterprise] });
        return new EnterpriseState(scenario.Enterprises[0], trials, scenario.Seed);
    }

    // Steps one trial with the given industry shock, macro shock and price index; returns the output value.
    private static double Step(EnterpriseState state, int year, double industryShock = 0, double macroShock = 0, double price = 1) =>
        state.StepYear(year, [industryShock], [macroShock], [price])[0];

    [Fact]
    public void OneStep_GrowsByTheGrowthRate()
    {
        var state = Create(Enterprise("e", 100, Const(0.05)));
        // Y1 = 100 (1 + 0.05) = 105, at price 1.
        Assert.Equal(105, Step(state, Y1), 12);
        Assert.Equal(105, state.Volume[0], 12);
    }

    [Fact]
    public void SeveralSteps_Compound()
    {
        var state = Create(Enterprise("e", 100, Const(0.05)));
        Step(state, Y1);
        Step(state, Y2);
        // Y3 = 100 * 1.05^3 = 115.7625.
        Assert.Equal(115.7625, Step(state, Y3), 10);
    }

    [Fact]
    public void Capacity_CapsVolume_AndAdditionsArriveInTheirYear()
    {
        var enterprise = Enterprise("e", 100, Const(0.1)) with
        {
            Capacity = 110,
            CapacityAdditions = new Dictionary<int, double> { [Y2] = 20 },
        };
        var state = Create(enterprise);
        // Y1 = min(110, 110) = 110; Y2 = min(110 + 20, 121) = 121; Y3 = min(130, 133.1) = 130.
        Assert.Equal(110, Step(state, Y1), 10);
        Assert.Equal(121, Step(state, Y2), 10);
        Assert.Equal(130, Step(state, Y3), 10);
    }

    [Fact]
    public void AdditionBeforeTheFirstYear_CountsFromTheStart()
    {
        var enterprise = Enterprise("e", 100, Const(0.5)) with
        {
            Capacity = 100,
            CapacityAdditions = new Dictionary<int, double> { [BaseYear] = 10, [Y3] = 1000 },
        };
        var state = Create(enterprise);
        // cap[Y1] = 100 + 10 (year <= Y1); the Y3 addition is not there yet.
        Assert.Equal(110, Step(state, Y1), 10);
    }

    [Fact]
    public void Volume_IsFlooredAtZero_AndStaysThere()
    {
        var state = Create(Enterprise("e", 100, Const(-1.5)));
        // 100 (1 - 1.5) = -50 -> 0; then 0 (1 - 1.5) = 0.
        Assert.Equal(0, Step(state, Y1));
        Assert.Equal(0, Step(state, Y2));
    }

    [Fact]
    public void Shocks_AddToTheGrowthRate()
    {
        var state = Create(Enterprise("e", 100, Const(0.02)));
        // Y1 = 100 (1 + 0.02 + 0.03 + 0.01) = 106.
        Assert.Equal(106, Step(state, Y1, industryShock: 0.03, macroShock: 0.01), 10);
    }

    [Fact]
    public void Value_IsVolumeTimesPriceIndex()
    {
        var state = Create(Enterprise("e", 100, Const(0.05)));
        // Volume 105 stays in base-year prices; value 105 * 1.2 = 126.
        Assert.Equal(126, Step(state, Y1, price: 1.2), 10);
        Assert.Equal(105, state.Volume[0], 12);
        // Y2 grows from the volume, not from the value: 105 * 1.05 * 1.0 = 110.25.
        Assert.Equal(110.25, Step(state, Y2, price: 1.0), 10);
    }

    [Fact]
    public void TrialPaths_DoNotDependOnTheNumberOfTrials()
    {
        var enterprise = Enterprise("e", 100, new NormalDistribution(0.05, 0.1));
        var small = Create(enterprise, trials: 10);
        var large = Create(enterprise, trials: 1000);
        for (var year = Y1; year <= Y3; year++)
        {
            small.StepYear(year, new double[10], new double[10], Ones(10));
            large.StepYear(year, new double[1000], new double[1000], Ones(1000));
        }
        Assert.Equal(small.Volume.ToArray(), large.Volume[..10].ToArray());
        Assert.NotEqual(large.Volume[0], large.Volume[1]);
    }

    private static double[] Ones(int n) => Enumerable.Repeat(1.0, n).ToArray();
}
