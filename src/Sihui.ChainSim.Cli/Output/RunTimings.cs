using Sihui.ChainSim.Reports;
namespace Sihui.ChainSim.Cli.Output;

/// <summary>
/// When a run started and ended and how long it took; only run.json records these. <see cref="Simulate"/> includes
/// the runner's load and compile of the scenario, and the start of the embedded silo.
/// </summary>
public sealed record RunTimings(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, TimeSpan Simulate, TimeSpan Total)
{
    public string Describe() =>
        $"simulate {Simulate.TotalSeconds.ToString("0.000", ReportText.Invariant)} s, " +
        $"total {Total.TotalSeconds.ToString("0.000", ReportText.Invariant)} s";
}
