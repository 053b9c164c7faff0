using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Maps `tunables`, the slider metadata shared by the web UI and <c>--set</c>.</summary>
public static class TunableMapper
{
    public static TunableDefinition Tunable(MapReader r) => new()
    {
        Path = r.String("path", required: true)!,
        Label = r.String("label", required: true)!,
        LabelZh = r.String("label_zh"),
        Group = r.String("group"),
        Min = r.Number("min", required: true)!.Value,
        Max = r.Number("max", required: true)!.Value,
        Step = r.Number("step", required: true)!.Value,
    };
}
