using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Economy;

/// <summary>Plain indicators add their draw; counts lose Binomial(level, q[t]) units and gain whole entries.</summary>
public sealed class IndicatorStateTests
{
    private static IndicatorState Create(int trials, params IndicatorDefinition[] indicators) =>
        new(CompiledScenario.Compile(Scenario(trials: trials) with { Indicators = indicators }));

    private static IndicatorDefinition Plain(double initial, Distribution change) =>
        new() { Id = "hightech", Name = "high-tech", Initial = initial, AnnualChange = change };

    private static IndicatorDefinition Count(double initial, Distribution entries, double? exitRate = null, double? cyclicality = null, bool? addsProjects = null) =>
        new() { Id = "firms", Name = "firms", Initial = initial, AnnualChange = entries, ExitRate = exitRate, ExitCyclicality = cyclicality, AddsProducingProjects = addsProjects };

    private static double[] Zeros(int trials) => new double[trials];

    [Fact]
    public void Plain_indicator_accumulates_a_constant_change()
    {
        var indicators = Create(1, Plain(10, Const(2)));
        // level[t] = level[t-1] + 2: 12, 14, 16.
        for (var t = 1; t <= 3; t++)
        {
            var (level, change) = indicators.Advance(BaseYear + t, Zeros(1), null);
            Assert.Equal(10 + 2.0 * t, level[0][0], 12);
            Assert.Equal(2, change[0][0]);
        }
    }

    [Fact]
    public void Plain_indicator_level_is_the_sum_of_its_random_changes_and_may_fall()
    {
        var indicators = Create(50, Plain(100, new PoissonDistribution(3)), Plain(10, Const(-2.5)) with { Id = "falls" });
        var sum = new double[50];
        double[][] level = [];
        for (var t = 1; t <= 4; t++)
        {
            var year = indicators.Advance(BaseYear + t, Zeros(50), null);
            for (var k = 0; k < 50; k++)
            {
                sum[k] += year.Change[0][k];
            }
            level = year.Level;
        }
        for (var k = 0; k < 50; k++)
        {
            Assert.Equal(100 + sum[k], level[0][k], 12);
        }
        Assert.Equal(0, level[1][0]);
    }

    [Fact]
    public void Count_enters_the_whole_part_of_each_draw_and_never_a_negative_number()
    {
        // No exits: 2.7 enters as 2 a year; -3 enters as 0, where a plain indicator would fall by 3.
        var indicators = Create(1, Count(10, Const(2.7), exitRate: 0), Count(10, Const(-3), exitRate: 0) with { Id = "none" });
        for (var t = 1; t <= 3; t++)
        {
            var (level, change) = indicators.Advance(BaseYear + t, Zeros(1), null);
            Assert.Equal(10 + 2.0 * t, level[0][0]);
            Assert.Equal(2, change[0][0]);
            Assert.Equal(10, level[1][0]);
            Assert.Equal(0, change[1][0]);
        }
    }

    [Fact]
    public void Exit_rate_one_empties_the_count_each_year_before_entries()
    {
        // level[t] = level[t−1] − level[t−1] + 5.
        var indicators = Create(3, Count(10, Const(5), exitRate: 1));
        double[] expectedLevel = [5, 5, 5];
        double[] expectedChange = [-5, 0, 0];
        for (var t = 1; t <= 3; t++)
        {
            var (level, change) = indicators.Advance(BaseYear + t, Zeros(3), null);
            Assert.All(level[0], l => Assert.Equal(expectedLevel[t - 1], l));
            Assert.All(change[0], c => Assert.Equal(expectedChange[t - 1], c));
        }
    }

    [Fact]
    public void An_empty_count_has_no_one_to_lose()
    {
        var indicators = Create(20, Count(0, Const(0), exitRate: 0.5));
        var (level, change) = indicators.Advance(Y1, Zeros(20), null);
        Assert.All(level[0], l => Assert.Equal(0, l));
        Assert.All(change[0], c => Assert.Equal(0, c));
    }

