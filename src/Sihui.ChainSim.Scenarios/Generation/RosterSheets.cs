using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Generation;

/// <summary>A row of a generated roster: the numbers are the ones the scenario's enterprise carries.</summary>
public sealed record RosterEntry(string Id, string Name, string Industry, string? Park, double Output, double? Capacity, double Growth, double GrowthSd);

/// <summary>A row of a generated ledger; build years and output per investment come from the planned years and output.</summary>
public sealed record LedgerEntry(
    string Id, string Name, string Industry, string? Park, ProjectStage Stage, double Investment, double LandMu, double PowerMw,
    int PlannedStart, int PlannedCompletion, double PlannedOutput);

/// <summary>A generated scenario and the roster and ledger that hold its enterprises and projects.</summary>
public sealed record RosterSheets(string Yaml, IReadOnlyList<RosterEntry> Roster, IReadOnlyList<LedgerEntry> Ledger);
