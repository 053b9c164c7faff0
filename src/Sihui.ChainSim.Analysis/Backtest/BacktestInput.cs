using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.History;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>
/// What a backtest takes: the scenario file's text and its loaded baseline, the checked history, the first origin,
/// trials and seed (null: the file's), and how many parameter draws each origin's forecast mixes (1: none).
/// </summary>
public sealed record BacktestInput(
    string Text,
    string File,
    ScenarioDefinition Scenario,
    IReadOnlyList<HistoryRow> History,
    string HistoryFile,
    int From,
    int? Trials = null,
    ulong? Seed = null,
    int ParameterDraws = ParameterDraws.Default)
{
    /// <summary>The runs the backtest takes: one per parameter draw at each origin.</summary>
    public int Runs => Math.Max(0, Scenario.BaseYear - From) * Math.Max(1, ParameterDraws);
}
