namespace Sihui.ChainSim.Grains;

/// <summary>Everything a silo needs to rebuild a run's compiled scenario: the YAML text and how to load it.</summary>
[GenerateSerializer, Immutable, Alias("RunSpec")]
public sealed record RunSpec(
    [property: Id(0)] string ScenarioText,
    [property: Id(1)] string FileName,
    [property: Id(2)] string? Variant,
    [property: Id(3)] OverrideSpec[] Set,
    [property: Id(4)] int? Trials,
    [property: Id(5)] ulong? Seed,
    [property: Id(6)] int? Until);

/// <summary>One <c>--set path=value</c> override.</summary>
[GenerateSerializer, Immutable, Alias("OverrideSpec")]
public sealed record OverrideSpec([property: Id(0)] string Path, [property: Id(1)] string Value);
