using System.Collections.Concurrent;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Engine;

namespace Sihui.ChainSim.Model.Tests.Engine;

/// <summary>Runs each year's parks strictly one after another, last park first.</summary>
internal sealed class ReverseOrderStepper(IParkStepper inner, int parkCount) : IParkStepper
{
    private readonly ConcurrentDictionary<(int Year, int Park), TaskCompletionSource> _done = new();

    public List<(int Year, int Park)> Order { get; } = [];

    public async Task<ParkYearOutcome> StepAsync(int parkIndex, EconomyYear economy, CancellationToken cancellationToken)
    {
        if (parkIndex + 1 < parkCount)
        {
            await Done(economy.Year, parkIndex + 1).Task.ConfigureAwait(false);
        }
        lock (Order)
        {
            Order.Add((economy.Year, parkIndex));
        }
        var outcome = await inner.StepAsync(parkIndex, economy, cancellationToken).ConfigureAwait(false);
        Done(economy.Year, parkIndex).SetResult();
        return outcome;
    }

    private TaskCompletionSource Done(int year, int park) =>
        _done.GetOrAdd((year, park), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}

/// <summary>Delays each park's step by a varying few milliseconds, so parks finish in a shuffled order.</summary>
internal sealed class DelayingStepper(IParkStepper inner) : IParkStepper
{
    public async Task<ParkYearOutcome> StepAsync(int parkIndex, EconomyYear economy, CancellationToken cancellationToken)
    {
        await Task.Delay((parkIndex * 7 + economy.Year * 3) % 5, cancellationToken).ConfigureAwait(false);
        return await inner.StepAsync(parkIndex, economy, cancellationToken).ConfigureAwait(false);
    }
}
