using Microsoft.Extensions.Options;

namespace Sihui.ChainSim.Web;

/// <summary>Settings of the interactive page and its API: which scenarios are served and how big a run may be.</summary>
public sealed class WebOptions
{
    public const int DefaultMaxTrials = 20_000;
    public const int DefaultPageTrials = 2_000;

    /// <summary>A scenario file, or a folder whose *.yaml files are served.</summary>
    public string ScenarioPath { get; set; } = "scenarios";

    /// <summary>The most trials one request may ask for; larger requests get a 400.</summary>
    public int MaxTrials { get; set; } = DefaultMaxTrials;

    /// <summary>Trials the page asks for when the user has not chosen.</summary>
    public int PageTrials { get; set; } = DefaultPageTrials;

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
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
