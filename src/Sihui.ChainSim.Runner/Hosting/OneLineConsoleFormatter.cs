using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>Writes each log message as one line: time, level, category and message, and only the exception's type and first line.</summary>
public sealed class OneLineConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "chainsim-one-line";
    private const int MaxLength = 400;

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
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
}
