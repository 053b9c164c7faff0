namespace Sihui.ChainSim.Contracts;

/// <summary>Runs scenarios; the CLI and the web UI call only this.</summary>
public interface ISimulationRunner
{
    /// <summary>Loads, compiles and runs. Throws ScenarioValidationException for a bad scenario.</summary>
    Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default);
}
