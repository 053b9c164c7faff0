using System.Buffers;
using System.Runtime.CompilerServices;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Enterprises;
using Sihui.ChainSim.Model.Parks;
using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Model.Engine;

/// <summary>
/// The direct engine: parks and enterprises as plain objects in this process, stepped in parallel on the thread pool.
/// It is the reference the Orleans engine must match, and the baseline benchmarks compare against.
/// </summary>
/// <remarks>
/// A park's enterprises step in batches, in parallel, each into a pooled buffer; the batch is then added to the park's
/// sums in enterprise order (the order that fixes the bits) and summarised in place. Nothing is allocated per
/// enterprise and year but a watched enterprise's copy and its summary.
/// </remarks>
public sealed class DirectParkStepper : IParkStepper, IDisposable
{
    private readonly CompiledScenario _scenario;
    private readonly ParkState[] _parks;
    private readonly EnterpriseState[] _enterprises;
    private readonly int _batch = 16 * Environment.ProcessorCount;

    public DirectParkStepper(CompiledScenario scenario)
    {
        _scenario = scenario;
        _parks = scenario.Parks.Select(p => new ParkState(scenario, p)).ToArray();
        _enterprises = scenario.Enterprises.Select(e => new EnterpriseState(e, scenario.Trials, scenario.Seed)).ToArray();
    }

    public void Dispose()
    {
        foreach (var park in _parks)
        {
            park.Dispose();
        }
    }

    public Task<ParkYearOutcome> StepAsync(int parkIndex, EconomyYear economy, CancellationToken cancellationToken) =>
        Task.Run(() => Step(parkIndex, economy, cancellationToken), cancellationToken);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ParkYearOutcome Step(int parkIndex, EconomyYear economy, CancellationToken cancellationToken)
    {
        var park = _parks[parkIndex];
        var indices = park.Plan.EnterpriseIndices;
        var trials = _scenario.Trials;
        var summarize = _scenario.SummarizesEnterprises;
        var summaries = summarize ? new MetricSummary[indices.Count] : [];
        var watched = new double[]?[indices.Count];
        var result = park.BeginYear();
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        var buffers = new double[Math.Min(_batch, indices.Count)][];
        for (var j = 0; j < buffers.Length; j++)
        {
            buffers[j] = ArrayPool<double>.Shared.Rent(trials);
        }
        try
        {
            for (var start = 0; start < indices.Count; start += buffers.Length)
            {
                var count = Math.Min(buffers.Length, indices.Count - start);
                Parallel.For(0, count, options, j => ParkYearStep.StepEnterprise(_enterprises[indices[start + j]], economy, buffers[j].AsSpan(0, trials)));
                for (var j = 0; j < count; j++)
                {
                    var values = buffers[j].AsSpan(0, trials);
                    park.AddEnterprise(result, start + j, values);
                    if (_scenario.WatchedEnterprises.Contains(indices[start + j]))
                    {
                        watched[start + j] = values.ToArray();
                    }
                }
                if (summarize)
                {
                    Parallel.For(0, count, options, j => summaries[start + j] = TrialStatistics.SummarizeInPlace(buffers[j].AsSpan(0, trials)));
                }
            }
        }
        finally
        {
            foreach (var buffer in buffers)
            {
                ArrayPool<double>.Shared.Return(buffer);
            }
        }
        return ParkYearStep.Finish(park, economy, result, summaries, watched);
    }
}
