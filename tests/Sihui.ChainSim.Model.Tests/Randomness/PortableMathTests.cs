using Sihui.ChainSim.Model.Randomness;

namespace Sihui.ChainSim.Model.Tests.Randomness;

/// <summary>The draw path's own log, exp, cos(2πu) and sin(2πu) stay within a few ulp of the platform's.</summary>
public sealed class PortableMathTests
{
    private const long MaxUlps = 4;

    [Fact]
    public void Log_is_within_a_few_ulp_over_the_uniforms_range()
    {
        var random = new Random(1);
        for (var i = 0; i < 50_000; i++)
        {
            // Spread over every binade of (0, 1), and near 1 where ln u is small.
            var u = i % 2 == 0 ? Math.Pow(2, -53 * random.NextDouble()) : 1 - Math.Pow(2, -53 * random.NextDouble());
            if (u is <= 0 or >= 1)
            {
                continue;
            }
            AssertUlps(Math.Log(u), PortableMath.Log(Lane1.Of(u)).Value, u);
        }
    }

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(0.5, -0.6931471805599453)]
    [InlineData(0.25, -1.3862943611198906)]
    public void Log_of_powers_of_two_is_a_multiple_of_ln2(double u, double expected) =>
        Assert.Equal(expected, PortableMath.Log(Lane1.Of(u)).Value, 15);

    [Fact]
    public void Exp_is_within_a_few_ulp_from_minus_708_to_709()
    {
        var random = new Random(2);
        for (var i = 0; i < 50_000; i++)
        {
            var x = i % 2 == 0 ? -708 + 1417 * random.NextDouble() : 8 * (random.NextDouble() - 0.5);
            AssertUlps(Math.Exp(x), PortableMath.Exp(Lane1.Of(x)).Value, x);
        }
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(710.0, double.PositiveInfinity)]
    [InlineData(-709.0, 0.0)]
    public void Exp_hand_worked_points(double x, double expected) =>
        Assert.Equal(expected, PortableMath.Exp(Lane1.Of(x)).Value);

    [Fact]
    public void Exp_of_1_is_e() => Assert.InRange(PortableMath.Exp(Lane1.Of(1)).Value, Math.E - 1e-15, Math.E + 1e-15);

    [Fact]
    public void Cos_turns_is_within_a_few_ulp_near_zero_and_close_in_absolute_terms_everywhere()
    {
        var random = new Random(3);
        for (var i = 0; i < 50_000; i++)
        {
            // Math.Cos(2πu) rounds 2πu first, so compare in ulp only where that rounding is harmless.
            var small = random.NextDouble() / 8;
            AssertUlps(Math.Cos(2 * Math.PI * small), PortableMath.CosSinTurns(Lane1.Of(small)).Cos.Value, small);
            var u = random.NextDouble();
            Assert.InRange(PortableMath.CosSinTurns(Lane1.Of(u)).Cos.Value - Math.Cos(2 * Math.PI * u), -2e-15, 2e-15);
        }
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.125, 0.7071067811865476)]
    [InlineData(0.25, 0.0)]
    [InlineData(0.5, -1.0)]
    [InlineData(0.75, 0.0)]
    [InlineData(0.875, 0.7071067811865476)]
    public void Cos_turns_hand_worked_points(double u, double expected) =>
        Assert.Equal(expected, PortableMath.CosSinTurns(Lane1.Of(u)).Cos.Value, 15);

    [Fact]
    public void Sin_turns_is_within_a_few_ulp_near_zero_and_close_in_absolute_terms_everywhere()
    {
        var random = new Random(5);
        for (var i = 0; i < 50_000; i++)
        {
            var small = random.NextDouble() / 8;
            AssertUlps(Math.Sin(2 * Math.PI * small), PortableMath.CosSinTurns(Lane1.Of(small)).Sin.Value, small);
            var u = random.NextDouble();
            Assert.InRange(PortableMath.CosSinTurns(Lane1.Of(u)).Sin.Value - Math.Sin(2 * Math.PI * u), -2e-15, 2e-15);
        }
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.125, 0.7071067811865476)]
    [InlineData(0.25, 1.0)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.625, -0.7071067811865476)]
    [InlineData(0.75, -1.0)]
    public void Sin_turns_hand_worked_points(double u, double expected) =>
        Assert.Equal(expected, PortableMath.CosSinTurns(Lane1.Of(u)).Sin.Value, 15);

    private static void AssertUlps(double expected, double actual, double at)
    {
        var ulps = Math.Abs(BitConverter.DoubleToInt64Bits(expected) - BitConverter.DoubleToInt64Bits(actual));
        Assert.True(ulps <= MaxUlps || expected == actual, $"at {at:R}: {actual:R} is {ulps} ulp from {expected:R}");
    }
}
