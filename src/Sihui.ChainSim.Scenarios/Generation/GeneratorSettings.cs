using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Generation;

/// <summary>The size and seed of a synthetic scenario.</summary>
public sealed record GeneratorSettings
{
    public int Enterprises { get; init; } = 200;
    public int Parks { get; init; } = 3;
    public int Industries { get; init; } = 5;
    public int Projects { get; init; } = 20;
    public int Years { get; init; } = 6;
    public int Seed { get; init; } = 1;
    public int Trials { get; init; } = 1000;
    public int BaseYear { get; init; } = 2024;

    /// <summary>
    /// Enterprises and projects as a roster and a ledger can hold them (normal growth, whole build years, no chain
    /// masters), so the scenario and its sheets (<see cref="RosterSheets"/>) carry the same numbers.
    /// </summary>
    public bool ForSheets { get; init; }

    /// <summary>Sizes of the roster and ledger `generate --roster` writes when no size is given.</summary>
    public const int SheetEnterprises = 300;
    public const int SheetProjects = 60;

    public const int MaxYears = 100;

    /// <summary>Why these settings cannot make a scenario, or null when they can.</summary>
    public string? Problem() =>
        Enterprises < 1 ? "--enterprises must be at least 1"
        : Parks < 1 ? "--parks must be at least 1"
        : Industries < 1 ? "--industries must be at least 1"
        : Projects < 0 ? "--projects must not be negative"
        : Years < 1 || Years > MaxYears ? $"--years must be between 1 and {MaxYears}"
        : Seed < 0 ? "--seed must not be negative"
        : Trials < 1 || Trials > ScenarioDefinition.MaxTrials ? $"--trials must be between 1 and {ScenarioDefinition.MaxTrials}"
        : null;
}
