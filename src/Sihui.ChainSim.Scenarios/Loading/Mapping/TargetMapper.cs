using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Maps `targets`; exactly one of at_least / at_most sets the comparison.</summary>
public static class TargetMapper
{
    public static TargetDefinition Target(MapReader r)
    {
        var id = r.Id();
        var atLeast = r.Number("at_least");
        var atMost = r.Number("at_most");
        if (atLeast is not null && atMost is not null)
        {
            r.Context.Error(r.Get("at_most")!, r.PathOf("at_most"),
                $"target '{id}' has both `at_least` and `at_most`; give exactly one");
        }
        else if (atLeast is null && atMost is null)
        {
            r.Context.Error(r.Node, r.Path, $"target '{id}' needs exactly one of `at_least` or `at_most`");
        }
        return new TargetDefinition
        {
            Id = id,
            Name = ListMapper.Name(r, id),
            Metric = r.String("metric", required: true)!,
            Year = r.Integer("year", required: true)!.Value,
            Comparison = atMost is not null && atLeast is null ? Comparison.AtMost : Comparison.AtLeast,
            Threshold = atLeast ?? atMost ?? Placeholder.Number,
        };
    }
}
