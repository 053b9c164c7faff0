using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using Sihui.ChainSim.Model.Nowcast;
using Xunit.Abstractions;

namespace Sihui.ChainSim.Model.Tests.Nowcast;

/// <summary>
/// The two closed-form checks of the nowcast, at the level of the weights: weighted trials drawn from the
/// prior must give the exact posterior, within 4 standard errors at the effective sample size.
/// </summary>
public sealed class ClosedFormNowcastTests(ITestOutputHelper output)
{
    private const int Draws = 200_000;

    [Fact]
    public void A_money_observation_moves_the_odds_to_the_integrated_posterior()
    {
        // Output 100 growing normal(0.05, 0.1): annual X ~ normal(105, 10). Observed 56 through June at share 0.5 ± 0.02.
        var row = Rows.Money(56, share: 0.5, shareSd: 0.02);
        var annual = new double[Draws];
        Normal.Samples(new Random(20250601), annual, 105, 10);

        var weights = TrialWeights.Compute([new ObservedTrials(row, annual)], Draws);
        var p = WeightedStatistics.Probability(weights, annual.Select(x => x >= 110).ToArray());

        double Posterior(double x) => Normal.PDF(105, 10, x) * Math.Exp(ObservationLikelihood.LogMoney(56, 0.5, 0.02, x));
        var exact = Integrate.OnClosedInterval(Posterior, 110, 200) / Integrate.OnClosedInterval(Posterior, 20, 200);
        var standardError = Math.Sqrt(exact * (1 - exact) / weights.Ess);

        output.WriteLine($"money: weighted P = {p.Probability:F5} [{p.Low:F5}, {p.High:F5}], posterior {exact:F5}, ESS {weights.Ess:F0} of {Draws}");
        Assert.InRange(exact, 0.55, 0.65); // about 0.59, from a prior P(X >= 110) of 0.31: the check can fail
        Assert.InRange(weights.Ess, 0.2 * Draws, Draws);
        Assert.True(Math.Abs(p.Probability - exact) <= 4 * standardError,
            $"weighted P = {p.Probability:F5}, posterior {exact:F5}, 4 SE = {4 * standardError:F5} at ESS {weights.Ess:F0}");
        Assert.InRange(exact, p.Low, p.High);
    }

    [Fact]
    public void Counts_move_the_odds_to_the_exact_posterior_when_every_outcome_is_enumerated()
    {
        // 20 signed projects starting with probability 0.5; 8 seen started by June at share 0.5.
        // Every one of the 2^20 start patterns is a trial: N = n in C(20, n) of them, so the weights alone carry the posterior.
        var annual = new double[1 << 20];
        var k = 0;
        for (var n = 0; n <= 20; n++)
        {
            var ways = (int)Math.Round(SpecialFunctions.Binomial(20, n));
            annual.AsSpan(k, ways).Fill(n);
            k += ways;
        }

        var weights = TrialWeights.Compute([new ObservedTrials(Rows.Count(8, share: 0.5), annual)], annual.Length);
        var p = WeightedStatistics.Probability(weights, annual.Select(x => x >= 10).ToArray());

        Assert.Equal(ExactCountPosterior(), p.Probability, 10);
    }

    [Fact]
    public void Counts_drawn_at_random_match_the_exact_posterior_within_4_standard_errors()
    {
        var annual = new double[Draws];
        var rng = new Random(20250602);
        for (var i = 0; i < Draws; i++)
        {
            annual[i] = Binomial.Sample(rng, 0.5, 20);
        }

        var weights = TrialWeights.Compute([new ObservedTrials(Rows.Count(8, share: 0.5), annual)], Draws);
        var p = WeightedStatistics.Probability(weights, annual.Select(x => x >= 10).ToArray());

        var exact = ExactCountPosterior();
        output.WriteLine($"counts: weighted P = {p.Probability:F5} [{p.Low:F5}, {p.High:F5}], posterior {exact:F5}, ESS {weights.Ess:F0} of {Draws}");
        var standardError = Math.Sqrt(exact * (1 - exact) / weights.Ess);
        Assert.True(Math.Abs(p.Probability - exact) <= 4 * standardError,
            $"weighted P = {p.Probability:F5}, posterior {exact:F5}, 4 SE = {4 * standardError:F5} at ESS {weights.Ess:F0}");
    }

    [Fact]
    public void The_exact_count_posterior_is_the_known_closed_form()
    {
        // Given 8 seen, each of the other 12 projects started unseen with probability 0.25 / 0.75 = 1/3,
        // so P(N >= 10) = P(Binomial(12, 1/3) >= 2); the prior P(N >= 10) is 0.588.
        var closedForm = 1 - Math.Pow(2.0 / 3, 12) - (12 * (1.0 / 3) * Math.Pow(2.0 / 3, 11));

        Assert.Equal(closedForm, ExactCountPosterior(), 12);
        Assert.InRange(closedForm, 0.94, 0.95);
    }

    /// <summary>P(N >= 10 | C = 8): Σ over n of C(20, n) 0.5^20 · C(n, 8) 0.5^n, by enumeration.</summary>
    private static double ExactCountPosterior()
    {
        double met = 0, all = 0;
        for (var n = 8; n <= 20; n++)
        {
            var mass = SpecialFunctions.Binomial(20, n) * Math.Pow(0.5, 20) * SpecialFunctions.Binomial(n, 8) * Math.Pow(0.5, n);
            all += mass;
            met += n >= 10 ? mass : 0;
        }
        return met / all;
    }
}
