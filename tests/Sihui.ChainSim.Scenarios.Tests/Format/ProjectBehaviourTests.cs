using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Tests.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Format;

/// <summary>A project and a template share one behaviour record, with flat keys and each owner's own defaults.</summary>
public sealed class ProjectBehaviourTests
{
    private const string Park = "  - id: hitech\n    attraction:\n      projects_per_year: 1\n      investment_per_project: 1\n      industry_mix: {copper: 1}\n      project: {stall_probability: 0.1}";

    [Fact]
    public void Absent_keys_keep_each_owners_default_start_probability()
    {
        var text = MalformedCase.Edit("  - id: hitech", Park) + "\nprojects:\n  - {id: p1, industry: copper, investment: 1, stall_probability: 0.2}\n";

        var s = ScenarioLoader.LoadText(text, "b.yaml");

        var project = s.Projects[0].Behaviour;
        var template = s.Parks[0].Attraction!.Project.Behaviour;
        Assert.Equal((1.0, 0.2), (project.StartProbability, project.StallProbability));
        Assert.Equal((0.5, 0.1), (template.StartProbability, template.StallProbability));
    }

    [Fact]
    public void The_schema_lists_the_behaviour_keys_flat_with_each_owners_default()
    {
        var defs = ScenarioSchema.Generate(typeof(Definitions.ScenarioDefinition))["$defs"]!;

        Assert.Equal(1.0, (double)defs["project"]!["properties"]!["start_probability"]!["default"]!);
        Assert.Equal(0.5, (double)defs["projectTemplate"]!["properties"]!["start_probability"]!["default"]!);
        Assert.Null(defs["project"]!["properties"]!["behaviour"]);
    }
}
