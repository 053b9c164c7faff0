using System.Net;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

/// <summary>A run the engine cannot finish (an unreachable cluster, say) is a 503 that says why, with no trace.</summary>
public sealed class EngineFailureTests : IAsyncLifetime
{
    private readonly WebApp _app = new(() => new FailingRunner());

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task An_engine_failure_is_a_503_with_its_message()
    {
        var response = await _app.Client.PostJsonAsync("/api/scenarios/sihui-2024/run", """{"trials": 100}""", "page-1");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(FailingRunner.Message, body);
        Assert.DoesNotContain("   at ", body);
    }

    private sealed class FailingRunner : ISimulationRunner
    {
        public const string Message = "cannot reach cluster 'test' through Redis 127.0.0.1:1";

        public Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default) =>
            throw new SimulationFailedException(Message);
    }
}
