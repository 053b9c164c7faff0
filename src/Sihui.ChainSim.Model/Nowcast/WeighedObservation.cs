using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Model.Nowcast;

/// <summary>An observed row with what weighing it needs: money or count, and its month's share and share_sd from the seasonality.</summary>
public sealed record WeighedObservation(ObservedRow Row, ObservedKind Kind, double Share, double ShareSd)
{
    /// <summary>The row read against the scenario's seasonality (or its defaults); the row must have passed the observation rules.</summary>
    public static WeighedObservation Of(ScenarioDefinition scenario, ObservedRow row)
    {
        var o = row.Observation;
        var kind = ObservableMetrics.Kind(scenario, o.Metric)
            ?? throw new ArgumentException($"{row.Label}: '{o.Metric}' cannot be observed", nameof(row));
        var seasonality = SeasonalityDefinition.For(scenario, o.Metric);
        return new WeighedObservation(row, kind, seasonality.Share(o.ThroughMonth), seasonality.Sd(o.ThroughMonth));
    }

    /// <summary>True for a growth_yoy row: its level needs the trial's value of the metric in the year before.</summary>
    public bool NeedsPreviousYear => Row.Observation.GrowthYoy is not null;

    /// <summary>
    /// The year-to-date level: the row's value, or metric[year−1] · s · (1 + growth_yoy). Published growth is
    /// same-basis (同口径), so this is not the ratio of two published levels.
    /// </summary>
    public double Level(double previousYear) =>
        Row.Observation.Value ?? previousYear * Share * (1 + Row.Observation.GrowthYoy!.Value);

    /// <summary>The row's log-likelihood for one trial's annual value (and, for growth_yoy, its value the year before).</summary>
    public double LogWeight(double annual, double previousYear = double.NaN) => Kind switch
    {
        ObservedKind.Money => ObservationLikelihood.LogMoney(Level(previousYear), Share, ShareSd, annual),
        _ => ObservationLikelihood.LogCount((int)Row.Observation.Value!.Value, Share, annual),
    };
}