    [Fact]
    public void Producing_projects_enter_only_a_count_that_adds_them()
    {
        var indicators = Create(2, Count(10, Const(1), addsProjects: true), Count(10, Const(1), addsProjects: false) with { Id = "own" });
        var (level, change) = indicators.Advance(Y1, Zeros(2), [3, 0]);
        Assert.Equal([14.0, 11.0], level[0]);
        Assert.Equal([4.0, 1.0], change[0]);
        Assert.Equal([11.0, 11.0], level[1]);
    }

    [Fact]
    public void ClosedForm_one_year_with_exits_and_poisson_entries()
    {
        // L1 = L0 − Binomial(L0, q) + Poisson(λ): E = L0 (1 − q) + λ = 372, Var = L0 q (1 − q) + λ = 48.
        const int n = 20_000;
        const double l0 = 400, q = 0.1, lambda = 12;
        var level = Create(n, Count(l0, new PoissonDistribution(lambda), exitRate: q)).Advance(Y1, Zeros(n), null).Level[0];

        var expectedMean = l0 * (1 - q) + lambda;
        var expectedVariance = l0 * q * (1 - q) + lambda;
        var mean = level.Average();
        var variance = level.Sum(x => (x - mean) * (x - mean)) / (n - 1);
        var meanError = Math.Sqrt(expectedVariance / n);
        // Near-normal, so the sample variance has a standard error of about σ² sqrt(2 / (n − 1)).
        var varianceError = expectedVariance * Math.Sqrt(2.0 / (n - 1));
        Assert.InRange(mean, expectedMean - 4 * meanError, expectedMean + 4 * meanError);
        Assert.InRange(variance, expectedVariance - 4 * varianceError, expectedVariance + 4 * varianceError);
        Assert.All(level, x => Assert.Equal(Math.Floor(x), x));
    }

    [Fact]
    public void Exit_rate_follows_each_trials_macro_shock_and_is_capped_at_one()
    {
        // q[t] = min(1, 0.2 exp(−4 m)), capped for m < −ln(5)/4 ≈ −0.40; E[L1 | m] = 1000 (1 − q[t]).
        const int n = 4_000;
        const double l0 = 1000, q = 0.2, c = 4;
        var macro = Enumerable.Range(0, n).Select(k => -0.6 + 1.2 * k / n).ToArray();
        var level = Create(n, Count(l0, Const(0), exitRate: q, cyclicality: c)).Advance(Y1, macro, null).Level[0];

        var rates = macro.Select(m => Math.Min(1, q * Math.Exp(-c * m))).ToArray();
        var gap = level.Select((x, k) => x - l0 * (1 - rates[k])).Sum();
        var sd = Math.Sqrt(rates.Sum(r => l0 * r * (1 - r)));
        Assert.InRange(gap, -5 * sd, 5 * sd);
        for (var k = 0; k < n; k++)
        {
            if (rates[k] == 1)
            {
                Assert.Equal(0, level[k]);
            }
        }
        Assert.Contains(rates, r => r == 1);
        // In the best years about 1000 (1 − 0.2 e^−2.4) ≈ 982 stay; in the worst capped ones none.
        Assert.InRange(level[^1], 950, 1000);
    }

    [Fact]
    public void Zero_cyclicality_ignores_the_macro_shock()
    {
        const int n = 200;
        var calm = Create(n, Count(500, Const(0), exitRate: 0.1, cyclicality: 0)).Advance(Y1, Zeros(n), null).Level[0];
        var shocked = Create(n, Count(500, Const(0), exitRate: 0.1, cyclicality: 0)).Advance(Y1, Enumerable.Repeat(-0.3, n).ToArray(), null).Level[0];
        Assert.Equal(calm, shocked);
    }

    [Fact]
    public void A_trials_draws_do_not_depend_on_how_many_trials_run()
    {
        var few = Create(10, Count(300, new PoissonDistribution(8), exitRate: 0.07));
        var many = Create(40, Count(300, new PoissonDistribution(8), exitRate: 0.07));
        for (var t = 1; t <= 3; t++)
        {
            var a = few.Advance(BaseYear + t, Zeros(10), null).Level[0];
            var b = many.Advance(BaseYear + t, Zeros(40), null).Level[0];
            Assert.Equal(a, b.Take(10));
        }
    }
}
