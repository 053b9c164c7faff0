using System.CommandLine;
using Sihui.ChainSim.Contracts;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>
/// The options that choose where a command simulates (<c>--engine</c>, and <c>--cluster</c> with its settings), shared
/// by every command that runs scenarios, and the one place that hands their runner to the work and stops it again.
/// </summary>
public sealed class EngineOptions
{
    public Option<string> Engine { get; } = CreateEngine();

    public ClusterCliOptions Cluster { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(Engine);
        Cluster.AddTo(command);
    }

    /// <summary>Where to simulate as the flags ask, or the reason the engine and cluster flags cannot work together.</summary>
    public (RunnerChoice? Choice, string? Problem) Read(ParseResult parsed) => Cluster.Read(
        parsed, parsed.GetResult(Engine) is not { Implicit: false } ? null : parsed.GetValue(Engine) == "direct" ? EngineKind.Direct : EngineKind.Orleans);

    /// <summary>
    /// Gets the runner of <paramref name="runners"/>, hands it to <paramref name="use"/>, then disposes them
    /// (the embedded silo stops, or the cluster client disconnects, with it). Once <paramref name="cancellationToken"/>
    /// is cancelled the work gets <see cref="CancelGrace"/> to notice, and is then left behind, so a stop never waits
    /// on a long step of a big run.
    /// </summary>
    public static async Task<T> UseRunnerAsync<T>(
        CliRunners runners, Func<ISimulationRunner, Task<T>> use, CancellationToken cancellationToken)
    {
        try
        {
            var work = use(runners.Runner);
            try
            {
                return await work.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !work.IsCompleted)
            {
                await Task.WhenAny(work, Task.Delay(CancelGrace, CancellationToken.None)).ConfigureAwait(false);
                _ = work.ContinueWith(t => t.Exception, TaskScheduler.Default);
                throw;
            }
        }
        finally
        {
            await runners.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>How long cancelled work may take to wind down (a cluster run tells its silos) before the command stops without it.</summary>
    public static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(0.5);

    private static Option<string> CreateEngine()
    {
        var engine = new Option<string>("--engine")
        {
            Description = "orleans (grains on an in-process silo) or direct (plain objects in this process).",
            DefaultValueFactory = _ => "orleans",
        };
        engine.AcceptOnlyFromAmong("orleans", "direct");
        return engine;
    }
}
