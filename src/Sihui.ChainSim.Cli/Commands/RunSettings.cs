using Sihui.ChainSim.Contracts;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>What <c>chainsim run</c> was asked to do: the request to run, and what only the command line cares about.</summary>
public sealed record RunSettings
{
    /// <summary>
    /// What to run, as the command line gives it: the file name is FILE (empty with <see cref="Replay"/>, which names
    /// it instead), and the workflow reads the file's text into it.
    /// </summary>
    public required RunRequest Request { get; init; }

    /// <summary>A summary.json to re-run exactly.</summary>
    public string? Replay { get; init; }

    /// <summary>An observations CSV file to condition the run on (<c>--observed</c>).</summary>
    public string? Observed { get; init; }

    /// <summary>Where to simulate: the engine and cluster flags.</summary>
    public required RunnerChoice Runner { get; init; }
    public string? OutDirectory { get; init; }
    public bool Json { get; init; }

    /// <summary>--xlsx, --csv-bom and --raw.</summary>
    public OutputFormat Output { get; init; } = OutputFormat.Default;
    public bool Quiet { get; init; }
    public bool Verbose { get; init; }

    /// <summary>Refuse to run (exit 2) when the scenario has warnings.</summary>
    public bool Strict { get; init; }

    /// <summary><c>--lang</c>: the language of report.md, report.html and the tables; null follows the scenario.</summary>
    public Scenarios.Definitions.ScenarioLanguage? Language { get; init; }

    /// <summary>The scenario file; null when neither FILE nor a replay has named it.</summary>
    public string? File => Request.FileName.Length == 0 ? null : Request.FileName;

    /// <summary>The output directory: <c>--out</c>, or <c>out/&lt;scenario file name without extension&gt;</c>.</summary>
    public string ResolvedOutDirectory =>
        OutDirectory ?? Path.Combine("out", Path.GetFileNameWithoutExtension(File ?? ""));
}
