using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Maps `parks`, with their attraction and its project template.</summary>
public static class ParkMapper
{
    public static ParkDefinition Park(MapReader r)
    {
        var id = r.Id();
        return new ParkDefinition
        {
            Id = id,
            Name = ListMapper.Name(r, id),
            LandMu = r.Number("land_mu"),
            LandAdditions = r.YearMap("land_additions"),
            PowerMw = r.Number("power_mw"),
            PowerAdditions = r.YearMap("power_additions"),
            Attraction = ListMapper.Optional(r, "attraction", Keys.Attraction, Attraction),
        };
    }

    private static AttractionDefinition Attraction(MapReader r) => new()
    {
        ProjectsPerYear = r.Distribution("projects_per_year", required: true)!,
        InvestmentPerProject = r.Distribution("investment_per_project", required: true)!,
        IndustryMix = IndustryMix(r),
        Project = ListMapper.Optional(r, "project", Keys.Template, TemplateMapper.Template) ?? new ProjectTemplate(),
    };

    private static IReadOnlyList<IndustryShare> IndustryMix(MapReader r)
    {
        if (r.Get("industry_mix", required: true) is null)
        {
            return [];
        }
        return r.NamedNumbers("industry_mix").Select(p => new IndustryShare(p.Key, p.Value)).ToList();
    }
}
