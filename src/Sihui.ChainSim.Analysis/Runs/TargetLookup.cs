using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Analysis.Runs;

/// <summary>Finds a target in a run and reads what analyses compare: its probability and its metric's P50.</summary>
public static class TargetLookup
{
    /// <summary>The target with this id (or the first one when null) among those within the simulated years.</summary>
    public static TargetDefinition Find(RunOutcome outcome, string? targetId)
    {
        var targets = outcome.Scenario.Definition.Targets.Where(t => t.Year <= outcome.Scenario.EndYear).ToList();
        if (targets.Count == 0)
        {
            throw new ArgumentException("the scenario has no target within the simulated years");
        }
        if (targetId is null)
        {
            return targets[0];
        }
        return targets.FirstOrDefault(t => t.Id == targetId)
            ?? throw new ArgumentException($"unknown target '{targetId}'; available: {string.Join(", ", targets.Select(t => t.Id))}");
    }

    public static (double Probability, double P50) Measure(RunOutcome outcome, string targetId)
    {
        var result = outcome.Result.Targets.First(t => t.TargetId == targetId);
        return (result.Met.Probability, result.Value.P50);
    }
}
