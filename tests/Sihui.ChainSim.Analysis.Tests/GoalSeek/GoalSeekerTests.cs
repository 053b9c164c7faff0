using Sihui.ChainSim.Analysis.GoalSeek;
using Sihui.ChainSim.Analysis.Tests.Support;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Analysis.Tests.GoalSeek;

public sealed class GoalSeekerTests
{
    private const int Trials = 20_000;
    private const double Z80 = 0.8416212335729143; // Φ⁻¹(0.8)

    // The standard error of the empirical 20% quantile of a standard normal from n draws: sqrt(p(1-p)/n) / φ(z_p).
    private static readonly double QuantileError = Math.Sqrt(0.2 * 0.8 / Trials) / (Math.Exp(-Z80 * Z80 / 2) / Math.Sqrt(2 * Math.PI));

    [Fact]
    public async Task Growth_mean_for_an_eighty_percent_chance_matches_the_closed_form()
    {
        // P(100 (1 + g) >= 110) = Φ((mu − 0.1) / 0.1) >= 0.8  ⇔  mu >= 0.1 + 0.1 Φ⁻¹(0.8).
        var expected = 0.1 + 0.1 * Z80;
        var request = new GoalSeekRequest
        {
            TargetId = "reach", Path = "enterprises.firm.growth.mean", Probability = 0.8, Min = 0, Max = 0.4, Tolerance = 0.002,
        };

        var result = await GoalSeeker.SeekAsync(new DirectRunner(), TestScenarios.Column(TestScenarios.NormalGrowth), request);

        Assert.True(result.Reached);
        Assert.Equal(GoalSeekDirection.Increasing, result.Direction);
        // With common random numbers, mu* = 0.1 − 0.1 z₍₀.₂₎ where z₍₀.₂₎ is the trials' empirical 20% quantile.
        Assert.InRange(result.Value!.Value, expected - (0.002 + 4 * 0.1 * QuantileError), expected + 0.002 + 4 * 0.1 * QuantileError);
        Assert.True(result.Probability >= 0.8);
        Assert.True(result.ProbabilityCi95[0] < 0.8 && 0.8 < result.ProbabilityCi95[1] + 0.01);
        Assert.InRange(result.Runs, 3, 2 + (int)Math.Ceiling(Math.Log2(0.4 / 0.002)) + 1);
    }

    [Fact]
    public async Task A_parameter_that_lowers_the_chance_gives_the_largest_value()
    {
        // With mean 0.2, P = Φ(0.1 / sd): the largest sd giving 80% is 0.1 / Φ⁻¹(0.8).
        var column = TestScenarios.Column(TestScenarios.NormalGrowth).With(new OverrideDefinition("enterprises.firm.growth.mean", "0.2"));
        var request = new GoalSeekRequest { TargetId = "reach", Path = "enterprises.firm.growth.sd", Probability = 0.8, Min = 0, Max = 0.5 };

        var result = await GoalSeeker.SeekAsync(new DirectRunner(), column, request);

        Assert.Equal(GoalSeekDirection.Decreasing, result.Direction);
        Assert.True(result.Reached);
        Assert.Equal(0.5 / 1000, result.Tolerance);
        var expected = 0.1 / Z80;
        var error = 0.1 / (Z80 * Z80) * QuantileError;
        Assert.InRange(result.Value!.Value, expected - 0.0005 - 4 * error, expected + 0.0005 + 4 * error);
    }

    [Fact]
    public async Task An_unreachable_probability_is_reported_as_such()
    {
        var request = new GoalSeekRequest
        {
            TargetId = "reach", Path = "enterprises.firm.growth.mean", Probability = 0.8, Min = 0, Max = 0.05,
        };

        var result = await GoalSeeker.SeekAsync(new DirectRunner(), TestScenarios.Column(TestScenarios.NormalGrowth), request);

        Assert.False(result.Reached);
        Assert.Null(result.Value);
        Assert.Equal(2, result.Runs);
        Assert.StartsWith("unreachable within [0, 0.05]", result.Message);
        Assert.True(result.Probability < 0.8);
    }
}
