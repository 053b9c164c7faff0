using Sihui.ChainSim.Contracts;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Shows a years-done progress bar while a run works, when someone is watching; otherwise just runs it.</summary>
public static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(CliConsole console, bool show, Func<IProgress<RunProgress>?, Task<T>> run)
    {
        if (!show)
        {
            return await run(null).ConfigureAwait(false);
        }
        return await SpectreConsoles.For(console).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Loading the scenario", maxValue: 1);
                var result = await run(new YearsProgress(task)).ConfigureAwait(false);
                task.Value = task.MaxValue;
                return result;
            }).ConfigureAwait(false);
    }

    /// <summary>Moves the bar as soon as a year is reported, from whichever thread reports it.</summary>
    private sealed class YearsProgress(ProgressTask task) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            task.Description = $"Simulating {value.YearCount} years";
            task.MaxValue = Math.Max(1, value.YearCount);
            task.Value = value.YearsDone;
        }
    }
}
