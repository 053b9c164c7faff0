using Sihui.ChainSim.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Let the run stop cleanly: the token cancels the simulation and nothing half-written is left behind.
    e.Cancel = true;
    cancellation.Cancel();
};
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await CliApp.RunAsync(args, CliConsole.System(), cancellation.Token);
