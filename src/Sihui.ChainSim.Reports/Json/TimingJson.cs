using System.Text.Json.Serialization;
using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.Reports.Json;

/// <summary>
/// Time to target: the P10/P50/P90 first year of the target's event (<c>first_met</c>, or <c>first_breach</c> for a
/// cap), the share of trials that never have it, and the count of trials by first year from <see cref="FromYear"/>.
/// </summary>
public sealed record TimingJson(
    string TargetId,
    string Event,
    int? FirstYearP10,
    int? FirstYearP50,
    int? FirstYearP90,
    int? EarliestYear,
    double NeverShare,
    ProbabilityJson? HoldsEveryYear,
    int FromYear,
    IReadOnlyList<int> FirstYearCounts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<double>? FirstYearShares = null)
{
    public const string FirstMet = "first_met";
    public const string FirstBreach = "first_breach";

    public static TimingJson Of(TargetTiming timing) => new(
        timing.TargetId,
        timing.Event == TimingEvent.FirstBreach ? FirstBreach : FirstMet,
        timing.FirstYearP10,
        timing.FirstYearP50,
        timing.FirstYearP90,
        timing.EarliestYear,
        timing.NeverShare,
        timing.HoldsEveryYear is { } holds ? ProbabilityJson.Of(holds) : null,
        timing.FromYear,
        timing.FirstYearCounts,
        timing.FirstYearShares);
}
