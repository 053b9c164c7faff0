using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Reports;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Shows runs done out of the expected total while an analysis works, when someone is watching; otherwise just works.</summary>
public static class RunsProgress
{
    /// <summary>
    /// Hands <paramref name="work"/> a runner that counts finished runs. <paramref name="expectedRuns"/> is a first guess:
    /// the total grows when an analysis needs more runs than foreseen (goal-seek, explain).
    /// </summary>
    public static async Task<T> RunAsync<T>(
        CliConsole console, bool show, string what, int expectedRuns, ISimulationRunner runner, Func<ISimulationRunner, Task<T>> work)
    {
        if (!show)
        {
            return await work(runner).ConfigureAwait(false);
        }
        return await SpectreConsoles.For(console).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Describe(what, 0, expectedRuns), maxValue: Math.Max(1, expectedRuns));
                var result = await work(new CountingRunner(runner, task, what)).ConfigureAwait(false);
                task.Value = task.MaxValue;
                return result;
            }).ConfigureAwait(false);
    }

    private static string Describe(string what, int done, double total) =>
        $"{what}: {done.ToString(ReportText.Invariant)}/{((int)total).ToString(ReportText.Invariant)} runs";

    /// <summary>Forwards runs and moves the bar as each one finishes, from whichever thread finishes it.</summary>
    private sealed class CountingRunner(ISimulationRunner inner, ProgressTask task, string what) : ISimulationRunner
    {
        private readonly Lock _gate = new();
        private int _done;

        public async Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            var outcome = await inner.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                _done++;
                task.MaxValue = Math.Max(task.MaxValue, _done);
                task.Value = _done;
                task.Description = Describe(what, _done, task.MaxValue);
            }
            return outcome;
        }
    }
}
