using System.Runtime.InteropServices;

namespace Sihui.ChainSim.Cli;

/// <summary>
/// SIGINT (Ctrl-C), SIGTERM (docker stop, systemd) and SIGQUIT turned into one cancellation token. The first signal
/// asks for a clean stop and is remembered for the exit code; a second one ends the process at once. A command
/// that has not wound down within <see cref="ForceAfter"/> is ended then: a big direct run can keep every thread-pool
/// thread busy, and the cancelled command's continuations would wait for one.
/// </summary>
public sealed class StopSignals : IDisposable
{
    /// <summary>How long a command may take to stop cleanly; well under the 10 s docker stop waits before SIGKILL.</summary>
    public static readonly TimeSpan ForceAfter = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource _stop = new();
    private readonly ManualResetEventSlim _finished = new();
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

    /// <summary>Marks the command finished, so no forced exit follows.</summary>
    public void Dispose()
    {
        _finished.Set();
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        // The token source stays undisposed: a signal's stop thread may still cancel it as the process ends.
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
        // A thread of its own: the token's callbacks may take a while, and the thread pool may be busy.
        new Thread(() => StopWithin(number)) { IsBackground = true, Name = "chainsim stop" }.Start();
    }

    private void StopWithin(int number)
    {
        _stop.Cancel();
        if (!_finished.Wait(ForceAfter))
        {
            // Nothing is half-published: an output set that was not swapped in yet stays in a staging folder the next run removes.
            Console.Error.WriteLine($"chainsim: did not wind down within {ForceAfter.TotalSeconds:0} s of the signal; stopping now, no output was written");
            Console.Error.Flush();
            // Not Environment.Exit: its process-exit handlers can wait on the very hosts that are slow to stop.
            ExitNow(128 + number);
        }
    }

    [DllImport("libc", EntryPoint = "_exit")]
    private static extern void ExitNow(int status);
}
