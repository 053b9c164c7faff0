namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>A roster row as read, its industry and park cells resolved to ids.</summary>
public sealed record ImportedEnterprise(
    string Id, string Name, string Industry, string? Park, double Output, double? Capacity, double? Growth, double? GrowthSd, string Source);

/// <summary>A ledger row as read, its industry and park cells resolved to ids.</summary>
public sealed record ImportedProject(
    string Id, string Name, string Industry, string? Park, Definitions.ProjectStage Stage, string StageWord, double Investment,
    double? LandMu, double? PowerMw, int? BuildYears, string? BuildYearsFrom, double? OutputPerInvestment, string? OutputFrom, string Source);
