using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Runner.Engines;
using Xunit.Abstractions;

namespace Sihui.ChainSim.Runner.Tests.Engines;

/// <summary>The nowcast's two closed-form checks through the real engine: a scenario, its observations, a run.</summary>
public sealed class NowcastClosedFormTests(ITestOutputHelper output)
{
    private const int Trials = 40_000;

    private const string Header = """
        scenario: closed form
        base_year: 2024
        end_year: 2025
        trials: 40000
        seed: 11
        industries:
          - {id: copper}
        """;

    [Fact]
    public async Task A_money_observation_gives_the_integrated_posterior()
    {
        // Output 100 growing normal(0.05, 0.1), so 2025's output is normal(105, 10); 56 observed through June at 0.5 ± 0.02.
        var text = Header + """

            enterprises:
              - {id: smelter, industry: copper, output: 100, growth: {dist: normal, mean: 0.05, sd: 0.1}}
            targets:
              - {id: high, name: High, metric: total_output, year: 2025, at_least: 110}
            seasonality:
              total_output:
                shares: [0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1]
                share_sd: [0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02]
            observations:
              - {metric: total_output, year: 2025, through_month: 6, value: 56}
            """;

        var outcome = await new DirectRunner().RunAsync(new RunRequest { ScenarioText = text, FileName = "money.yaml" });

        var conditioning = outcome.Result.Conditioning!;
        var before = conditioning.TargetsBefore.Single().Met.Probability;
        var after = outcome.Result.Targets.Single().Met.Probability;
        double Posterior(double x) => Normal.PDF(105, 10, x) * Math.Exp(ObservationLikelihood.LogMoney(56, 0.5, 0.02, x));
        var exact = Integrate.OnClosedInterval(Posterior, 110, 200) / Integrate.OnClosedInterval(Posterior, 20, 200);
        var standardError = Math.Sqrt(exact * (1 - exact) / conditioning.Ess);
        output.WriteLine($"money: before {before:F4}, after {after:F4}, posterior {exact:F4}, ESS {conditioning.Ess:F0} of {Trials}");

        // The prior is the model's normal(105, 10): P(X >= 110) = 0.3085.
        Assert.InRange(before, 0.3085 - 4 * Math.Sqrt(0.3085 * 0.6915 / Trials), 0.3085 + 4 * Math.Sqrt(0.3085 * 0.6915 / Trials));
        Assert.True(Math.Abs(after - exact) <= 4 * standardError, $"after {after:F5}, posterior {exact:F5}, 4 SE {4 * standardError:F5}");
    }

    [Fact]
    public async Task A_count_observation_gives_the_exact_posterior()
    {
        // 20 signed projects each starting in 2025 with probability 0.5; 8 observed started by June at share 0.5.
        var projects = string.Join("\n", Enumerable.Range(1, 20).Select(i =>
            $"  - {{id: p{i}, industry: copper, stage: signed, investment: 1, start_probability: 0.5, build_years: 3}}"));
        var text = Header + $$"""

            projects:
            {{projects}}
            targets:
              - {id: ten, name: Ten, metric: projects_started, year: 2025, at_least: 10}
            seasonality:
              projects_started: {shares: [0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1]}
            observations:
              - {metric: projects_started, year: 2025, through_month: 6, value: 8}
            """;

        var outcome = await new DirectRunner().RunAsync(new RunRequest { ScenarioText = text, FileName = "count.yaml" });

        var conditioning = outcome.Result.Conditioning!;
        var before = conditioning.TargetsBefore.Single().Met.Probability;
        var after = outcome.Result.Targets.Single().Met.Probability;
        // Each of the 12 unseen projects started (after June) with probability 0.25 / 0.75 = 1/3; 2 more make 10.
        var exact = 1 - Binomial.CDF(1.0 / 3, 12, 1);
        var priorExact = 1 - Binomial.CDF(0.5, 20, 9);
        var standardError = Math.Sqrt(exact * (1 - exact) / conditioning.Ess);
        output.WriteLine($"count: before {before:F4} (exact {priorExact:F4}), after {after:F4}, posterior {exact:F4}, ESS {conditioning.Ess:F0}");

        Assert.InRange(before, priorExact - 4 * Math.Sqrt(priorExact * (1 - priorExact) / Trials), priorExact + 4 * Math.Sqrt(priorExact * (1 - priorExact) / Trials));
        Assert.True(Math.Abs(after - exact) <= 4 * standardError, $"after {after:F5}, posterior {exact:F5}, 4 SE {4 * standardError:F5}");
    }
}
