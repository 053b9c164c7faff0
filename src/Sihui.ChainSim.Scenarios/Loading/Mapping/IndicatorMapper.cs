using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Maps `indicators`.</summary>
public static class IndicatorMapper
{
    public static IndicatorDefinition Indicator(MapReader r)
    {
        var id = r.Id();
        return new IndicatorDefinition
        {
            Id = id,
            Name = ListMapper.Name(r, id),
            Initial = r.Number("initial", required: true)!.Value,
            AnnualChange = r.Distribution("annual_change", required: true)!,
        };
    }
}
