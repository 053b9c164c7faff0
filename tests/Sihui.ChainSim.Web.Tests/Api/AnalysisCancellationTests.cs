using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sihui.ChainSim.Web.Runs;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

/// <summary>Analyses stopped by the client leaving or by a newer request on their channel, on a runner that only stops by cancellation.</summary>
public sealed class AnalysisCancellationTests : IAsyncLifetime
{
    private const string Compare = "/api/scenarios/sihui-2024/compare";
    private const string Sensitivity = "/api/scenarios/sihui-2024/sensitivity";
    private const string GoalSeek = "/api/scenarios/sihui-2024/goal-seek";
    private const string Tornado = """{"params": ["economy.shock.mean", "economy.shock.sd"], "trials": 100}""";
    private readonly GatedRunner _runner = new();
    private readonly WebApp _app;

    public AnalysisCancellationTests() => _app = new WebApp(() => _runner);

    private RunGate Gate => _app.Services.GetRequiredService<RunGate>();
    private RunChannels Channels => _app.Services.GetRequiredService<RunChannels>();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_client_leaving_a_streamed_tornado_cancels_its_runs_and_frees_its_slot()
    {
        using var leave = new CancellationTokenSource();
        var response = await _app.Client.PostStreamingAsync(Sensitivity, Tornado, "page-1-sensitivity", leave.Token);
        using var reader = await response.LinesAsync();
        Assert.Equal("start", (await reader.NextAsync())!.Value.Type());
        Assert.True(await _runner.StartedAsync());
        Assert.Equal(1, Gate.Busy);

        await leave.CancelAsync();
        response.Dispose();
        await WaitUntil(() => _runner.Cancelled >= 1 && Gate.Busy == 0 && Channels.ActiveCount == 0);
    }

    [Fact]
    public async Task A_newer_tornado_on_the_channel_ends_the_older_stream_with_a_superseded_line()
    {
        using var stop = new CancellationTokenSource();
        using var first = await _app.Client.PostStreamingAsync(Sensitivity, Tornado, "page-2-sensitivity");
        using var firstLines = await first.LinesAsync();
        Assert.Equal("start", (await firstLines.NextAsync())!.Value.Type());
        Assert.True(await _runner.StartedAsync());

        var second = _app.Client.PostStreamingAsync(Sensitivity, Tornado, "page-2-sensitivity", stop.Token);
        var rest = await firstLines.RestAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var last = Assert.Single(rest);
        Assert.Equal("error", last.Type());
        Assert.Equal(409, last.GetProperty("status").GetInt32());
        Assert.Equal("Superseded", last.GetProperty("title").GetString());
        Assert.True(_runner.Cancelled >= 1);

        // The newer one still runs; its client leaving frees the gate.
        (await second).Dispose();
        await stop.CancelAsync();
        await WaitUntil(() => Gate.Busy == 0 && Channels.ActiveCount == 0);
    }

    [Fact]
    public async Task A_goal_seek_on_the_channel_supersedes_a_compare_which_gets_a_409()
    {
        using var stop = new CancellationTokenSource();
        var compare = _app.Client.PostJsonAsync(Compare, """{"columns": [{}, {"variant": "pessimistic"}], "trials": 100}""", "page-3");
        Assert.True(await _runner.StartedAsync());
        var goalSeek = _app.Client.PostJsonAsync(GoalSeek,
            """{"target": "output_2024", "probability": 0.5, "param": "economy.shock.mean", "trials": 100}""", "page-3", stop.Token);

        var superseded = await compare.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Conflict, superseded.StatusCode);
        Assert.Contains("Superseded", await superseded.Content.ReadAsStringAsync());
        Assert.True(await _runner.StartedAsync());
        Assert.False(goalSeek.IsCompleted);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => goalSeek);
        await WaitUntil(() => Gate.Busy == 0 && Channels.ActiveCount == 0);
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
