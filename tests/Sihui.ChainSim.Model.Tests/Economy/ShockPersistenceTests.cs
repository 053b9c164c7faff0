using MathNet.Numerics.Statistics;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Economy;

/// <summary>The macro and industry shocks persist on their own ρ, and ρ = 0 leaves them as before.</summary>
public sealed class ShockPersistenceTests
{
    private const int Trials = 20_000;

    [Fact]
    public void Persistent_shocks_correlate_year_on_year_with_their_own_rho()
    {
        var economy = Create(macro: 0.7, copper: 0.4);

        var first = economy.Advance(Y1);
        var second = economy.Advance(Y2);

        // Standard error of a sample correlation ≈ (1 − ρ²) / sqrt(n) < 0.007; jade has no persistence.
        Assert.InRange(Correlation.Pearson(first.MacroShock, second.MacroShock), 0.7 - 0.03, 0.7 + 0.03);
        Assert.InRange(Correlation.Pearson(first.IndustryShock[0], second.IndustryShock[0]), 0.4 - 0.03, 0.4 + 0.03);
        Assert.InRange(Correlation.Pearson(first.IndustryShock[1], second.IndustryShock[1]), -0.03, 0.03);
        Assert.InRange(second.MacroShock.StandardDeviation(), 0.01 * 0.97, 0.01 * 1.03);
    }

    [Fact]
    public void The_first_year_is_the_fresh_draw_and_the_second_carries_it()
    {
        var persistent = Create(macro: 0.7, copper: 0.4, trials: 64);
        var plain = Create(macro: 0, copper: 0, trials: 64);

        var (a1, b1) = (persistent.Advance(Y1), plain.Advance(Y1));
        var (a2, b2) = (persistent.Advance(Y2), plain.Advance(Y2));

        Assert.Equal(b1.MacroShock, a1.MacroShock);
        Assert.Equal(b1.IndustryShock[0], a1.IndustryShock[0]);
        Assert.NotEqual(b2.MacroShock, a2.MacroShock);
        Assert.NotEqual(b2.IndustryShock[0], a2.IndustryShock[0]);
        // Jade has no persistence in either, so its shocks stay the same draws.
        Assert.Equal(b2.IndustryShock[1], a2.IndustryShock[1]);
    }

    private static EconomyState Create(double macro, double copper, int trials = Trials) =>
        new(CompiledScenario.Compile(Scenario(trials: trials) with
        {
            Economy = new EconomyDefinition { Shock = new NormalDistribution(0, 0.01) { Persistence = macro } },
            Industries =
            [
                Industry("copper", new NormalDistribution(0, 0.02) { Persistence = copper }),
                Industry("jade", new NormalDistribution(0, 0.02)),
            ],
        }));
}
