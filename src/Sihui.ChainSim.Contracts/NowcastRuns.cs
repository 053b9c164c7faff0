using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Contracts;

/// <summary>
/// Runs a request and, when it is a nowcast whose effective sample size falls short of its minimum, runs it again with
/// more trials. Trial k's draws depend on k alone, so a larger run keeps trials 0..T−1 of the smaller one and adds
/// T, T+1, ...: the trial index continues. Stops once the ESS reaches the minimum or at the maximum trials.
/// </summary>
public static class NowcastRuns
{
    /// <summary>The ESS a nowcast aims for unless the request says otherwise.</summary>
    public const int DefaultMinEss = 1000;

    /// <summary>Without a maximum, a nowcast draws at most this many times the scenario's trials.</summary>
    public const int DefaultMaxTrialsFactor = 10;

    public static async Task<RunOutcome> RunAsync(
        ISimulationRunner runner, RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var outcome = await runner.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
        if (outcome.Result.Conditioning is not { } conditioning)
        {
            return outcome;
        }
        var minEss = MinEss(request);
        var max = MaxTrials(request, outcome.Scenario.Trials);
        while (conditioning.FallsShortOf(minEss) && outcome.Scenario.Trials < max)
        {
            // The ESS grows about in proportion to the trials; ask a tenth more than that, and at least half as many again.
            var trials = outcome.Scenario.Trials;
            var wanted = trials * Math.Max(1.1 * minEss / Math.Max(conditioning.Ess, 1), 1.5);
            var next = (int)Math.Min(max, Math.Ceiling(wanted));
            outcome = await runner.RunAsync(request with { Trials = next }, progress, cancellationToken).ConfigureAwait(false);
            conditioning = outcome.Result.Conditioning!;
        }
        return outcome;
    }

    public static int MinEss(RunRequest request) => request.MinEss ?? DefaultMinEss;

    /// <summary>The request's maximum, or 10× the first run's trials; never above the scenario format's limit.</summary>
    public static int MaxTrials(RunRequest request, int firstTrials) =>
        (int)Math.Min(request.MaxTrials ?? (long)firstTrials * DefaultMaxTrialsFactor, ScenarioDefinition.MaxTrials);
}
