using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Parks;

/// <summary>
/// A park's land, power and projects in every trial, and the yearly step of its project pipeline.
/// Projects are processed in a fixed order (named first, then generated in signing order), because they compete for land and power.
/// </summary>
public sealed class ParkState
{
    private readonly CompiledScenario _scenario;
    private readonly ParkPlan _plan;
    private readonly double[] _land;
    private readonly double[] _power;
    private readonly double[] _landUsed;
    // One table per block of trials, so blocks step in parallel, each over its own columns.
    private readonly ProjectColumns[] _projects;
    private readonly int[] _projectIndustries;
    private const int TrialBlock = 512;

    public ParkState(CompiledScenario scenario, ParkPlan plan)
    {
        _scenario = scenario;
        _plan = plan;
        var sampler = new Sampler(scenario.Seed);
        var trials = scenario.Trials;
        _land = Filled(trials, plan.InitialLand);
        _power = Filled(trials, plan.InitialPower);
        _landUsed = new double[trials];
        _projectIndustries = plan.NamedProjects.Select(p => p.IndustryIndex)
            .Concat(plan.Sources.SelectMany(s => s.IndustryMix.Select(m => m.Industry)))
            .Distinct()
            .Order()
            .ToArray();
        _projects = new ProjectColumns[(trials + TrialBlock - 1) / TrialBlock];
        for (var b = 0; b < _projects.Length; b++)
        {
            var first = b * TrialBlock;
            var block = _projects[b] = new ProjectColumns(plan, first, Math.Min(TrialBlock, trials - first));
            for (var t = 0; t < block.Trials; t++)
            {
                for (var j = 0; j < plan.NamedProjects.Count; j++)
                {
                    block.Add(t, ProjectPipeline.Initial(plan.NamedProjects[j], j, scenario.BaseYear, sampler, first + t));
                }
            }
        }
    }

    public ParkPlan Plan => _plan;

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
    public ParkYearResult BeginYear()
    {
        var trials = _scenario.Trials;
        var industries = _scenario.IndustryCount;
        return new ParkYearResult(
            new double[trials], new double[]?[industries], new double[]?[industries],
            new double[trials], new double[trials], new double[trials], new double[trials], new double[trials], new double[trials],
            new double[]?[industries]);
    }

    /// <summary>
    /// Adds the values of the enterprise at <paramref name="position"/> in <see cref="ParkPlan.EnterpriseIndices"/> to the
    /// year's sums. Enterprises must come in that order, so every engine adds them up the same way, bit for bit.
    /// </summary>
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
        Parallel.For(0, _projects.Length, b =>
        {
            var pipeline = new ProjectPipeline(_plan, new Sampler(_scenario.Seed), year, priceIndex, demandIndex);
            var block = _projects[b];
            var first = block.FirstTrial;
            var count = block.Count;
            for (var t = 0; t < block.Trials; t++)
            {
                _land[first + t] += landAdded;
                _power[first + t] += powerAdded;
            }
            for (var j = 0; j < block.MostProjects; j++)
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
            for (var t = 0; t < block.Trials; t++)
            {
                pipeline.SignNewProjects(block, t, first + t, result);
            }
        });
        _landUsed.CopyTo(result.LandUsed, 0);
    }

    private static double[] Filled(int length, double value)
    {
        var values = new double[length];
        Array.Fill(values, value);
        return values;
    }
}
