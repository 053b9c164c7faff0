using Sihui.ChainSim.Cli;

// SIGINT and SIGTERM cancel the command; a cancelled run writes nothing and exits 128 + the signal (130 or 143).
using var signals = StopSignals.Register();
Console.OutputEncoding = System.Text.Encoding.UTF8;
var code = await CliApp.RunAsync(args, CliConsole.System(), signals.Token);
return code == ExitCodes.Cancelled && signals.ExitCode is { } stopped ? stopped : code;
