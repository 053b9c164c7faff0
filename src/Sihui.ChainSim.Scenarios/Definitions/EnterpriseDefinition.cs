using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>An enterprise, or an aggregate standing for the rest of an industry, with its growth parameters.</summary>
[Description("An enterprise, or an aggregate standing for the rest of an industry. Volume grows by growth + industry shock + macro shock, up to capacity.")]
public sealed record EnterpriseDefinition : ILabelled
{
    [IdPattern, Description("The enterprise's id.")]
    public required string Id { get; init; }

    [DefaultFrom("id"), Description("Display name; may be Chinese. Defaults to the id.")]
    public required string Name { get; init; }

    [Description("Chinese display name, used by reports in Chinese. Optional; defaults to name.")]
    public string? NameZh { get; init; }

    [Description("English display name, used by reports in English. Optional; defaults to name.")]
    public string? NameEn { get; init; }

    [Description("Industry id.")]
    public required string Industry { get; init; }

    [Description("Park id. Optional; required for a chain master.")]
    public string? Park { get; init; }

    /// <summary>Base-year output volume, valued at base-year prices (亿元).</summary>
    [AtLeast(0), Description("Base-year output, 亿元 at base-year prices.")]
    public required double Output { get; init; }

    /// <summary>Base-year capacity; null means unbounded.</summary>
    [AtLeast(0), Description("Base-year capacity, 亿元 at base-year prices. Omit for unbounded.")]
    public double? Capacity { get; init; }

    [AtLeast(0, What = "an addition"), Description("Capacity added in a year: year -> 亿元.")]
    public IReadOnlyDictionary<int, double> CapacityAdditions { get; init; } = new Dictionary<int, double>();

    /// <summary>The enterprise's own annual real (volume) growth rate; its industry's price index turns volume into value.</summary>
    [YearlyDraw, Description("The enterprise's own annual real (volume) growth rate (0.05 = 5%), before its industry's price index; one draw per trial and year.")]
    public required Distribution Growth { get; init; }

    [Description("Makes this enterprise a chain master. Optional.")]
    public ChainMasterDefinition? ChainMaster { get; init; }
}
