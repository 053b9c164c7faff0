using Microsoft.Extensions.Options;

namespace Sihui.ChainSim.Web;

/// <summary>Settings of the interactive page and its API: which scenarios are served and how big a run may be.</summary>
public sealed class WebOptions
{
    public const int DefaultMaxTrials = 20_000;
    public const int DefaultPageTrials = 2_000;

    /// <summary>Runs computed at once: one per core fits the co-hosted silo, which uses every core for one run.</summary>
    public static int DefaultMaxRunsInFlight => Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <summary>
    /// Trials × entities × years one request may cost. A 20,000-trial run of the Sihui scenario (102 entities, 4 years)
    /// is 8.2 million and peaks near 0.9 GB, so two runs in flight stay under 2 GiB.
    /// </summary>
    public const long DefaultMaxWork = 10_000_000;

    /// <summary>
    /// Runs × trials × entities × years one analysis (compare, sensitivity, goal-seek) may cost: its runs go one per
    /// core at a time, so this bounds its time, not its memory (each run stays within <see cref="MaxWork"/>). The
    /// Sihui tornado over 18 tunables (37 runs, 408 per trial) fits up to 13,000 trials.
    /// </summary>
    public const long DefaultMaxAnalysisWork = 200_000_000;

    /// <summary>A scenario file, or a folder whose *.yaml files are served.</summary>
    public string ScenarioPath { get; set; } = "scenarios";

    /// <summary>The most trials one request may ask for; larger requests get a 400.</summary>
    public int MaxTrials { get; set; } = DefaultMaxTrials;

    /// <summary>Trials the page asks for when the user has not chosen.</summary>
    public int PageTrials { get; set; } = DefaultPageTrials;

    /// <summary>Runs computed at once; more wait in the queue.</summary>
    public int MaxRunsInFlight { get; set; } = DefaultMaxRunsInFlight;

    /// <summary>Runs that may wait for a free slot; beyond them a request gets 503 with Retry-After.</summary>
    public int MaxQueuedRuns { get; set; } = DefaultMaxRunsInFlight * 2;

    /// <summary>The most trials × entities × years one request may cost; larger requests get a 400 that states it.</summary>
    public long MaxWork { get; set; } = DefaultMaxWork;

    /// <summary>The most runs × trials × entities × years one analysis may cost; larger requests get a 400 that states it.</summary>
    public long MaxAnalysisWork { get; set; } = DefaultMaxAnalysisWork;

    /// <summary>The address Kestrel listens on; its own name is an allowed Host besides the loopback names.</summary>
    public string ListenHost { get; set; } = "127.0.0.1";

    /// <summary>When set, the page and the API need it (link, cookie or bearer header). Required beyond loopback.</summary>
    public string? Token { get; set; }

    /// <summary>The version written into summary.json.</summary>
    public string Version { get; set; } = "0.0.0";
}

/// <summary>Refuses settings the app cannot serve with, at start rather than at the first request.</summary>
public sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ScenarioPath))
        {
            failures.Add("ScenarioPath must name a scenario file or folder.");
        }
        else if (!File.Exists(options.ScenarioPath) && !Directory.Exists(options.ScenarioPath))
        {
            failures.Add($"ScenarioPath '{options.ScenarioPath}' is neither a file nor a folder.");
        }
        if (options.MaxTrials < 1 || options.MaxTrials > Scenarios.Definitions.ScenarioDefinition.MaxTrials)
        {
            failures.Add($"MaxTrials must be between 1 and {Scenarios.Definitions.ScenarioDefinition.MaxTrials}, got {options.MaxTrials}.");
        }
        if (options.PageTrials < 1 || options.PageTrials > options.MaxTrials)
        {
            failures.Add($"PageTrials must be between 1 and MaxTrials ({options.MaxTrials}), got {options.PageTrials}.");
        }
        if (options.MaxRunsInFlight < 1 || options.MaxQueuedRuns < 0 || options.MaxWork < 1 || options.MaxAnalysisWork < 1)
        {
            failures.Add("MaxRunsInFlight, MaxWork and MaxAnalysisWork must be at least 1, MaxQueuedRuns at least 0.");
        }
        if (options.Token is { } token && (token.Length < 8 || token.Any(char.IsWhiteSpace)))
        {
            failures.Add("Token must be at least 8 characters without spaces.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
