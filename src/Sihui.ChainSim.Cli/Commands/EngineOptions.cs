using System.CommandLine;
using Sihui.ChainSim.Runner;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>
/// The options that choose where a command simulates (<c>--engine</c>, and <c>--cluster</c> with its settings), shared
/// by every command that runs scenarios, and the one place that turns them into a runner and stops it again.
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

    /// <summary>The runner options asked for, or the reason the engine and cluster settings cannot work together.</summary>
    public (RunnerOptions? Options, string? Problem) Read(ParseResult parsed) =>
        Cluster.Resolve(parsed, parsed.GetValue(Engine) == "direct" ? EngineKind.Direct : EngineKind.Orleans);

    /// <summary>
    /// Gets the runner <paramref name="options"/> describe, hands it to <paramref name="use"/>, then disposes it
    /// (the embedded silo stops, or the cluster client disconnects, with it).
    /// </summary>
    public static async Task<T> UseRunnerAsync<T>(CliConsole console, RunnerOptions options, Func<ISimulationRunner, Task<T>> use)
    {
        var runner = console.CreateRunner(options);
        try
        {
            return await use(runner).ConfigureAwait(false);
        }
        finally
        {
            if (runner is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

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
