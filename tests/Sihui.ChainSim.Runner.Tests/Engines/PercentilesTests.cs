using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Runner.Tests.Support;

namespace Sihui.ChainSim.Runner.Tests.Engines;

/// <summary>Which metrics carry the 99 percentiles quantiles.csv writes: every run-level one, and the enterprises a target watches.</summary>
public sealed class PercentilesTests
{
    [Fact]
    public async Task Run_level_metrics_and_watched_enterprises_have_percentiles_matching_their_summary_and_others_none()
    {
        var request = new RunRequest { ScenarioText = TestScenarios.AllFeatures, FileName = "all-features.yaml", Trials = 120 };

        var result = (await new DirectRunner().RunAsync(request)).Result;

        foreach (var metric in result.Years.SelectMany(y => y.Metrics))
        {
            var watched = metric.Metric == "enterprise_output:bigcopper";
            if (metric.Metric.StartsWith("enterprise_output:", StringComparison.Ordinal) && !watched)
            {
                Assert.Null(metric.Percentiles);
                continue;
            }
            if (double.IsNaN(metric.Summary.P50))
            {
                Assert.Null(metric.Percentiles);
                continue;
            }
            var q = metric.Percentiles ?? throw new Xunit.Sdk.XunitException($"{metric.Metric} has no percentiles");
            Assert.Equal((metric.Summary.P10, metric.Summary.P50, metric.Summary.P90), (q[9], q[49], q[89]));
        }
        Assert.Contains(result.Years.SelectMany(y => y.Metrics), m => m.Metric == "enterprise_output:bigcopper" && m.Percentiles is not null);
        Assert.Contains(result.Years.SelectMany(y => y.Metrics), m => m.Metric == "enterprise_output:snacks" && m.Percentiles is null);
    }
}
