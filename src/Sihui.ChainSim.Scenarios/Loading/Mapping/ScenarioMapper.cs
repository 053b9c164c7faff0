using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Third stage: maps the whole tree to a <see cref="ScenarioDefinition"/>, collecting every error on the way.</summary>
public static class ScenarioMapper
{
    public static ScenarioDefinition Map(YamlNode root, MappingContext context, string? appliedVariant)
    {
        var r = new MapReader(root, "", context, Keys.Top);
        var seed = r.Integer("seed");
        if (seed is < 0 and not Placeholder.Integer)
        {
            context.Error(r.Get("seed")!, "seed", $"seed must be >= 0, got {seed}");
        }
        return new ScenarioDefinition
        {
            Name = r.String("scenario", required: true)!,
            Description = r.String("description") ?? "",
            BaseYear = r.Integer("base_year", required: true)!.Value,
            EndYear = r.Integer("end_year", required: true)!.Value,
            Trials = r.Integer("trials") ?? ScenarioDefinition.DefaultTrials,
            Seed = seed is >= 0 ? (ulong)seed.Value : ScenarioDefinition.DefaultSeed,
            Economy = ListMapper.Optional(r, "economy", Keys.Economy, e => new EconomyDefinition { Shock = e.Distribution("shock") })
                ?? new EconomyDefinition(),
            Industries = ListMapper.Map(r, "industries", Keys.Industry, IndustryMapper.Industry),
            Linkages = ListMapper.Map(r, "linkages", Keys.Linkage, IndustryMapper.Linkage),
            Parks = ListMapper.Map(r, "parks", Keys.Park, ParkMapper.Park),
            Enterprises = ListMapper.Map(r, "enterprises", Keys.Enterprise, EnterpriseMapper.Enterprise),
            Projects = ListMapper.Map(r, "projects", Keys.Project, ProjectMapper.Project),
            Indicators = ListMapper.Map(r, "indicators", Keys.Indicator, IndicatorMapper.Indicator),
            Targets = ListMapper.Map(r, "targets", Keys.Target, TargetMapper.Target),
            Variants = VariantMapper.Variants(r).Select(v => v.Definition).ToList(),
            Tunables = ListMapper.Map(r, "tunables", Keys.Tunable, TunableMapper.Tunable),
            AppliedVariant = appliedVariant,
        };
    }
}
