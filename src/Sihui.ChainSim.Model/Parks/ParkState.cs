using System.Runtime.CompilerServices;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Parks;

/// <summary>
/// A park's land, power and projects in every trial, and the yearly step of its project pipeline.
/// Projects are processed in a fixed order (named first, then generated in signing order), because they compete for land and power.
/// </summary>
public sealed class ParkState : IDisposable
{
    private readonly CompiledScenario _scenario;
    private readonly ParkPlan _plan;
    private readonly double[] _land;
    private readonly double[] _power;
    private readonly double[] _landUsed;
    // One table per block of trials, so blocks step in parallel, each over its own columns.
    private readonly ProjectColumns[] _projects;
    private readonly int[] _projectIndustries;

    // Whether any project of the park can give land back after a stall; when none can, the release pass is skipped.
    private readonly bool _releasesLand;

    // Per block, the projects each source signs each year in each trial, at ((year index) · sources + source) · trials + trial.
    private readonly ushort[][] _signings;
    private const int TrialBlock = 512;

    public ParkState(CompiledScenario scenario, ParkPlan plan)
    {
        _scenario = scenario;
        _plan = plan;
        var trials = scenario.Trials;
        _land = Filled(trials, plan.InitialLand);
        _power = Filled(trials, plan.InitialPower);
        _landUsed = new double[trials];
        _releasesLand = plan.NamedProjects.Any(p => p.Behaviour.ReleaseLandAfterYears is not null)
            || plan.Sources.Any(s => s.Behaviour.ReleaseLandAfterYears is not null);
        _projectIndustries = plan.NamedProjects.Select(p => p.IndustryIndex)
            .Concat(plan.Sources.SelectMany(s => s.IndustryMix.Select(m => m.Industry)))
            .Distinct()
            .Order()
            .ToArray();
        _projects = new ProjectColumns[(trials + TrialBlock - 1) / TrialBlock];
        _signings = new ushort[_projects.Length][];
        // Blocks are independent (each draw is a function of its trial), so they are set up in parallel.
        Parallel.For(0, _projects.Length, SetUpBlock);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SetUpBlock(int b)
    {
        var sampler = new Sampler(_scenario.Seed);
        var first = b * TrialBlock;
        var size = Math.Min(TrialBlock, _scenario.Trials - first);
        var (signings, most) = Signings(_scenario, _plan, sampler, first, size);
        _signings[b] = signings;
        var block = _projects[b] = new ProjectColumns(_plan, first, size, _plan.NamedProjects.Count + most);
        for (var t = 0; t < block.Trials; t++)
        {
            for (var j = 0; j < _plan.NamedProjects.Count; j++)
            {
                block.Add(t, ProjectPipeline.Initial(_plan.NamedProjects[j], j, _scenario.BaseYear, sampler, first + t));
            }
        }
    }

    public ParkPlan Plan => _plan;

    /// <summary>Gives the project columns back to their pools once the run is over.</summary>
    public void Dispose()
    {
        foreach (var block in _projects)
        {
            block?.Dispose();
        }
    }

    /// <summary>Projects of one trial, for tests and diagnostics.</summary>
    public IReadOnlyList<ProjectState> ProjectsIn(int trial) => _projects[trial / TrialBlock].ProjectsOf(trial % TrialBlock);

    /// <summary>
    /// Advances land, power and every project one year, signs the year's new projects, and sums the park's output:
    /// its enterprises' values (given in <see cref="ParkPlan.EnterpriseIndices"/> order) plus its producing projects.
    /// </summary>
    public ParkYearResult StepYear(int year, double[][] priceIndex, double[][] demandIndex, IReadOnlyList<double[]> enterpriseValues)
    {
        var result = BeginYear();
        for (var e = 0; e < enterpriseValues.Count; e++)
        {
            AddEnterprise(result, e, enterpriseValues[e]);
        }
        StepProjects(year, priceIndex, demandIndex, result);
        return result;
    }

    /// <summary>A year's result with nothing in it yet: enterprises are added to it, then the projects step.</summary>
    public ParkYearResult BeginYear() => WithProjectColumns(BeginEnterpriseSums());

    /// <summary>
    /// A year's result with room for its enterprises only, for a park that adds up several years ahead of stepping
    /// their projects: <see cref="WithProjectColumns"/> adds the rest when the year's projects are due.
    /// </summary>
    public ParkYearResult BeginEnterpriseSums()
    {
        var industries = _scenario.IndustryCount;
        return new ParkYearResult(new double[_scenario.Trials], new double[]?[industries], new double[]?[industries], [], [], [], [], [], []);
    }

    /// <summary>The year's enterprise sums with fresh project columns, ready for <see cref="StepProjects"/>.</summary>
    public ParkYearResult WithProjectColumns(ParkYearResult enterpriseSums)
    {
        var trials = _scenario.Trials;
        return enterpriseSums with
        {
            ProjectsStarted = new double[trials],
            ProjectsCompleted = new double[trials],
            ProjectsProducing = new double[trials],
            NewProjectInvestment = new double[trials],
            LandUsed = new double[trials],
            ProjectsStalled = new double[trials],
            FirstYearProjectValueByIndustry = new double[]?[_scenario.IndustryCount],
        };
    }

    /// <summary>
    /// Adds the values of the enterprise at <paramref name="position"/> in <see cref="ParkPlan.EnterpriseIndices"/> to the
    /// year's sums. Enterprises must come in that order, so every engine adds them up the same way, bit for bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddEnterprise(ParkYearResult result, int position, ReadOnlySpan<double> values)
    {
        var trials = _scenario.Trials;
        var industry = _scenario.Enterprises[_plan.EnterpriseIndices[position]].IndustryIndex;
        var byIndustry = (result.EnterpriseValueByIndustry[industry] ??= new double[trials]).AsSpan();
        var output = result.Output.AsSpan();
        values = values[..trials];
        for (var k = 0; k < trials; k++)
        {
            byIndustry[k] += values[k];
            output[k] += values[k];
        }
    }

    /// <summary>
    /// Advances land, power and every project one year, signs the year's new projects, and adds the producing projects
    /// to <paramref name="result"/>, which already holds the park's enterprises.
    /// </summary>
    public void StepProjects(int year, double[][] priceIndex, double[][] demandIndex, ParkYearResult result)
    {
        var trials = _scenario.Trials;
        // Allocated up front, because trial blocks write into them concurrently.
        foreach (var industry in _projectIndustries)
        {
            result.ProjectValueByIndustry[industry] = new double[trials];
            result.FirstYearProjectValueByIndustry![industry] = new double[trials];
        }
        var landAdded = _plan.LandAddedIn(year);
        var powerAdded = _plan.PowerAddedIn(year);
        // Trials are independent, so blocks of them run in parallel; each block has its own counter-based sampler. Within
        // a block each project steps over all trials in turn: a trial still sees its projects in their fixed order.
        Parallel.For(0, _projects.Length, b => StepBlock(b, year, priceIndex, demandIndex, result, landAdded, powerAdded));
        _landUsed.CopyTo(result.LandUsed, 0);
    }

    // Called for every block of every park-year: compiled optimised at once rather than tiered up from unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void StepBlock(int b, int year, double[][] priceIndex, double[][] demandIndex, ParkYearResult result, double landAdded, double powerAdded)
    {
        var pipeline = new ProjectPipeline(_plan, new Sampler(_scenario.Seed), year, priceIndex, demandIndex);
        var block = _projects[b];
        var signings = _signings[b];
        var sources = _plan.Sources.Count;
        var first = block.FirstTrial;
        var count = block.Count;
        for (var t = 0; t < block.Trials; t++)
        {
            _land[first + t] += landAdded;
            _power[first + t] += powerAdded;
        }
        for (var j = 0; _releasesLand && j < block.MostProjects; j++)
        {
            for (var t = 0; t < block.Trials; t++)
            {
                if (j < count[t])
                {
                    var k = first + t;
                    pipeline.ReleaseLand(block, block.At(j, t), ref _land[k], ref _landUsed[k]);
                }
            }
        }
        for (var j = 0; j < block.MostProjects; j++)
        {
            for (var t = 0; t < block.Trials; t++)
            {
                if (j < count[t])
                {
                    var k = first + t;
                    pipeline.Advance(block, block.At(j, t), k, ref _land[k], ref _power[k], ref _landUsed[k], result);
                }
            }
        }
        if (sources > 0)
        {
            var yearCounts = signings.AsSpan((year - _scenario.BaseYear - 1) * sources * block.Trials);
            for (var t = 0; t < block.Trials; t++)
            {
                pipeline.SignNewProjects(block, t, first + t, result, yearCounts[t..], block.Trials);
            }
        }
    }

    /// <summary>
    /// How many projects each source signs in each year and trial of a block, and the most any trial of it signs over the
    /// run. The counts are draws of (source, year, trial) alone, so they are drawn before the first year: the block's
    /// columns are sized once, instead of growing (and copying) as it signs, and the signing reads them back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ushort[] Counts, int Most) Signings(CompiledScenario scenario, ParkPlan plan, Sampler sampler, int first, int size)
    {
        var sources = plan.Sources.Count;
        var counts = new ushort[scenario.YearCount * sources * size];
        var total = new int[size];
        for (var y = 0; y < scenario.YearCount; y++)
        {
            for (var s = 0; s < sources; s++)
            {
                var source = plan.Sources[s];
                var row = counts.AsSpan((y * sources + s) * size, size);
                for (var t = 0; t < size; t++)
                {
                    // Whole() caps a count at 1,000, so it fits.
                    var count = ProjectPipeline.Whole(
                        sampler.Draw(source.CountPerYear, source.Key, scenario.BaseYear + 1 + y, RandomStream.AttractionCount, first + t));
                    row[t] = (ushort)count;
                    total[t] += count;
                }
            }
        }
        return (counts, size == 0 ? 0 : total.Max());
    }

    private static double[] Filled(int length, double value)
    {
        var values = new double[length];
        Array.Fill(values, value);
        return values;
    }
}
