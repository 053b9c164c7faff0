using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Tests.Randomness;

public sealed class SamplerTests
{
    private const ulong Seed = 2024;
    private const ulong Entity = 12345;
    private const int Year = 2026;

    public static TheoryData<Distribution, double> Kinds => new()
    {
        // The distribution and its variance, for the standard error of the sample mean.
        { new NormalDistribution(3, 2), 4 },
        { new LogNormalDistribution(0.1, 0.5), (Math.Exp(0.25) - 1) * Math.Exp(0.2 + 0.25) },
        // Triangular: (a^2 + b^2 + c^2 - ab - ac - bc) / 18.
        { new TriangularDistribution(1, 2, 6), (1 + 4 + 36 - 2 - 6 - 12) / 18.0 },
        // PERT(1, 2, 6) is 1 + 5 Beta(1.8, 4.2): variance 25 ab / ((a + b)^2 (a + b + 1)).
        { new PertDistribution(1, 2, 6), 25 * 1.8 * 4.2 / (36 * 7.0) },
        { new UniformDistribution(-1, 3), 16 / 12.0 },
        { new PoissonDistribution(2.5), 2.5 },
        // Large lambda takes MathNet's other Poisson algorithm.
        { new PoissonDistribution(60), 60 },
        { new BernoulliDistribution(0.3), 0.21 },
        { new ConstantDistribution(4.25), 0 },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EachKind_SampleMeanIsWithinFourStandardErrorsOfItsMean(Distribution distribution, double variance)
    {
        const int n = 40_000;
        var values = new double[n];
        new Sampler(Seed).Fill(values, distribution, Entity, Year, RandomStream.Growth);

        var mean = values.Average();
        var error = Math.Sqrt(variance / n);
        Assert.InRange(mean, distribution.Mean - 4 * error - 1e-12, distribution.Mean + 4 * error + 1e-12);
        // The sample variance agrees with the stated one too (a loose 10% check).
        var sampleVariance = values.Sum(v => (v - mean) * (v - mean)) / (n - 1);
        Assert.InRange(sampleVariance, 0.9 * variance, 1.1 * variance + 1e-12);
    }

    [Fact]
    public void NormalDraws_HaveTheSpecifiedMeanAndSd()
    {
        const int n = 50_000;
        var values = new double[n];
        new Sampler(Seed).Fill(values, new NormalDistribution(0.05, 0.1), Entity, Year, RandomStream.Growth);
        var (mean, error) = TestDefinitions.MeanAndError(values);
        Assert.InRange(mean, 0.05 - 4 * error, 0.05 + 4 * error);
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        // The sample sd of a normal has standard error about sd / sqrt(2n).
        var sdError = 0.1 / Math.Sqrt(2.0 * n);
        Assert.InRange(sd, 0.1 - 4 * sdError, 0.1 + 4 * sdError);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Fill_EqualsOneDrawPerTrial(Distribution distribution, double variance)
    {
        _ = variance;
        var sampler = new Sampler(Seed);
        var filled = new double[64];
        sampler.Fill(filled, distribution, Entity, Year, RandomStream.Price);
        for (var k = 0; k < filled.Length; k++)
        {
            Assert.Equal(filled[k], new Sampler(Seed).Draw(distribution, Entity, Year, RandomStream.Price, k));
        }
    }

    [Fact]
    public void FillingInTwoHalves_MatchesOneFill()
    {
        // Fill has no trial offset, so a second half is expressed with per-trial Draw: trial k must give Fill's k-th value.
        var normal = new NormalDistribution(0, 1);
        var sampler = new Sampler(Seed);
        var whole = new double[100];
        sampler.Fill(whole, normal, Entity, Year, RandomStream.Growth);

        var firstHalf = new double[50];
        sampler.Fill(firstHalf, normal, Entity, Year, RandomStream.Growth);
        var secondHalf = Enumerable.Range(50, 50).Select(k => sampler.Draw(normal, Entity, Year, RandomStream.Growth, k));

        Assert.Equal(whole, firstHalf.Concat(secondHalf).ToArray());
    }

    [Fact]
    public void DrawsDoNotDependOnTheOrderOfCalls()
    {
        var normal = new NormalDistribution(0, 1);
        var a = new Sampler(Seed);
        var x1 = a.Draw(normal, 1, Year, RandomStream.Growth, 5);
        var y1 = a.Draw(normal, 2, Year, RandomStream.Growth, 5);

        var b = new Sampler(Seed);
        var y2 = b.Draw(normal, 2, Year, RandomStream.Growth, 5);
        var x2 = b.Draw(normal, 1, Year, RandomStream.Growth, 5);

        Assert.Equal(x1, x2);
        Assert.Equal(y1, y2);
    }

    [Fact]
    public void EveryPartOfTheKey_ChangesTheDraw()
    {
        var normal = new NormalDistribution(0, 1);
        var baseline = new Sampler(Seed).Draw(normal, Entity, Year, RandomStream.Growth, 0);

        Assert.NotEqual(baseline, new Sampler(Seed + 1).Draw(normal, Entity, Year, RandomStream.Growth, 0));
        Assert.NotEqual(baseline, new Sampler(Seed).Draw(normal, Entity + 1, Year, RandomStream.Growth, 0));
        Assert.NotEqual(baseline, new Sampler(Seed).Draw(normal, Entity, Year + 1, RandomStream.Growth, 0));
        Assert.NotEqual(baseline, new Sampler(Seed).Draw(normal, Entity, Year, RandomStream.Price, 0));
        Assert.NotEqual(baseline, new Sampler(Seed).Draw(normal, Entity, Year, RandomStream.Growth, 1));
    }

    [Fact]
    public void Uniform_GivesEventsAtTheirProbability()
    {
        const int n = 20_000;
        var sampler = new Sampler(Seed);
        var hits = Enumerable.Range(0, n).Count(k => sampler.Uniform(Entity, Year, RandomStream.Stall, k) < 0.3);
        var error = Math.Sqrt(0.3 * 0.7 / n);
        Assert.InRange(hits / (double)n, 0.3 - 4 * error, 0.3 + 4 * error);
    }

    [Fact]
    public void ConstantDistribution_FillsItsValue()
    {
        var values = new double[5];
        new Sampler(Seed).Fill(values, new ConstantDistribution(1.5), Entity, Year, RandomStream.Growth);
        Assert.All(values, v => Assert.Equal(1.5, v));
    }
}
