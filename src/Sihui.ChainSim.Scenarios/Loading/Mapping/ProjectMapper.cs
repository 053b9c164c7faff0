using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Maps `projects`, the named pipeline.</summary>
public static class ProjectMapper
{
    private static readonly Dictionary<string, ProjectStage> Stages = new()
    {
        ["signed"] = ProjectStage.Signed,
        ["started"] = ProjectStage.Started,
        ["completed"] = ProjectStage.Completed,
        ["producing"] = ProjectStage.Producing,
    };

    public static ProjectDefinition Project(MapReader r)
    {
        var id = r.Id();
        var defaults = new ProjectDefinition { Id = id, Name = id, Industry = "", Investment = 0 };
        return new ProjectDefinition
        {
            Id = id,
            Name = ListMapper.Name(r, id),
            Industry = r.String("industry", required: true)!,
            Park = r.String("park"),
            Stage = Stage(r) ?? defaults.Stage,
            Investment = r.Number("investment", required: true)!.Value,
            LandMu = r.Number("land_mu") ?? defaults.LandMu,
            PowerMw = r.Number("power_mw") ?? defaults.PowerMw,
            StartProbability = r.Number("start_probability") ?? defaults.StartProbability,
            StallProbability = r.Number("stall_probability") ?? defaults.StallProbability,
            BuildYears = r.Distribution("build_years") ?? defaults.BuildYears,
            CommissionYears = r.Distribution("commission_years") ?? defaults.CommissionYears,
            OutputPerInvestment = r.Number("output_per_investment") ?? defaults.OutputPerInvestment,
            RampUp = r.Numbers("ramp_up") ?? defaults.RampUp,
        };
    }

    private static ProjectStage? Stage(MapReader r)
    {
        var text = r.String("stage");
        if (text is null)
        {
            return null;
        }
        if (Stages.TryGetValue(text, out var stage))
        {
            return stage;
        }
        if (text.Length > 0)
        {
            r.Context.Error(r.Get("stage")!, r.PathOf("stage"),
                $"unknown stage '{text}'{Suggest.Hint(text, Stages.Keys, '\'')}; use one of {string.Join(", ", Stages.Keys)}");
        }
        return null;
    }
}
