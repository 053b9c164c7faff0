using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Analysis.Runs;

/// <summary>One column of an analysis: a label and the request it runs (the analysis fixes its trials, seed and until).</summary>
public sealed record LabelledRun(string Label, RunRequest Request)
{
    /// <summary>
    /// A file read as every entry point reads it (strict UTF-8, saved variants beside it); the label defaults to the
    /// variant's name, else "baseline". Throws <see cref="ScenarioValidationException"/> for an unusable file.
    /// </summary>
    public static LabelledRun FromFile(string path, string? variant = null, string? label = null) =>
        new(label ?? variant ?? "baseline", RunRequest.For(ScenarioSource.Read(path), variant));

    /// <summary>The same column with more overrides applied last.</summary>
    public LabelledRun With(params OverrideDefinition[] more) => this with { Request = Request.WithOverrides(more) };

    public bool SameFileAs(LabelledRun other) => Request.ScenarioText == other.Request.ScenarioText;
}
