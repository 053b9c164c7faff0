using System.CommandLine;
using System.CommandLine.Invocation;
using Sihui.ChainSim.Cli.Commands;

namespace Sihui.ChainSim.Cli;

/// <summary>The <c>chainsim</c> program: parses arguments, runs one command, and returns its exit code.</summary>
public static class CliApp
{
    public const string QuickStart = """
        Monte Carlo projections of whether Sihui City reaches its industrial targets. Money is in 亿元 (100 million yuan).

        Quick start:
          chainsim validate scenarios/sihui-2024.yaml        check a scenario file
          chainsim run scenarios/sihui-2024.yaml --trials 2000   simulate it; results go to out/sihui-2024/
          chainsim generate --enterprises 500 --out big.yaml     make a synthetic scenario to try things on
          chainsim serve scenarios/sihui-2024.yaml               tune assumptions on a page at http://127.0.0.1:5080
          chainsim silo --redis 127.0.0.1:6379                   run a silo of a cluster; then: chainsim run FILE --cluster
          chainsim compare scenarios/sihui-2024.yaml --all-variants      the variants side by side
          chainsim sensitivity scenarios/sihui-2024.yaml --target output_2024     which assumptions decide a target
          chainsim goal-seek scenarios/sihui-2024.yaml --target output_2025_plan --probability 0.8 --param PATH --min 0 --max 10
          chainsim calibrate scenarios/sihui-2024.yaml --history scenarios/history/sihui-history.csv   fit growth to history
          chainsim backtest scenarios/sihui-2024.yaml --history scenarios/history/sihui-history.csv --from 2019   score past forecasts
        """;

    /// <summary>Runs the CLI with the process's console.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliConsole(stdout, stderr), cancellationToken);

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(console);
        var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"chainsim: {error.Message}").ConfigureAwait(false);
            }
            await console.Error.WriteLineAsync("Run 'chainsim --help' to see the commands and their options.").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            // SIGINT and SIGTERM are turned into the cancellation token by Program (StopSignals), so the library must not handle them too.
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("chainsim: cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            await console.Error.WriteLineAsync($"chainsim: {CliText.OneLine(ex.Message)}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    /// <summary>Prints this program's informational version, commit included when the build knows it.</summary>
    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(CliText.InformationalVersion);
            return ExitCodes.Success;
        }
    }

    /// <summary>The root command with every subcommand; the help text is built from it.</summary>
    public static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand(QuickStart);
        root.Subcommands.Add(RunCommand.Create(console));
        root.Subcommands.Add(RunCommand.CreateNowcast(console));
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(GenerateCommand.Create(console));
        root.Subcommands.Add(ImportCommand.Create(console));
        root.Subcommands.Add(SchemaCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(SiloCommand.Create(console));
        root.Subcommands.Add(CompareCommand.Create(console));
        root.Subcommands.Add(SensitivityCommand.Create(console));
        root.Subcommands.Add(GoalSeekCommand.Create(console));
        root.Subcommands.Add(CalibrateCommand.Create(console));
        root.Subcommands.Add(ScoreCommand.Create(console));
        root.Subcommands.Add(BacktestCommand.Create(console));
        // The library's own --version reports the entry assembly, which is the test host under tests.
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new PrintVersionAction();
        }
        return root;
    }
}
