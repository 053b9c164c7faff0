using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Grains.Serialization;

// The observed rows a failed nowcast names, carried from the run grain to its client.

[GenerateSerializer, Immutable, Alias("ObservedRow")]
public readonly record struct ObservedRowSurrogate(
    [property: Id(0)] string Metric, [property: Id(1)] int Year, [property: Id(2)] int ThroughMonth,
    [property: Id(3)] double? Value, [property: Id(4)] double? GrowthYoy, [property: Id(5)] string Source);

[RegisterConverter]
public sealed class ObservedRowConverter : IConverter<ObservedRow, ObservedRowSurrogate>
{
    public ObservedRow ConvertFromSurrogate(in ObservedRowSurrogate s) => new(
        new ObservationDefinition { Metric = s.Metric, Year = s.Year, ThroughMonth = s.ThroughMonth, Value = s.Value, GrowthYoy = s.GrowthYoy },
        s.Source);

    public ObservedRowSurrogate ConvertToSurrogate(in ObservedRow v)
    {
        var o = v.Observation;
        return new(o.Metric, o.Year, o.ThroughMonth, o.Value, o.GrowthYoy, v.Source);
    }
}
