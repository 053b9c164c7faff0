namespace Sihui.ChainSim.Scenarios.History;

/// <summary>The metrics a history file can give, and what their id names.</summary>
public static class HistoryMetric
{
    public const string TotalOutput = "total_output";
    public const string IndustryOutput = "industry_output";
    public const string EnterpriseOutput = "enterprise_output";
    public const string Indicator = "indicator";
    public const string PriceIndex = "price_index";
    public const string ValueAdded = "value_added";

    public static IReadOnlyList<string> All { get; } = [TotalOutput, IndustryOutput, EnterpriseOutput, Indicator, PriceIndex, ValueAdded];

    /// <summary>What the id of <paramref name="metric"/> names: "enterprise", "industry", "indicator", or null when it takes none.</summary>
    /// <remarks>value_added takes an optional industry id: without one it is the city's.</remarks>
    public static string? IdKind(string metric) => metric switch
    {
        EnterpriseOutput => "enterprise",
        IndustryOutput or PriceIndex or ValueAdded => "industry",
        Indicator => "indicator",
        _ => null,
    };

    /// <summary>True when the metric must name an id (value_added may, total_output must not).</summary>
    public static bool NeedsId(string metric) => metric is EnterpriseOutput or IndustryOutput or PriceIndex or Indicator;

    /// <summary>Money levels and price indices cannot be negative; an indicator's level may be anything.</summary>
    public static bool IsNonNegative(string metric) => metric != Indicator;

    /// <summary>The run's metric name for a history figure (<c>enterprise_output:jintian</c>); null for price_index, which no run reports.</summary>
    public static string? RunMetric(string metric, string id) => metric switch
    {
        TotalOutput => TotalOutput,
        ValueAdded => id.Length == 0 ? ValueAdded : $"industry_value_added:{id}",
        PriceIndex => null,
        _ => $"{metric}:{id}",
    };
}
