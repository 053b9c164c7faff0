using Sihui.ChainSim.Model.Randomness;

namespace Sihui.ChainSim.Model.Tests.Randomness;

/// <summary>The counter generator: SplitMix64's i-th output from H(key, trial), turned into exact uniforms.</summary>
public sealed class CounterBitsTests
{
    [Fact]
    public void Bits_are_the_stream_that_feeds_pert_and_poisson()
    {
        // The adapter handed to MathNet steps the same sequence that the vector lanes compute directly.
        for (var trial = 0; trial < 50; trial++)
        {
            var random = new CounterRandom().Reset(77, trial);
            var start = CounterBits.Start(Lane1.OfBits(77), Lane1.OfBits((ulong)trial));
            for (var i = 0; i < 4; i++)
            {
                Assert.Equal(random.NextDouble(), CounterBits.Unit(CounterBits.Bits(start, i)).Value);
            }
        }
    }

    [Theory]
    [InlineData(0UL, 0.0)]
    [InlineData(ulong.MaxValue, 1 - 1.0 / (1UL << 53))]
    [InlineData(1UL << 11, 1.0 / (1UL << 53))]
    [InlineData(1UL << 63, 0.5)]
    public void Unit_is_the_top_53_bits_over_2_to_the_53(ulong bits, double expected) =>
        Assert.Equal(expected, CounterBits.Unit(Lane1.OfBits(bits)).Value);

    [Fact]
    public void Unit_matches_the_integer_conversion_on_arbitrary_bits()
    {
        var random = new Random(4);
        for (var i = 0; i < 100_000; i++)
        {
            var bits = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            Assert.Equal((bits >> 11) * (1.0 / (1UL << 53)), CounterBits.Unit(Lane1.OfBits(bits)).Value);
        }
    }

    [Theory]
    [InlineData(0UL, 1.0 / (1UL << 53))]
    [InlineData(ulong.MaxValue, 1 - 1.0 / (1UL << 53))]
    public void Open_unit_never_reaches_0_or_1(ulong bits, double expected) =>
        Assert.Equal(expected, CounterBits.OpenUnit(Lane1.OfBits(bits)).Value);
}
