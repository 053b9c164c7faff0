using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Enterprises;
using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;
using Xunit.Abstractions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Enterprises;

/// <summary>An enterprise's growth with persistence ρ: Cov(g1, g2) = ρσ², so E[Y2] = Y0 ((1 + μ)² + ρσ²).</summary>
public sealed class GrowthPersistenceTests(ITestOutputHelper output)
{
    private const double Output = 100;
    private const double Mu = 0.05;
    private const double Sigma = 0.2;

    [Fact]
    public void Expected_output_after_two_years_with_rho_0_6_matches_the_closed_form()
    {
        const int trials = 100_000;
        var state = Create(new NormalDistribution(Mu, Sigma) { Persistence = 0.6 }, trials);

        Step(state, Y1, trials);
        Step(state, Y2, trials);
        var (mean, error) = MeanAndError(state.Volume.ToArray());

        // Y2 = Y0 (1 + g1)(1 + g2): E = Y0 ((1 + μ)² + Cov(g1, g2)) = 100 (1.1025 + 0.6 · 0.04) = 112.65.
        var expected = Output * ((1 + Mu) * (1 + Mu) + 0.6 * Sigma * Sigma);
        Assert.Equal(112.65, expected, 10);
        output.WriteLine($"E[Y2]: sample {mean:F4} ± {error:F4} (standard error), closed form {expected:F4}");
        Assert.InRange(mean, expected - 4 * error, expected + 4 * error);
        // The test can tell: independent years would give 110.25, far outside the band.
        Assert.True(expected - Output * (1 + Mu) * (1 + Mu) > 8 * error);
    }

    [Fact]
    public void Zero_persistence_leaves_the_volumes_bit_for_bit_as_the_plain_growth_rule()
    {
        const int trials = 256;
        var growth = new NormalDistribution(Mu, Sigma);
        var state = Create(growth with { Persistence = 0 }, trials);
        var plan = state.Plan;
        var sampler = new Sampler(7);
        var volume = Enumerable.Repeat(Output, trials).ToArray();
        var g = new double[trials];
        for (var year = Y1; year <= Y3; year++)
        {
            Step(state, year, trials);
            sampler.Fill(g, growth, plan.Key, year, RandomStream.Growth);
            for (var k = 0; k < trials; k++)
            {
                volume[k] = Math.Min(double.PositiveInfinity, Math.Max(0, volume[k] * (1 + g[k] + 0.0 + 0.0)));
            }
            Assert.Equal(volume, state.Volume.ToArray());
        }
    }

    [Fact]
    public void The_first_year_is_the_fresh_draw_and_later_years_carry_the_last()
    {
        const int trials = 2_000;
        var persistent = Create(new NormalDistribution(Mu, Sigma) { Persistence = 0.6 }, trials);
        var plain = Create(new NormalDistribution(Mu, Sigma), trials);

        Assert.Equal(Step(plain, Y1, trials), Step(persistent, Y1, trials));
        Assert.NotEqual(Step(plain, Y2, trials), Step(persistent, Y2, trials));
    }

    private static EnterpriseState Create(Distribution growth, int trials)
    {
        var scenario = CompiledScenario.Compile(Scenario(trials: trials) with { Enterprises = [Enterprise("e", Output, growth)] });
        return new EnterpriseState(scenario.Enterprises[0], trials, scenario.Seed);
    }

    private static double[] Step(EnterpriseState state, int year, int trials)
    {
        var zeros = new double[trials];
        var ones = Enumerable.Repeat(1.0, trials).ToArray();
        return state.StepYear(year, zeros, zeros, ones);
    }
}
