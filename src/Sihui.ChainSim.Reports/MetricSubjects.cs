using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Reports;

/// <summary>
/// The display name of what a metric is about, so files show names beside ids: the industry of
/// <c>industry_output:copper</c>, the park of <c>park_output:hitech</c> (a rate's, of the metric it is taken of); empty
/// for a city-wide metric such as <c>total_output</c>.
/// </summary>
public sealed class MetricSubjects
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public MetricSubjects(ScenarioDefinition scenario)
    {
        foreach (var i in scenario.Industries)
        {
            _names[MetricNames.IndustryOutput(i.Id)] = i.Name;
            _names[MetricNames.IndustryValueAdded(i.Id)] = i.Name;
        }
        foreach (var p in scenario.Parks)
        {
            _names[MetricNames.ParkOutput(p.Id)] = p.Name;
            _names[MetricNames.LandUsed(p.Id)] = p.Name;
        }
        foreach (var e in scenario.Enterprises)
        {
            _names[MetricNames.EnterpriseOutput(e.Id)] = e.Name;
        }
        foreach (var indicator in scenario.Indicators)
        {
            _names[MetricNames.Indicator(indicator.Id)] = indicator.Name;
            _names[MetricNames.IndicatorChange(indicator.Id)] = indicator.Name;
        }
    }

    /// <summary>The subject's name, or "" for a city-wide metric.</summary>
    public string NameOf(string metric) =>
        _names.GetValueOrDefault(MetricNames.RateBase(metric) ?? metric) ?? "";

    /// <summary>The subject's id (<c>copper</c> for <c>growth:industry_output:copper</c>), or "" for a city-wide metric.</summary>
    public static string IdOf(string metric)
    {
        var plain = MetricNames.RateBase(metric) ?? metric;
        var colon = plain.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? "" : plain[(colon + 1)..];
    }
}
