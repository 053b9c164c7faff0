using System.Runtime.InteropServices;

namespace Sihui.ChainSim.Cli;

/// <summary>
/// SIGINT (Ctrl-C), SIGTERM (docker stop, systemd) and SIGQUIT turned into one cancellation token. The first signal
/// asks for a clean stop and is remembered for the exit code; a second one ends the process at once.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _received;

    private StopSignals()
    {
    }

    public CancellationToken Token => _stop.Token;

    /// <summary>The conventional exit code of a process stopped by the signal received (128 + its number), or null before one.</summary>
    public int? ExitCode => _received == 0 ? null : 128 + _received;

    public static StopSignals Register()
    {
        var signals = new StopSignals();
        foreach (var (signal, number) in new[] { (PosixSignal.SIGINT, 2), (PosixSignal.SIGTERM, 15), (PosixSignal.SIGQUIT, 3) })
        {
            signals._registrations.Add(PosixSignalRegistration.Create(signal, context => signals.OnSignal(context, number)));
        }
        return signals;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context, int number)
    {
        if (Interlocked.CompareExchange(ref _received, number, 0) != 0)
        {
            // Asked twice: the default action of the signal ends the process now.
            context.Cancel = false;
            return;
        }
        context.Cancel = true;
        // Cancel off the signal thread: the token's callbacks may take a while.
        ThreadPool.QueueUserWorkItem(_ => _stop.Cancel());
    }
}
