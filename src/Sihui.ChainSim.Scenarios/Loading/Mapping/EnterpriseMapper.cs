using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Maps `enterprises`, with an optional chain master.</summary>
public static class EnterpriseMapper
{
    public static EnterpriseDefinition Enterprise(MapReader r)
    {
        var id = r.Id();
        return new EnterpriseDefinition
        {
            Id = id,
            Name = ListMapper.Name(r, id),
            Industry = r.String("industry", required: true)!,
            Park = r.String("park"),
            Output = r.Number("output", required: true)!.Value,
            Capacity = r.Number("capacity"),
            CapacityAdditions = r.YearMap("capacity_additions"),
            Growth = r.Distribution("growth", required: true)!,
            ChainMaster = ListMapper.Optional(r, "chain_master", Keys.ChainMaster, ChainMaster),
        };
    }

    private static ChainMasterDefinition ChainMaster(MapReader r) => new()
    {
        SuppliersPerYear = r.Distribution("suppliers_per_year", required: true)!,
        Investment = r.Distribution("investment", required: true)!,
        Industry = r.String("industry", required: true)!,
        Project = ListMapper.Optional(r, "project", Keys.Template, TemplateMapper.Template),
    };
}
