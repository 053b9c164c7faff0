using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Tests.Randomness;

/// <summary>Every lane width runs the same operations in the same order, so all give the same bits.</summary>
public sealed class DrawPathTests
{
    private static readonly DrawPath[] Paths = [DrawPath.Scalar, DrawPath.Vector128, DrawPath.Vector256, DrawPath.Vector512];

    public static TheoryData<Distribution> Vectorised => new()
    {
        new NormalDistribution(3, 2),
        new NormalDistribution(-0.05, 1e-3),
        new LogNormalDistribution(0.1, 0.5),
        // Wide enough that some draws overflow to +∞ and some fall to 0.
        new LogNormalDistribution(0, 120),
        new UniformDistribution(-1, 3),
        new TriangularDistribution(1, 2, 6),
        new TriangularDistribution(0, 0, 1),
        new TriangularDistribution(0, 1, 1),
        new BernoulliDistribution(0.3),
        new PertDistribution(1, 2, 6),
        // The mode at an end gives a shape of exactly 1, the smallest the gamma rejection sees.
        new PertDistribution(0, 0, 1),
        new PertDistribution(-0.2, 0.1, 0.1),
    };

    [Theory]
    [MemberData(nameof(Vectorised))]
    public void Every_path_gives_the_same_bits_for_every_length_and_its_tail(Distribution distribution)
    {
        // Lengths 0 to 41 cover every remainder of 2, 4 and 8, so each path runs its tail row.
        for (var entity = 0UL; entity < 24; entity++)
        {
            for (var length = 0; length <= 41; length++)
            {
                var scalar = Fill(DrawPath.Scalar, distribution, entity, length);
                foreach (var path in Paths)
                {
                    Assert.Equal(Bits(scalar), Bits(Fill(path, distribution, entity, length)));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Vectorised))]
    public void Each_path_matches_the_single_trial_draw(Distribution distribution)
    {
        foreach (var path in Paths)
        {
            var sampler = new Sampler(2024, path);
            var filled = Fill(path, distribution, 7, 1_003);
            for (var k = 0; k < filled.Length; k++)
            {
                Assert.Equal(BitConverter.DoubleToUInt64Bits(filled[k]),
                    BitConverter.DoubleToUInt64Bits(sampler.Draw(distribution, 7, 2030, RandomStream.Growth, k)));
            }
        }
    }

    [Fact]
    public void The_default_path_is_one_of_them_and_agrees()
    {
        var normal = new NormalDistribution(0, 1);
        var byDefault = new double[77];
        new Sampler(2024).Fill(byDefault, normal, 5, 2030, RandomStream.Growth);

        Assert.Contains(DrawPaths.Best, Paths);
        Assert.Equal(Bits(Fill(DrawPath.Scalar, normal, 5, 77)), Bits(byDefault));
    }

    [Fact]
    public void A_trial_is_the_same_whatever_the_length_of_the_block()
    {
        var normal = new NormalDistribution(0, 1);
        var longest = Fill(DrawPath.Vector512, normal, 3, 40);
        for (var length = 1; length < 40; length++)
        {
            Assert.Equal(Bits(longest[..length]), Bits(Fill(DrawPath.Vector512, normal, 3, length)));
        }
    }

    private static double[] Fill(DrawPath path, Distribution distribution, ulong entity, int length)
    {
        var values = new double[length];
        new Sampler(2024, path).Fill(values, distribution, entity, 2030, RandomStream.Growth);
        return values;
    }

    private static ulong[] Bits(double[] values) => values.Select(BitConverter.DoubleToUInt64Bits).ToArray();
}
