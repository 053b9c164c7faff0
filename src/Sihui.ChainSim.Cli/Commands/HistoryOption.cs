using System.CommandLine;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>The <c>--history H.csv</c> option that calibrate and backtest share.</summary>
public static class HistoryOption
{
    public static Option<string> Create() => new("--history")
    {
        HelpName = "H.csv",
        Description = "The history file: a CSV metric,id,year,value (docs/calibration.md).",
        Required = true,
    };
}
