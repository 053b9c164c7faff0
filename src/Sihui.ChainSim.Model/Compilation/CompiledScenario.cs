using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Observations;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Model.Compilation;

/// <summary>
/// A scenario resolved into indices and plans, ready to simulate: industries, parks with their enterprises and
/// projects, and the Leontief multipliers. Both engines build this once and share it read-only.
/// </summary>
public sealed class CompiledScenario
{
    private CompiledScenario(ScenarioDefinition definition, int trials, ulong seed, int endYear)
    {
        Definition = definition;
        Trials = trials;
        Seed = seed;
        EndYear = endYear;
    }

    public ScenarioDefinition Definition { get; }
    public int Trials { get; }
    public ulong Seed { get; }
    public int BaseYear => Definition.BaseYear;

    /// <summary>The last simulated year (the scenario's end_year, or earlier with --until).</summary>
    public int EndYear { get; }

    public int YearCount => EndYear - BaseYear;
    public int IndustryCount => Definition.Industries.Count;
    public IReadOnlyList<EnterprisePlan> Enterprises { get; private init; } = [];
    public IReadOnlyList<ParkPlan> Parks { get; private init; } = [];

    /// <summary>(L - I), where L = (I - A)^-1: the local indirect output per unit of direct output. Null without linkages.</summary>
    public double[,]? IndirectMultipliers { get; private init; }

    public IReadOnlyDictionary<string, int> IndustryIndex { get; private init; } = new Dictionary<string, int>();

    /// <summary>The published figures the run is conditioned on (docs/nowcast.md); empty for a plain run.</summary>
    public IReadOnlyList<ObservedRow> Observed { get; private init; } = [];

    /// <summary>
    /// A nowcast: observations were given, if only a file with none yet. Its result carries a conditioning section
    /// even with no rows (then the plain figures, at an ESS of every trial).
    /// </summary>
    public bool IsNowcast { get; private init; }

    /// <summary>Enterprises whose per-trial values targets need (their output or its growth); the others only report summaries.</summary>
    public IReadOnlySet<int> WatchedEnterprises { get; private init; } = new HashSet<int>();

    /// <summary>
    /// Whether every enterprise's output is summarised every year, for the outputs that list them (years.csv,
    /// summary.json). Without, a year's metrics hold only the enterprises targets watch (docs/architecture.md).
    /// </summary>
    public bool SummarizesEnterprises { get; private init; } = true;

    /// <summary>Whether each metric's 1st to 99th percentiles are kept every year (see RunRequest.Percentiles).</summary>
    public bool KeepsPercentiles { get; private init; } = true;

    /// <summary>
    /// Builds the plans of a loaded scenario (requests are loaded and compiled by the contracts' ScenarioCompiler).
    /// <paramref name="trials"/>, <paramref name="seed"/> and <paramref name="until"/> override the file.
    /// </summary>
    public static CompiledScenario Compile(
        ScenarioDefinition definition, int? trials = null, ulong? seed = null, int? until = null, IReadOnlyList<ObservedRow>? observed = null,
        bool nowcast = false, bool enterpriseSummaries = true, bool percentiles = true)
    {
        observed ??= ObservedRow.FromScenario(definition);
        var industryIndex = definition.Industries.Select((industry, i) => (industry.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var enterprises = definition.Enterprises
            .Select((e, i) => new EnterprisePlan(i, e, industryIndex[e.Industry], StableHash.Of("enterprise:" + e.Id)))
            .ToArray();
        var parks = ParkPlanBuilder.Build(definition, enterprises, industryIndex);
        if (until is { } last && last <= definition.BaseYear)
        {
            throw new ScenarioValidationException(
                [new ScenarioError("--until", 1, 1, "until", $"{last} must be after the scenario's base_year {definition.BaseYear}")]);
        }
        if (until is { } beyond && beyond > definition.EndYear)
        {
            throw new ScenarioValidationException(
                [new ScenarioError("--until", 1, 1, "until", $"{beyond} is after the scenario's end_year {definition.EndYear}; a run cannot go past end_year")]);
        }
        var endYear = Math.Min(until ?? definition.EndYear, definition.EndYear);
        return new CompiledScenario(definition, trials ?? definition.Trials, seed ?? definition.Seed, endYear)
        {
            Enterprises = enterprises,
            Parks = parks,
            IndustryIndex = industryIndex,
            IndirectMultipliers = LeontiefMultipliers.Compute(definition, industryIndex),
            Observed = observed,
            IsNowcast = nowcast || observed.Count > 0,
            SummarizesEnterprises = enterpriseSummaries,
            KeepsPercentiles = percentiles,
            // A nowcast weighs every enterprise's trials, so it watches them all.
            WatchedEnterprises = enterprises
                .Where(e => observed.Count > 0 || definition.Targets.Any(t => t.Metric == MetricNames.EnterpriseOutput(e.Definition.Id)
                                                        || t.Metric == MetricNames.Growth(MetricNames.EnterpriseOutput(e.Definition.Id)))
)
                .Select(e => e.Index)
                .ToHashSet(),
        };
    }
}
