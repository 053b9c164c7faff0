using System.CommandLine;
using Sihui.ChainSim.Runner;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>
/// The options that choose where a command simulates, shared by every command that runs scenarios, and the one place
/// that turns them into a runner and stops it again. An engine option added here reaches every command.
/// </summary>
public sealed class EngineOptions
{
    public Option<string> Engine { get; } = CreateEngine();

    public void AddTo(Command command) => command.Options.Add(Engine);

    public EngineKind Read(ParseResult parsed) => parsed.GetValue(Engine) == "direct" ? EngineKind.Direct : EngineKind.Orleans;

    /// <summary>Gets the runner for <paramref name="engine"/>, hands it to <paramref name="use"/>, then disposes it (the embedded silo stops with it).</summary>
    public static async Task<T> UseRunnerAsync<T>(CliConsole console, EngineKind engine, Func<ISimulationRunner, Task<T>> use)
    {
        var runner = console.Runners(engine);
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
