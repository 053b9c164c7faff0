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
    public void ReleaseLand(ref ProjectState project, ref double land, ref double landUsed)
    {
        if (project is { Stalled: true, HeldLand: > 0 } && BehaviourOf(project).ReleaseLandAfterYears is { } after
            && project.StallYear + after <= year)
        {
            land += project.HeldLand;
            landUsed -= project.HeldLand;
            project.HeldLand = 0;
        }
    }

    /// <summary>Moves one project of trial <paramref name="trial"/> as far as this year allows, and books its output.</summary>
    public void Advance(ref ProjectState project, int trial, ref double land, ref double power, ref double landUsed, ParkYearResult result)
    {
        if (project.Stalled)
        {
            return;
        }
        var behaviour = BehaviourOf(project);
        if ((project.Stage is ProjectStage.Signed or ProjectStage.Started) && behaviour.StallProbability > 0
            && sampler.Uniform(project.Key, year, RandomStream.Stall, trial) < behaviour.StallProbability)
        {
            project.Stalled = true;
            project.StallYear = year;
            result.ProjectsStalled[trial] += 1;
            return;
        }
        if (project.Stage == ProjectStage.Signed && project.SignedYear < year
            && sampler.Uniform(project.Key, year, RandomStream.Start, trial) < behaviour.StartProbability
            && land >= project.LandMu)
        {
            land -= project.LandMu;
            landUsed += project.LandMu;
            project.HeldLand = project.LandMu;
            project.Stage = ProjectStage.Started;
            project.CompleteYear = year + Whole(sampler.Draw(behaviour.BuildYears, project.Key, year, RandomStream.BuildYears, trial));
            result.ProjectsStarted[trial] += 1;
        }
        if (project.Stage == ProjectStage.Started && project.CompleteYear <= year)
        {
            project.Stage = ProjectStage.Completed;
            project.ProduceYear = year + Whole(sampler.Draw(behaviour.CommissionYears, project.Key, year, RandomStream.CommissionYears, trial));
            result.ProjectsCompleted[trial] += 1;
        }
        if (project.Stage == ProjectStage.Completed && project.ProduceYear <= year && power >= project.PowerMw)
        {
            power -= project.PowerMw;
            project.Stage = ProjectStage.Producing;
            result.ProjectsProducing[trial] += 1;
        }
        if (project.Stage == ProjectStage.Producing)
        {
            project.ProducingYears++;
            var demand = behaviour.FollowsDemand ? demandIndex[project.Industry][trial] : 1;
            var value = project.Investment * behaviour.OutputPerInvestment * behaviour.RampUpFraction(project.ProducingYears)
                        * demand * priceIndex[project.Industry][trial];
            result.ProjectValueByIndustry[project.Industry]![trial] += value;
            if (project.ProducingYears == 1)
            {
                result.FirstYearProjectValueByIndustry![project.Industry]![trial] += value;
            }
            result.Output[trial] += value;
        }
    }

    /// <summary>Adds this year's newly attracted projects as signed; they may start from next year on.</summary>
    public void SignNewProjects(List<ProjectState> projects, int trial, ParkYearResult result)
    {
        foreach (var source in park.Sources)
        {
            var count = Whole(sampler.Draw(source.CountPerYear, source.Key, year, RandomStream.AttractionCount, trial));
            for (var i = 0; i < count; i++)
            {
                var key = StableHash.Combine(source.Key, (ulong)year, (ulong)i);
                var investment = Math.Max(0, sampler.Draw(source.Investment, key, year, RandomStream.ProjectInvestment, trial));
                projects.Add(new ProjectState
                {
                    NamedIndex = -1,
                    SourceIndex = source.Index,
                    Key = key,
                    Industry = PickIndustry(source, sampler.Uniform(key, year, RandomStream.ProjectIndustry, trial)),
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

    private ProjectBehaviour BehaviourOf(in ProjectState project) =>
        project.NamedIndex >= 0 ? park.NamedProjects[project.NamedIndex].Behaviour : park.Sources[project.SourceIndex].Behaviour;

    private static int PickIndustry(ProjectSourcePlan source, double u)
    {
        foreach (var (industry, cumulative) in source.IndustryMix)
        {
            if (u < cumulative)
            {
                return industry;
            }
        }
        return source.IndustryMix[^1].Industry;
    }

    /// <summary>Years are whole: a draw is rounded down, and a negative draw counts as zero.</summary>
    private static int Whole(double years) => years <= 0 || double.IsNaN(years) ? 0 : (int)Math.Min(Math.Floor(years), 1000);
}
