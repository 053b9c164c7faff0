using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Web.Runs;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

/// <summary>Channels and aborted requests, on a runner that only ever stops by cancellation.</summary>
public sealed class CancellationTests : IAsyncLifetime
{
    private const string Run = "/api/scenarios/sihui-2024/run";
    private readonly GatedRunner _runner = new();
    private readonly WebApp _app;

    public CancellationTests() => _app = new WebApp(() => _runner);

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Starting_a_run_on_a_channel_cancels_the_run_before_it_there()
    {
        using var stopSecond = new CancellationTokenSource();
        var first = _app.Client.PostJsonAsync(Run, """{"trials": 100}""", "page-1");
        Assert.True(await _runner.StartedAsync());
        var second = _app.Client.PostJsonAsync(Run, """{"trials": 100}""", "page-1", stopSecond.Token);

        var superseded = await first.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Conflict, superseded.StatusCode);
        Assert.Contains("Superseded", await superseded.Content.ReadAsStringAsync());
        Assert.True(await _runner.StartedAsync());
        Assert.Equal(1, _runner.Cancelled);
        Assert.False(second.IsCompleted);

        // The client leaving (RequestAborted) cancels the run on the server too.
        await stopSecond.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        await WaitUntil(() => _runner.Cancelled == 2);
        await WaitUntil(() => _app.Services.GetRequiredService<RunChannels>().ActiveCount == 0);
    }

    [Fact]
    public async Task Runs_on_different_channels_do_not_cancel_each_other()
    {
        using var stop = new CancellationTokenSource();
        var a = _app.Client.PostJsonAsync(Run, """{"trials": 100}""", "page-a", stop.Token);
        Assert.True(await _runner.StartedAsync());
        var b = _app.Client.PostJsonAsync(Run, """{"trials": 100}""", "page-b", stop.Token);
        Assert.True(await _runner.StartedAsync());
        await Task.Delay(200);
        Assert.Equal(0, _runner.Cancelled);
        Assert.Equal(2, _app.Services.GetRequiredService<RunChannels>().ActiveCount);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.WhenAll(a, b));
        await WaitUntil(() => _runner.Cancelled == 2);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(50);
        }
        Assert.True(condition());
    }
}

/// <summary>A failure inside the runner reaches the client as a problem document without the exception's text or trace.</summary>
public sealed class UnexpectedFailureTests : IAsyncLifetime
{
    private readonly WebApp _app = new(() => new ThrowingRunner());

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task An_exception_becomes_a_500_problem_without_a_stack_trace()
    {
        var response = await _app.Client.PostJsonAsync("/api/scenarios/sihui-2024/run", """{"trials": 10}""");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString());
        Assert.DoesNotContain("secret internals", body);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("ThrowingRunner", body);
    }

    private sealed class ThrowingRunner : Contracts.ISimulationRunner
    {
        public Task<Contracts.RunOutcome> RunAsync(Contracts.RunRequest request, IProgress<Contracts.RunProgress>? progress = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret internals");
    }
}
