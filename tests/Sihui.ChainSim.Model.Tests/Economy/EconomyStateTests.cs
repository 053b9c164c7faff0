using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Economy;

public sealed class EconomyStateTests
{
    private static EconomyState Create(ScenarioDefinition definition) => new(CompiledScenario.Compile(definition));

    [Fact]
    public void PriceWithoutVolatility_FollowsTheDriftExactly()
    {
        var definition = Scenario() with { Industries = [Industry("copper", price: new PriceDefinition(0.04, 0))] };
        var economy = Create(definition);
        // P[t] = P[t-1] exp(0.04 - 0 + 0) -> exp(0.04 t).
        for (var t = 1; t <= 3; t++)
        {
            Assert.Equal(Math.Exp(0.04 * t), economy.Advance(BaseYear + t).PriceIndex[0][0], 12);
        }
    }

    [Fact]
    public void IndustryWithoutPrice_StaysAtOne()
    {
        var economy = Create(Scenario(trials: 4));
        var year = economy.Advance(Y1);
        Assert.All(year.PriceIndex[0], p => Assert.Equal(1.0, p));
        Assert.All(year.PriceIndex[1], p => Assert.Equal(1.0, p));
    }

    [Fact]
    public void GbmPrice_HasMeanExpDrift()
    {
        // E[P1] = exp(drift - vol^2/2) E[exp(vol Z)] = exp(drift).
        const int n = 20_000;
        var definition = Scenario(trials: n) with { Industries = [Industry("copper", price: new PriceDefinition(0.05, 0.3))] };
        var prices = Create(definition).Advance(Y1).PriceIndex[0];
        var (mean, error) = MeanAndError(prices);
        Assert.InRange(mean, Math.Exp(0.05) - 4 * error, Math.Exp(0.05) + 4 * error);
    }

    [Fact]
    public void GbmPrice_TwoYears_HasMeanExpTwiceDrift_AndIndependentSteps()
    {
        const int n = 20_000;
        var definition = Scenario(trials: n) with { Industries = [Industry("copper", price: new PriceDefinition(0.05, 0.3))] };
        var economy = Create(definition);
        var p1 = economy.Advance(Y1).PriceIndex[0];
        var p2 = economy.Advance(Y2).PriceIndex[0];
        var (mean, error) = MeanAndError(p2);
        Assert.InRange(mean, Math.Exp(0.1) - 4 * error, Math.Exp(0.1) + 4 * error);
        // Log-returns of two years are uncorrelated (|r| < 4 / sqrt(n)).
        var r1 = p1.Select(p => Math.Log(p)).ToArray();
        var r2 = p1.Zip(p2, (a, b) => Math.Log(b / a)).ToArray();
        Assert.InRange(Correlation(r1, r2), -4 / Math.Sqrt(n), 4 / Math.Sqrt(n));
    }

    [Fact]
    public void Shocks_AreDrawnPerTrial_AndMissingShocksAreZero()
    {
        var definition = Scenario(trials: 3) with
        {
            Economy = new EconomyDefinition { Shock = Const(0.01) },
            Industries = [Industry("copper", shock: Const(0.03)), Industry("jade")],
        };
        var year = Create(definition).Advance(Y1);
        Assert.All(year.MacroShock, s => Assert.Equal(0.01, s));
        Assert.All(year.IndustryShock[0], s => Assert.Equal(0.03, s));
        Assert.All(year.IndustryShock[1], s => Assert.Equal(0.0, s));
    }

    [Fact]
    public void MissingMacroShock_IsZero()
    {
        var year = Create(Scenario(trials: 2)).Advance(Y1);
        Assert.Equal([0.0, 0.0], year.MacroShock);
    }

    private static double Correlation(double[] x, double[] y)
    {
        var mx = x.Average();
        var my = y.Average();
        var cov = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        return cov / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
    }
}
