using System.Runtime.CompilerServices;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Parks;

/// <summary>
/// The project rules for one park and one year: stall, start (needs land), complete, produce (needs power),
/// ramp-up, and the signing of new projects. A project may make several moves in one year, in stage order.
/// </summary>
public sealed class ProjectPipeline(ParkPlan park, Sampler sampler, int year, double[][] priceIndex, double[][] demandIndex)
{
    /// <summary>The state of a named project at the end of the base year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ProjectState Initial(NamedProjectPlan named, int namedIndex, int baseYear, Sampler sampler, int trial)
    {
        var definition = named.Definition;
        var state = new ProjectState
        {
            NamedIndex = namedIndex,
            SourceIndex = -1,
            Key = named.Key,
            Industry = named.IndustryIndex,
            Investment = definition.Investment,
            LandMu = definition.LandMu,
            PowerMw = definition.PowerMw,
            Stage = definition.Stage,
            SignedYear = baseYear,
        };
        // A project already under way draws its remaining durations as if it had moved in the base year.
        if (state.Stage == ProjectStage.Started)
        {
            state.CompleteYear = baseYear + Whole(sampler.Draw(definition.Behaviour.BuildYears, named.Key, baseYear, RandomStream.BuildYears, trial));
        }
        else if (state.Stage == ProjectStage.Completed)
        {
            state.ProduceYear = baseYear + Whole(sampler.Draw(definition.Behaviour.CommissionYears, named.Key, baseYear, RandomStream.CommissionYears, trial));
        }
        else if (state.Stage == ProjectStage.Producing)
        {
            state.ProducingYears = 1;
        }
        return state;
    }

    /// <summary>Gives a stalled project's land back once its release year has come; runs before any project moves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ReleaseLand(ProjectColumns projects, int i, ref double land, ref double landUsed)
    {
        if (projects.IsStalled(i) && projects.HeldLand[i] > 0 && projects.BehaviourOf(i).ReleaseLandAfterYears is { } after
            && projects.StallYear[i] + after <= year)
        {
            land += projects.HeldLand[i];
            landUsed -= projects.HeldLand[i];
            projects.HeldLand[i] = 0;
        }
    }

    /// <summary>Moves the project at <paramref name="i"/>, of trial <paramref name="trial"/>, as far as this year allows, and books its output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Advance(ProjectColumns projects, int i, int trial, ref double land, ref double power, ref double landUsed, ParkYearResult result)
    {
        if (projects.IsStalled(i))
        {
            return;
        }
        var behaviour = projects.BehaviourOf(i);
        var key = projects.Key[i];
        var origin = projects.Origin[i];
        var named = origin >= 0 ? NamedKeys(origin) : default;
        // A named project's key of the year was hashed once for the block; a generated project's is hashed here.
        ulong KeyOf(ulong namedKey, RandomStream stream) => origin >= 0 ? namedKey : sampler.KeyOf(key, year, stream);
        ref var stage = ref projects.Stage[i];
        if ((stage is ProjectStage.Signed or ProjectStage.Started) && behaviour.StallProbability > 0
            && Sampler.Uniform(KeyOf(named.Stall, RandomStream.Stall), trial) < behaviour.StallProbability)
        {
            projects.StallYear[i] = year;
            result.ProjectsStalled[trial] += 1;
            return;
        }
        if (stage == ProjectStage.Signed && projects.SignedYear[i] < year
            && Sampler.Uniform(KeyOf(named.Start, RandomStream.Start), trial) < behaviour.StartProbability
            && land >= projects.LandMuOf(i))
        {
            var landMu = projects.LandMuOf(i);
            land -= landMu;
            landUsed += landMu;
            projects.HeldLand[i] = landMu;
            stage = ProjectStage.Started;
            projects.CompleteYear[i] = year + Whole(sampler.Draw(behaviour.BuildYears, KeyOf(named.Build, RandomStream.BuildYears), trial));
            result.ProjectsStarted[trial] += 1;
        }
        if (stage == ProjectStage.Started && projects.CompleteYear[i] <= year)
        {
            stage = ProjectStage.Completed;
            projects.ProduceYear[i] = year + Whole(
                sampler.Draw(behaviour.CommissionYears, KeyOf(named.Commission, RandomStream.CommissionYears), trial));
            result.ProjectsCompleted[trial] += 1;
        }
        if (stage == ProjectStage.Completed && projects.ProduceYear[i] <= year && power >= projects.PowerMwOf(i))
        {
            power -= projects.PowerMwOf(i);
            stage = ProjectStage.Producing;
            result.ProjectsProducing[trial] += 1;
        }
        if (stage == ProjectStage.Producing)
        {
            var producingYears = ++projects.ProducingYears[i];
            var industry = projects.Industry[i];
            var demand = behaviour.FollowsDemand ? demandIndex[industry][trial] : 1;
            var value = projects.Investment[i] * behaviour.OutputPerInvestment * behaviour.RampUpFraction(producingYears)
                        * demand * priceIndex[industry][trial];
            result.ProjectValueByIndustry[industry]![trial] += value;
            if (producingYears == 1)
            {
                result.FirstYearProjectValueByIndustry![industry]![trial] += value;
            }
            result.Output[trial] += value;
        }
    }

