using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Runner.Hosting;
using Sihui.ChainSim.Runner.Tests.Support;

namespace Sihui.ChainSim.Runner.Tests.Engines;

/// <summary>Observations no trial explains reach the caller with the rows named, from the silo as from the direct engine.</summary>
public sealed class UnexplainedObservationsTests
{
    private static readonly RunRequest Request = new()
    {
        ScenarioText = TestScenarios.AllFeatures,
        FileName = "all-features.yaml",
        Trials = 40,
        ObservationsCsv = "metric,year,through_month,value,growth_yoy\ntotal_output,2024,6,120,\nprojects_started,2024,6,500,\n",
        ObservationsFile = "obs.csv",
    };

    [Fact]
    public async Task The_orleans_engine_raises_the_direct_engines_error_with_its_rows()
    {
        var direct = await Assert.ThrowsAsync<ObservationsUnexplainedException>(() => new DirectRunner().RunAsync(Request));
        await using var silo = await EmbeddedSilo.StartAsync();

        var orleans = await Assert.ThrowsAsync<ObservationsUnexplainedException>(() => silo.CreateRunner().RunAsync(Request));

        Assert.Equal(direct.Message, orleans.Message);
        Assert.StartsWith("no trial can have produced obs.csv:3 (projects_started 2024 through month 6)", orleans.Message, StringComparison.Ordinal);
        Assert.Equal(2, orleans.Rows.Count);
        Assert.Equal(direct.Rows, orleans.Rows);
        var started = orleans.Rows[1];
        Assert.Equal(("projects_started", 2024, 6, 500.0, "obs.csv:3"),
            (started.Observation.Metric, started.Observation.Year, started.Observation.ThroughMonth, started.Observation.Value!.Value, started.Source));
        Assert.Null(started.Observation.GrowthYoy);
    }
}
