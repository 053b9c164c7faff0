using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>
/// A silo's logs on stderr. By default one line per message and no stack traces, Orleans' own messages from Error up
/// (at most one line per source every 30 s), and this project's from Warning up: a failover costs a few lines, not
/// pages of rejected-message traces.
/// Verbose (Information) keeps Orleans' full output.
/// </summary>
public static class SiloLogging
{
    public static void Configure(ILoggingBuilder logging, LogLevel level)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(level);
        if (level >= LogLevel.None)
        {
            return;
        }
        if (level <= LogLevel.Information)
        {
            logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            return;
        }
        logging.AddFilter("Orleans", LogLevel.Error);
        logging.AddFilter("Microsoft", LogLevel.Error);
        // Orleans' placement retries log every attempt through Polly.
        logging.AddFilter("Polly", LogLevel.Error);
        logging.AddConsole(o =>
        {
            o.LogToStandardErrorThreshold = LogLevel.Trace;
            o.FormatterName = OneLineConsoleFormatter.FormatterName;
        });
        logging.AddConsoleFormatter<OneLineConsoleFormatter, ConsoleFormatterOptions>();
    }
}
