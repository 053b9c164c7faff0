namespace Sihui.ChainSim.Reports.Json;

/// <summary>One value the run changed from the file, and who changed it; summary.json and run.json list the same.</summary>
public sealed record OverrideJson(string Path, string Value, string Source)
{
    public static IReadOnlyList<OverrideJson> Of(IReadOnlyList<RunOverride> overrides) =>
        [.. overrides.Select(o => new OverrideJson(o.Path, o.Value, o.Source))];

    public RunOverride ToOverride() => new(Path, Value, Source);
}
