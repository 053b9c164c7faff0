using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Compilation;

/// <summary>
/// A park and everything it steps: its enterprises, its named projects and the project sources it attracts.
/// Enterprises and projects without a park live in one implicit park with unlimited land and power.
/// </summary>
public sealed record ParkPlan
{
    public required int Index { get; init; }
    public required string Id { get; init; }

    /// <summary>Null for the implicit park of unassigned enterprises and projects.</summary>
    public ParkDefinition? Definition { get; init; }
    public required ulong Key { get; init; }
    public required IReadOnlyList<int> EnterpriseIndices { get; init; }
    public required IReadOnlyList<NamedProjectPlan> NamedProjects { get; init; }
    public required IReadOnlyList<ProjectSourcePlan> Sources { get; init; }

    public bool IsImplicit => Definition is null;

    public double InitialLand => Definition?.LandMu ?? double.PositiveInfinity;
    public double InitialPower => Definition?.PowerMw ?? double.PositiveInfinity;

    public double LandAddedIn(int year) => Definition is not null && Definition.LandAdditions.TryGetValue(year, out var mu) ? mu : 0;
    public double PowerAddedIn(int year) => Definition is not null && Definition.PowerAdditions.TryGetValue(year, out var mw) ? mw : 0;

    public const string ImplicitId = "(unassigned)";
}

/// <summary>A named project with its resolved industry and behaviour.</summary>
public sealed record NamedProjectPlan(ProjectDefinition Definition, int IndustryIndex, ProjectBehaviour Behaviour, ulong Key);

/// <summary>A source of new signed projects each year: a park's attraction or a chain master's suppliers.</summary>
public sealed record ProjectSourcePlan
{
    public required ulong Key { get; init; }
    public required Distribution CountPerYear { get; init; }
    public required Distribution Investment { get; init; }

    /// <summary>Industry indices and their cumulative weights, normalised to end at 1 (an array: every signing walks it).</summary>
    public required (int Industry, double CumulativeWeight)[] IndustryMix { get; init; }
    public required ProjectBehaviour Behaviour { get; init; }
    public required double LandMuPerInvestment { get; init; }
    public required double PowerMwPerInvestment { get; init; }

    /// <summary>Index into <see cref="ParkPlan.Sources"/>, so a generated project can find its behaviour.</summary>
    public required int Index { get; init; }
}
