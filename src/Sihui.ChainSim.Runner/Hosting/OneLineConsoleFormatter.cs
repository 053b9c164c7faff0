using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>
/// Writes each log message as one line: time, level, category and message, and only the exception's type and first
/// line. Messages from the libraries (Orleans, Polly, Microsoft) are throttled to one line per category every
/// <see cref="Window"/>, with a count of those left out: a failover makes each of them repeat for every message in flight.
/// </summary>
public sealed class OneLineConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "chainsim-one-line";
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);
    private const int MaxLength = 400;
    private const string OwnPrefix = "Sihui.";
    private readonly ConcurrentDictionary<string, Throttle> _throttles = new(StringComparer.Ordinal);

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var left = 0;
        if (!logEntry.Category.StartsWith(OwnPrefix, StringComparison.Ordinal)
            && !_throttles.GetOrAdd(logEntry.Category, _ => new Throttle()).Admit(DateTime.UtcNow, out left))
        {
            // Writing nothing drops the message.
            return;
        }
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (logEntry.Exception is { } exception)
        {
            message += $" ({exception.GetType().Name}: {exception.Message})";
        }
        message = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (message.Length > MaxLength)
        {
            message = message[..MaxLength] + "…";
        }
        if (left > 0)
        {
            message += $" [{left} more from here in the last {Window.TotalSeconds:F0} s left out]";
        }
        var category = logEntry.Category[(logEntry.Category.LastIndexOf('.') + 1)..];
        textWriter.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {Level(logEntry.LogLevel)} {category}: {message}");
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Critical => "crit",
        LogLevel.Error => "fail",
        LogLevel.Warning => "warn",
        LogLevel.Information => "info",
        _ => "dbug",
    };

    /// <summary>One line per window; counts the rest and reports the count with the next line admitted.</summary>
    private sealed class Throttle
    {
        private readonly Lock _lock = new();
        private DateTime _windowStart = DateTime.MinValue;
        private int _leftOut;

        public bool Admit(DateTime now, out int leftOut)
        {
            lock (_lock)
            {
                if (now - _windowStart < Window)
                {
                    _leftOut++;
                    leftOut = 0;
                    return false;
                }
                (_windowStart, leftOut, _leftOut) = (now, _leftOut, 0);
                return true;
            }
        }
    }
}
