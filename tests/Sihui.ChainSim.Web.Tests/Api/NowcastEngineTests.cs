using System.Net;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

/// <summary>The same nowcast through the web on the direct engine and on the co-hosted Orleans silo gives the same numbers.</summary>
[Collection(WebAppCollection.Name)]
public sealed class NowcastEngineTests(WebApp orleans) : IAsyncLifetime
{
    private readonly WebApp _direct = new(() => new DirectRunner());

    public Task InitializeAsync() => _direct.InitializeAsync();

    public Task DisposeAsync() => _direct.DisposeAsync();

    [Fact]
    public async Task Both_engines_answer_a_nowcast_with_the_same_bytes_but_the_engine_name()
    {
        // A low ESS aim, so the extra-trials loop runs on both.
        const string body = """
            {"trials": 400, "min_ess": 600, "max_trials": 1500, "set": {"economy.shock.mean": 0.01}, "observations": [
              {"metric": "total_output", "year": 2024, "through_month": 6, "value": 455},
              {"metric": "projects_started", "year": 2024, "through_month": 6, "value": 8},
              {"metric": "total_output", "year": 2025, "through_month": 3, "growth_yoy": 0.04}]}
            """;
        var onOrleans = await orleans.Client.PostJsonAsync("/api/scenarios/sihui-2024/run", body);
        var onDirect = await _direct.Client.PostJsonAsync("/api/scenarios/sihui-2024/run", body);
        var fromOrleans = await onOrleans.Content.ReadAsStringAsync();
        var fromDirect = await onDirect.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, onOrleans.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onDirect.StatusCode);
        Assert.Contains("\"engine\": \"orleans\"", fromOrleans, StringComparison.Ordinal);
        Assert.Contains("\"trials_drawn\"", fromOrleans, StringComparison.Ordinal);
        Assert.Equal(fromOrleans.Replace("\"engine\": \"orleans\"", "\"engine\": \"direct\"", StringComparison.Ordinal), fromDirect);
    }
}
