using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Compilation;

/// <summary>Groups enterprises and projects by park, and turns attraction and chain masters into project sources.</summary>
internal static class ParkPlanBuilder
{
    public static ParkPlan[] Build(ScenarioDefinition scenario, IReadOnlyList<EnterprisePlan> enterprises, IReadOnlyDictionary<string, int> industryIndex)
    {
        var parks = new List<ParkPlan>();
        foreach (var park in scenario.Parks)
        {
            parks.Add(BuildPark(parks.Count, park.Id, park, scenario, enterprises, industryIndex));
        }
        var hasUnassigned = scenario.Enterprises.Any(e => e.Park is null) || scenario.Projects.Any(p => p.Park is null);
        if (hasUnassigned)
        {
            parks.Add(BuildPark(parks.Count, ParkPlan.ImplicitId, null, scenario, enterprises, industryIndex));
        }
        return [.. parks];
    }

    private static ParkPlan BuildPark(
        int index, string id, ParkDefinition? park, ScenarioDefinition scenario,
        IReadOnlyList<EnterprisePlan> enterprises, IReadOnlyDictionary<string, int> industryIndex)
    {
        var parkId = park?.Id;
        var key = StableHash.Of("park:" + id);
        var members = enterprises.Where(e => e.Definition.Park == parkId).ToArray();
        var named = scenario.Projects
            .Where(p => p.Park == parkId)
            .Select(p => new NamedProjectPlan(p, industryIndex[p.Industry], p.Behaviour, StableHash.Of("project:" + p.Id)))
            .ToArray();

        var sources = new List<ProjectSourcePlan>();
        if (park?.Attraction is { } attraction)
        {
            var mix = attraction.IndustryMix.Select(s => (industryIndex[s.Industry], s.Weight)).ToArray();
            sources.Add(Source(sources.Count, StableHash.Of("attraction:" + id), attraction.ProjectsPerYear,
                attraction.InvestmentPerProject, mix, attraction.Project));
        }
        foreach (var member in members)
        {
            if (member.Definition.ChainMaster is not { } master)
            {
                continue;
            }
            var template = master.Project ?? park?.Attraction?.Project ?? new ProjectTemplate();
            sources.Add(Source(sources.Count, StableHash.Of("suppliers:" + member.Definition.Id), master.SuppliersPerYear,
                master.Investment, [(industryIndex[master.Industry], 1.0)], template));
        }

        return new ParkPlan
        {
            Index = index,
            Id = id,
            Definition = park,
            Key = key,
            EnterpriseIndices = members.Select(e => e.Index).ToArray(),
            NamedProjects = named,
            Sources = sources,
        };
    }

    private static ProjectSourcePlan Source(
        int index, ulong key, Distribution count, Distribution investment,
        IReadOnlyList<(int Industry, double Weight)> mix, ProjectTemplate template)
    {
        var total = mix.Sum(m => m.Weight);
        var cumulative = new List<(int, double)>();
        var running = 0.0;
        foreach (var (industry, weight) in mix)
        {
            running += weight;
            cumulative.Add((industry, total > 0 ? running / total : 1.0));
        }
        return new ProjectSourcePlan
        {
            Index = index,
            Key = key,
            CountPerYear = count,
            Investment = investment,
            IndustryMix = [.. cumulative],
            Behaviour = template.Behaviour,
            LandMuPerInvestment = template.LandMuPerInvestment,
            PowerMwPerInvestment = template.PowerMwPerInvestment,
        };
    }
}
