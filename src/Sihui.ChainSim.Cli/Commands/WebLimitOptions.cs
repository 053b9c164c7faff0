using System.CommandLine;
using Sihui.ChainSim.Web;
using Sihui.ChainSim.Web.Hosting;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>serve</c>'s load limits: runs computed at once, the queue behind them, and the work one request may cost.</summary>
public sealed class WebLimitOptions
{
    private readonly Option<int> _maxRuns = new("--max-runs")
    {
        HelpName = "N",
        Description = "Runs computed at once (default: one per core); more wait in a short queue, and beyond it get 503.",
        DefaultValueFactory = _ => WebOptions.DefaultMaxRunsInFlight,
    };

    private readonly Option<int?> _maxQueue = new("--max-queue")
    {
        HelpName = "N",
        Description = "Runs that may wait for a free slot (default: twice --max-runs).",
    };

    private readonly Option<long> _maxWork = new("--max-work")
    {
        HelpName = "N",
        Description = "The most trials × entities × years one request may cost.",
        DefaultValueFactory = _ => WebOptions.DefaultMaxWork,
    };

    private readonly Option<long> _maxAnalysisWork = new("--max-analysis-work")
    {
        HelpName = "N",
        Description = "The most runs × trials × entities × years one analysis (compare, sensitivity, goal-seek, calibrate) may cost.",
        DefaultValueFactory = _ => WebOptions.DefaultMaxAnalysisWork,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_maxRuns);
        command.Options.Add(_maxQueue);
        command.Options.Add(_maxWork);
        command.Options.Add(_maxAnalysisWork);
    }

    public WebHostSettings Apply(ParseResult parsed, WebHostSettings settings)
    {
        var runs = parsed.GetValue(_maxRuns);
        return settings with { MaxRunsInFlight = runs, MaxQueuedRuns = parsed.GetValue(_maxQueue) ?? runs * 2, MaxWork = parsed.GetValue(_maxWork),
            MaxAnalysisWork = parsed.GetValue(_maxAnalysisWork) };
    }
}
