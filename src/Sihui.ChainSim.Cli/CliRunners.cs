using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sihui.ChainSim.Cli.Commands;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Cluster;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Cli;

/// <summary>
/// A command's runner, from a service collection: configuration (appsettings.json, <c>CHAINSIM__</c> variables, then the
/// command line's choice), <see cref="SimulationRunners.AddChainSimRunner"/>, and the console's own registrations.
/// The options are validated once, when this is created; the runner is built on first use and stopped on dispose.
/// </summary>
public sealed class CliRunners : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private CancellationTokenSource? _warmUp;

    private CliRunners(ServiceProvider services) => _services = services;

    public ISimulationRunner Runner => _services.GetRequiredService<ISimulationRunner>();

    /// <summary>
    /// Starts the embedded silo now, in the background, so it comes up while the command reads and checks its input
    /// instead of after. A dispose before the first run cancels it; a start that fails is left to the first run to report.
    /// </summary>
    public void WarmUp()
    {
        if (_warmUp is not null || Runner is not EmbeddedOrleansRunner embedded)
        {
            return;
        }
        _warmUp = new CancellationTokenSource();
        var token = _warmUp.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                await embedded.WarmUpAsync(token).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Cancelled (the input was bad) or failed: the first run starts the silo itself and says what went wrong.
            }
        }, CancellationToken.None);
    }

    /// <summary>The runners for <paramref name="choice"/>, or the reason the settings cannot work, in the user's terms.</summary>
    public static async Task<(CliRunners? Runners, string? Problem)> CreateAsync(CliConsole console, RunnerChoice choice, string? settingsDirectory = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(ChainSimConfiguration.Build(choice.Settings, settingsDirectory));
        collection.AddChainSimRunner();
        console.Services?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return (new CliRunners(services), null);
        }
        catch (Exception e) when (Failures(e) is { } failures)
        {
            await services.DisposeAsync().ConfigureAwait(false);
            return (null, string.Join("; ", failures.Distinct()));
        }
        catch (InvalidOperationException e)
        {
            // A value that does not parse (a bad duration, say): the binder names the key.
            await services.DisposeAsync().ConfigureAwait(false);
            return (null, $"settings: {CliText.OneLine(e.Message)}");
        }
    }

    /// <summary>What every failed options validation says; the start-up validator throws one, or several at once.</summary>
    private static IReadOnlyList<string>? Failures(Exception e) => e switch
    {
        OptionsValidationException one => [.. one.Failures],
        AggregateException many when many.InnerExceptions.All(i => i is OptionsValidationException) =>
            [.. many.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures)],
        _ => null,
    };

    /// <summary>Stops the runner (and a start under way); a command may dispose twice, as its runner's user and its owner.</summary>
    public async ValueTask DisposeAsync()
    {
        var warmUp = Interlocked.Exchange(ref _warmUp, null);
        if (warmUp is not null)
        {
            await warmUp.CancelAsync().ConfigureAwait(false);
        }
        await _services.DisposeAsync().ConfigureAwait(false);
        warmUp?.Dispose();
    }
}
