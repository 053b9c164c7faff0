using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Tests.Randomness;

/// <summary>The yearly hot path allocates nothing once warm: no array per year, no object per trial.</summary>
public sealed class AllocationTests
{
    public static TheoryData<Distribution> Kinds => new()
    {
        new NormalDistribution(0.05, 0.02),
        new LogNormalDistribution(0, 0.3),
        new UniformDistribution(0, 1),
        new TriangularDistribution(0, 1, 3),
        new BernoulliDistribution(0.4),
        new ConstantDistribution(2),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Sampler_fill_and_draw_allocate_nothing(Distribution distribution)
    {
        var sampler = new Sampler(3);
        var values = new double[1_000];
        sampler.Fill(values, distribution, 1, 2030, RandomStream.Growth);
        sampler.Draw(distribution, 1, 2030, RandomStream.Growth, 5);
        sampler.Uniform(1, 2030, RandomStream.Stall, 5);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var year = 2031; year < 2041; year++)
        {
            sampler.Fill(values, distribution, 1, year, RandomStream.Growth);
            sampler.Draw(distribution, 1, year, RandomStream.Growth, 5);
            sampler.Uniform(1, year, RandomStream.Stall, 5);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_persistent_yearly_draw_allocates_only_in_its_first_year()
    {
        var sampler = new Sampler(3);
        var draw = new YearlyDraw(new NormalDistribution(0.05, 0.02) { Persistence = 0.6 }, 1, RandomStream.Growth);
        var values = new double[1_000];
        draw.Fill(values, sampler, 2025);
        draw.Fill(values, sampler, 2026);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var year = 2027; year < 2040; year++)
        {
            draw.Fill(values, sampler, year);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
