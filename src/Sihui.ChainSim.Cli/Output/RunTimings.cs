namespace Sihui.ChainSim.Cli.Output;

/// <summary>
/// When a run started and ended and how long each phase took; only run.json records these. <see cref="Check"/> is the
/// CLI's own load of the scenario (zero when skipped); <see cref="Simulate"/> includes the runner's load and compile.
/// </summary>
public sealed record RunTimings(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, TimeSpan Check, TimeSpan Simulate, TimeSpan Total)
{
    public string Describe() =>
        $"check {Check.TotalSeconds.ToString("0.000", CliText.Invariant)} s, simulate {Simulate.TotalSeconds.ToString("0.000", CliText.Invariant)} s, " +
        $"total {Total.TotalSeconds.ToString("0.000", CliText.Invariant)} s";
}
