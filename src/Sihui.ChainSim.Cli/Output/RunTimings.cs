namespace Sihui.ChainSim.Cli.Output;

/// <summary>When a run started and ended and how long each phase took; only run.json records these.</summary>
public sealed record RunTimings(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, TimeSpan Load, TimeSpan Simulate, TimeSpan Total)
{
    public string Describe() =>
        $"load {Load.TotalSeconds.ToString("0.000", CliText.Invariant)} s, simulate {Simulate.TotalSeconds.ToString("0.000", CliText.Invariant)} s, " +
        $"total {Total.TotalSeconds.ToString("0.000", CliText.Invariant)} s";
}
