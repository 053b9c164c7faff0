using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Tests.Randomness;

/// <summary>The normal's law out to its tails: mean, sd and the shares beyond 3σ and 4σ.</summary>
public sealed class NormalTailTests
{
    // Over 4 million draws the 4σ share expects about 253 events, so a 4-error band is about ±25%.
    private const int Entities = 40;
    private const int Trials = 100_000;

    [Fact]
    public void Standard_normal_has_its_mean_sd_and_tail_shares()
    {
        var sampler = new Sampler(2024);
        var values = new double[Trials];
        double n = 0, sum = 0, sumSquares = 0, beyond3 = 0, beyond4 = 0;
        for (var entity = 0UL; entity < Entities; entity++)
        {
            sampler.Fill(values, new NormalDistribution(0, 1), entity, 2030, RandomStream.Growth);
            foreach (var z in values)
            {
                n++;
                sum += z;
                sumSquares += z * z;
                beyond3 += Math.Abs(z) > 3 ? 1 : 0;
                beyond4 += Math.Abs(z) > 4 ? 1 : 0;
            }
        }
        var mean = sum / n;
        var sd = Math.Sqrt(sumSquares / n - mean * mean);
        Assert.InRange(mean, -4 / Math.Sqrt(n), 4 / Math.Sqrt(n));
        Assert.InRange(sd, 1 - 4 / Math.Sqrt(2 * n), 1 + 4 / Math.Sqrt(2 * n));
        // P(|Z| > 3) = 0.002699796063260189, P(|Z| > 4) = 6.334248366623984e-5.
        AssertShare(beyond3, n, 0.002699796063260189);
        AssertShare(beyond4, n, 6.334248366623984e-5);
    }

    [Fact]
    public void A_scaled_normal_keeps_its_tails_in_units_of_its_sd()
    {
        const double mu = 0.05, sd = 0.02;
        var values = new double[Trials * 4];
        new Sampler(7).Fill(values, new NormalDistribution(mu, sd), 1, 2030, RandomStream.IndustryShock);
        var beyond3 = values.Count(v => Math.Abs(v - mu) > 3 * sd);
        var below = values.Count(v => v < mu - 2 * sd);
        AssertShare(beyond3, values.Length, 0.002699796063260189);
        // P(Z < −2) = 0.022750131948179195: each tail on its own, not only their sum.
        AssertShare(below, values.Length, 0.022750131948179195);
    }

    private static void AssertShare(double count, double n, double p)
    {
        var error = Math.Sqrt(p * (1 - p) / n);
        Assert.InRange(count / n, p - 4 * error, p + 4 * error);
    }
}
