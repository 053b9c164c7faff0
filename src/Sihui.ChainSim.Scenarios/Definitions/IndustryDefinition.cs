using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>An industrial chain (copper, jade, ...): its shared shock, optional output-price index and value-added ratio.</summary>
[Description("An industrial chain (产业链), such as copper or jade.")]
public sealed record IndustryDefinition : ILabelled
{
    [IdPattern, Description("The industry's id, used by enterprises, projects, linkages and metrics.")]
    public required string Id { get; init; }

    [DefaultFrom("id"), Description("Display name; may be Chinese. Defaults to the id.")]
    public required string Name { get; init; }

    [Description("Chinese display name, used by reports in Chinese. Optional; defaults to name.")]
    public string? NameZh { get; init; }

    [Description("English display name, used by reports in English. Optional; defaults to name.")]
    public string? NameEn { get; init; }

    /// <summary>One draw per trial, year and industry, added to the growth of its enterprises.</summary>
    [YearlyDraw, Description("Industry shock added to the growth of its enterprises; one draw per trial and year. Optional.")]
    public Distribution? Shock { get; init; }

    /// <summary>Output-price index (log-normal around its drift path, 1.0 in the base year). Null means a flat 1.0.</summary>
    [Description("Output-price index: log-normal around its drift path, 1.0 in the base year. Omit for a flat 1.0.")]
    public PriceDefinition? Price { get; init; }

    /// <summary>增加值率: value added per unit of output value. Null means the industry has no value-added metric.</summary>
    [FractionAboveZero,
     Description("Value-added ratio (增加值率) in (0, 1]: industry_value_added is output × ratio. Omit for no value-added metric.")]
    public double? ValueAddedRatio { get; init; }
}

/// <summary>Drift, volatility and mean reversion of an industry's output-price index.</summary>
public sealed record PriceDefinition(
    [property: Description("Annual drift of the price index.")] double Drift,
    [property: AtLeast(0), Description("Annual volatility of the price index, >= 0.")] double Volatility,
    [property: Between(0, 1), Description("Share of the log-price's gap to its drift path closed each year, in [0, 1]; 0 is a random walk.")]
    double MeanReversion = 0);
