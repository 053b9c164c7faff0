using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Maps `industries` and `linkages`.</summary>
public static class IndustryMapper
{
    public static IndustryDefinition Industry(MapReader r)
    {
        var id = r.Id();
        return new IndustryDefinition
        {
            Id = id,
            Name = ListMapper.Name(r, id),
            Shock = r.Distribution("shock"),
            Price = ListMapper.Optional(r, "price", Keys.Price, p => new PriceDefinition(
                p.Number("drift", required: true)!.Value, p.Number("volatility", required: true)!.Value)),
        };
    }

    public static LinkageDefinition Linkage(MapReader r) => new(
        r.String("supplier", required: true)!,
        r.String("buyer", required: true)!,
        r.Number("coefficient", required: true)!.Value);
}
