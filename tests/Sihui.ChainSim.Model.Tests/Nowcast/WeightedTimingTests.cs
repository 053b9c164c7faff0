using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Tests.Nowcast;

/// <summary>Time to target in a nowcast: the first years are weighed like every other figure of the conditioned run.</summary>
public sealed class WeightedTimingTests
{
    // Four trials over 2024–2026: first met in 2024, 2025, 2026 and never.
    private static readonly double[][] Output = [[100, 80, 80, 80], [100, 100, 80, 80], [100, 100, 100, 80]];

    private static FirstYearTracker Track(TargetDefinition target)
    {
        var tracker = new FirstYearTracker([target], 2024, trials: 4);
        for (var y = 0; y < Output.Length; y++)
        {
            tracker.Add(2024 + y, new Dictionary<string, double[]> { ["total_output"] = Output[y] });
        }
        return tracker;
    }

    private static TargetDefinition Target(double? atLeast = null, double? atMost = null, int year = 2026) =>
        new() { Id = "t", Name = "t", Metric = "total_output", Year = year, AtLeast = atLeast, AtMost = atMost };

    [Fact]
    public void Weights_move_the_first_year_quantiles_and_the_never_share()
    {
        var tracker = Track(Target(atLeast: 90));
        var plain = tracker.Finish().Single();
        // Weight 1.5, 1, 5.5, 2 of 10: 15% first met in 2024, 10% in 2025, 55% in 2026, 20% never.
        var weighted = tracker.Finish(TrialWeights.FromLogWeights([Math.Log(1.5), 0, Math.Log(5.5), Math.Log(2)])).Single();

        Assert.Equal((2024, 2025, (int?)null), (plain.FirstYearP10, plain.FirstYearP50, plain.FirstYearP90));
        Assert.Equal(0.25, plain.NeverShare);
        Assert.Null(plain.FirstYearShares);

        Assert.Equal((2024, 2026, (int?)null), (weighted.FirstYearP10, weighted.FirstYearP50, weighted.FirstYearP90));
        Assert.Equal(0.2, weighted.NeverShare, 12);
        Assert.Equal([0.15, 0.1, 0.55], weighted.FirstYearShares!.Select(s => Math.Round(s, 12)));
        Assert.Equal([1, 1, 1], weighted.FirstYearCounts);
        Assert.Equal(100 / 37.5, weighted.Ess!.Value, 12);
    }

    [Fact]
    public void A_cap_holding_every_year_is_the_weighted_share_of_trials_never_breaching_it()
    {
        // A cap of 90: breached in 2024, 2025, 2026 and never, as the threshold above is met.
        var tracker = Track(Target(atMost: 90));
        var weighted = tracker.Finish(TrialWeights.FromLogWeights([0, 0, Math.Log(6), Math.Log(2)])).Single();

        Assert.Equal(0.25, tracker.Finish().Single().HoldsEveryYear!.Probability);
        Assert.Equal(0.2, weighted.HoldsEveryYear!.Probability, 12);
        Assert.Equal((1, 4), (weighted.HoldsEveryYear.Successes, weighted.HoldsEveryYear.Trials));
        Assert.True(weighted.HoldsEveryYear.Low < 0.2 && weighted.HoldsEveryYear.High > 0.2);
    }

    [Fact]
    public void Uniform_weights_give_the_plain_timing()
    {
        var tracker = Track(Target(atLeast: 90));
        var plain = tracker.Finish().Single();
        var uniform = tracker.Finish(TrialWeights.Uniform(4)).Single();

        Assert.Equal((plain.FirstYearP10, plain.FirstYearP50, plain.FirstYearP90, plain.NeverShare),
            (uniform.FirstYearP10, uniform.FirstYearP50, uniform.FirstYearP90, uniform.NeverShare));
    }
}
