using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Model.Tests.Nowcast;

/// <summary>Observations built directly, with their share and share_sd given.</summary>
internal static class Rows
{
    public static WeighedObservation Money(double value, double share = 0.5, double shareSd = 0.02, string metric = "total_output", int year = 2025) =>
        new(Row(metric, year, value: value), ObservedKind.Money, share, shareSd);

    public static WeighedObservation Growth(double growth, double share = 0.5, double shareSd = 0.02) =>
        new(Row("total_output", 2025, growth: growth), ObservedKind.Money, share, shareSd);

    public static WeighedObservation Count(int value, double share = 0.5, string metric = "projects_started") =>
        new(Row(metric, 2025, value: value), ObservedKind.Count, share, 0.02);

    private static ObservedRow Row(string metric, int year, double? value = null, double? growth = null) =>
        new(new ObservationDefinition { Metric = metric, Year = year, ThroughMonth = 6, Value = value, GrowthYoy = growth }, "obs.csv:2");
}
