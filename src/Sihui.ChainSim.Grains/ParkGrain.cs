using Orleans.Placement;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Parks;
using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Grains;

/// <summary>
/// A park of one run: steps its enterprise grains a block of years per call, adds their values to each year's sums
/// in enterprise order, then steps its own land, power and project pipeline year by year.
/// </summary>
[RandomPlacement]
public sealed class ParkGrain(CompiledScenarioCache scenarios) : Grain, IParkGrain
{
    /// <summary>Enterprise calls in flight at once per park: enough to keep the silo busy, few enough to bound the answers held.</summary>
    private const int CallsInFlight = 2;

    private CompiledScenario? _scenario;
    private ParkState? _state;
    private IEnterpriseGrain[] _enterprises = [];
    private int _nextYear;

    // The block's years, their enterprise sums so far, summaries and watched values, by year offset from _blockStart.
    private int _blockStart;
    private ParkYearResult[] _sums = [];
    private MetricSummary[][] _summaries = [];
    private double[]?[][] _watched = [];

    public async Task<ParkYearOutcome> StepAsync(ParkYearInput input)
    {
        var economy = input.Economy;
        if (_state is null)
        {
            await InitialiseAsync();
        }
        // A park that came back on another silo has lost its pipeline; carrying on would give wrong numbers.
        GrainStateLostException.ThrowIfNotExpected($"park {this.GetPrimaryKeyString()}", _nextYear, economy.Year);
        _nextYear = economy.Year + 1;
        if (input.Block is { } block)
        {
            await StepEnterprisesAsync(block);
        }
        var y = economy.Year - _blockStart;
        if (y < 0 || y >= _sums.Length)
        {
            throw new InvalidOperationException($"park {this.GetPrimaryKeyString()} was given no block for year {economy.Year}");
        }
        var outcome = ParkYearStep.Finish(_state!, economy, _state!.WithProjectColumns(_sums[y]), _summaries[y], _watched[y]);
        // What the outcome carries is no longer the park's to hold.
        (_sums[y], _summaries[y], _watched[y]) = (null!, null!, null!);
        if (economy.Year == _scenario!.EndYear)
        {
            // The run's last year: its enterprises have released themselves, and so does the park.
            Clear();
            DeactivateOnIdle();
        }
        return outcome;
    }

    /// <summary>Frees a run's grains early when it stops before its last year (cancelled, or failed).</summary>
    public async Task ReleaseAsync()
    {
        await Task.WhenAll(_enterprises.Select(e => e.ReleaseAsync()));
        Clear();
        DeactivateOnIdle();
    }

    // One call per enterprise for the whole block, a bounded number at once; answers are added in the park's order.
    private async Task StepEnterprisesAsync(EconomyYear[] block)
    {
        var scenario = _scenario!;
        var indices = _state!.Plan.EnterpriseIndices;
        var summarize = scenario.SummarizesEnterprises;
        _blockStart = block[0].Year;
        // Only the enterprise sums are held for the years ahead; a year's project columns come when it is stepped.
        _sums = [.. block.Select(_ => _state.BeginEnterpriseSums())];
        _summaries = [.. block.Select(_ => summarize ? new MetricSummary[indices.Count] : [])];
        _watched = [.. block.Select(_ => new double[]?[indices.Count])];
        var inFlight = new Queue<Task<EnterpriseYearsOutput>>();
        var next = 0;
        for (var i = 0; i < indices.Count; i++)
        {
            while (inFlight.Count < CallsInFlight && next < indices.Count)
            {
                inFlight.Enqueue(_enterprises[next].StepYearsAsync(InputFor(block, indices[next], summarize)));
                next++;
            }
            var output = await inFlight.Dequeue();
            var watched = scenario.WatchedEnterprises.Contains(indices[i]);
            for (var y = 0; y < block.Length; y++)
            {
                _state.AddEnterprise(_sums[y], i, output.Values[y]);
                if (summarize)
                {
                    _summaries[y][i] = output.Summaries[y];
                }
                if (watched)
                {
                    _watched[y][i] = output.Values[y];
                }
                else
                {
                    // Added up: the array goes back for the next enterprise (on another silo it is this silo's copy).
                    TrialArrayPool.Shared.Return(output.Values[y]);
                }
            }
        }
    }

    private EnterpriseYearsInput InputFor(EconomyYear[] block, int enterprise, bool summarize)
    {
        var industry = _scenario!.Enterprises[enterprise].IndustryIndex;
        return new EnterpriseYearsInput(
            block[0].Year,
            [.. block.Select(e => e.IndustryShock[industry])],
            [.. block.Select(e => e.MacroShock)],
            [.. block.Select(e => e.PriceIndex[industry])],
            summarize);
    }

    private void Clear()
    {
        _state?.Dispose();
        _state = null;
        _enterprises = [];
        _sums = [];
        _summaries = [];
        _watched = [];
    }

    private async Task InitialiseAsync()
    {
        var (runId, index) = GrainKeys.Parse(this.GetPrimaryKeyString());
        _scenario = await scenarios.GetAsync(runId);
        var plan = _scenario.Parks[index];
        _nextYear = _scenario.BaseYear + 1;
        _state = new ParkState(_scenario, plan);
        _enterprises = plan.EnterpriseIndices.Select(i => GrainFactory.GetGrain<IEnterpriseGrain>(GrainKeys.Enterprise(runId, i))).ToArray();
    }
}