    /// <summary>
    /// Adds this year's newly attracted projects to the block's trial <paramref name="local"/> (run trial <paramref name="trial"/>)
    /// as signed; they may start from next year on. Source s signs <paramref name="counts"/>[s · <paramref name="stride"/>]
    /// projects: its count drawn ahead, the whole of <c>CountPerYear</c> for (source, year, trial).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SignNewProjects(ProjectColumns projects, int local, int trial, ParkYearResult result, ReadOnlySpan<ushort> counts, int stride)
    {
        for (var s = 0; s < park.Sources.Count; s++)
        {
            var source = park.Sources[s];
            int count = counts[s * stride];
            for (var i = 0; i < count; i++)
            {
                var keys = SigningKeys(s, i);
                var investment = Math.Max(0, sampler.Draw(source.Investment, keys.Investment, trial));
                projects.Add(local, new ProjectState
                {
                    NamedIndex = -1,
                    SourceIndex = source.Index,
                    Key = keys.Project,
                    Industry = PickIndustry(source, Sampler.Uniform(keys.Industry, trial)),
                    Investment = investment,
                    LandMu = investment * source.LandMuPerInvestment,
                    PowerMw = investment * source.PowerMwPerInvestment,
                    Stage = ProjectStage.Signed,
                    SignedYear = year,
                });
                result.NewProjectInvestment[trial] += investment;
            }
        }
    }

    // The i-th signing of source s this year has the same keys in every trial: they are hashed once per block and year.
    private readonly List<SigningKey>?[] _signingKeys = new List<SigningKey>?[park.Sources.Count];

    private SigningKey SigningKeys(int s, int i)
    {
        var keys = _signingKeys[s] ??= [];
        for (var next = keys.Count; next <= i; next++)
        {
            var project = StableHash.Combine(park.Sources[s].Key, (ulong)year, (ulong)next);
            keys.Add(new SigningKey(
                project, sampler.KeyOf(project, year, RandomStream.ProjectInvestment), sampler.KeyOf(project, year, RandomStream.ProjectIndustry)));
        }
        return keys[i];
    }

    private readonly record struct SigningKey(ulong Project, ulong Investment, ulong Industry);

    // A named project has the same key in every trial, so its year's draw keys are hashed once per block and year too.
    private readonly ProjectYearKeys?[] _namedKeys = new ProjectYearKeys?[park.NamedProjects.Count];

    private ProjectYearKeys NamedKeys(int named) => _namedKeys[named] ??= ProjectYearKeys.Of(sampler, park.NamedProjects[named].Key, year);

    private readonly record struct ProjectYearKeys(ulong Stall, ulong Start, ulong Build, ulong Commission)
    {
        public static ProjectYearKeys Of(Sampler sampler, ulong key, int year) => new(
            sampler.KeyOf(key, year, RandomStream.Stall), sampler.KeyOf(key, year, RandomStream.Start),
            sampler.KeyOf(key, year, RandomStream.BuildYears), sampler.KeyOf(key, year, RandomStream.CommissionYears));
    }

    private static int PickIndustry(ProjectSourcePlan source, double u)
    {
        var mix = source.IndustryMix;
        for (var m = 0; m < mix.Length; m++)
        {
            if (u < mix[m].CumulativeWeight)
            {
                return mix[m].Industry;
            }
        }
        return mix[^1].Industry;
    }

    /// <summary>Years are whole: a draw is rounded down, and a negative draw counts as zero.</summary>
    internal static int Whole(double years) => years <= 0 || double.IsNaN(years) ? 0 : (int)Math.Min(Math.Floor(years), 1000);
}
