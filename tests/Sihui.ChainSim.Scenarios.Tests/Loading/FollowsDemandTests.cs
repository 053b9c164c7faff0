using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>`follows_demand`: a yes/no key of project behaviour, true by default, in projects and templates alike.</summary>
public sealed class FollowsDemandTests
{
    private const string ProjectLine = "- id: wire_plant";
    private const string TemplateLine = "start_probability: 0.6";

    [Fact]
    public void Absent_means_projects_and_templates_follow_demand()
    {
        var s = ScenarioLoader.LoadText(ScenarioTexts.Rich, "rich.yaml");

        Assert.True(s.Projects[0].Behaviour.FollowsDemand);
        Assert.True(s.Parks[0].Attraction!.Project.Behaviour.FollowsDemand);
    }

    [Fact]
    public void False_opts_a_project_and_a_template_out()
    {
        var text = Edit(Edit(ScenarioTexts.Rich, TemplateLine, TemplateLine + "\n        follows_demand: false"),
            ProjectLine, ProjectLine + "\n    follows_demand: false");

        var s = ScenarioLoader.LoadText(text, "rich.yaml");

        Assert.False(s.Projects[0].Behaviour.FollowsDemand);
        Assert.False(s.Parks[0].Attraction!.Project.Behaviour.FollowsDemand);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("\"false\"")]
    [InlineData("0")]
    public void Anything_but_plain_true_or_false_is_refused_at_its_line(string value)
    {
        var text = Edit(ScenarioTexts.Rich, ProjectLine, ProjectLine + $"\n    follows_demand: {value}");

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "rich.yaml")).Errors);

        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("follows_demand")) + 1, error.Line);
        Assert.Equal("projects.wire_plant.follows_demand", error.Path);
        Assert.StartsWith("expected true or false", error.Message);
    }

    [Fact]
    public void The_override_path_takes_it()
    {
        var options = new ScenarioLoadOptions { Set = [new OverrideDefinition("projects.wire_plant.follows_demand", "false")] };

        var s = ScenarioLoader.LoadText(ScenarioTexts.Rich, "rich.yaml", options);

        Assert.False(s.Projects[0].Behaviour.FollowsDemand);
    }

    [Fact]
    public void The_schema_has_it_as_a_boolean_defaulting_to_true()
    {
        var schema = ScenarioSchema.Generate(typeof(ProjectDefinition));

        var field = schema["properties"]!["follows_demand"]!.AsObject();
        Assert.Equal(("boolean", true), ((string)field["type"]!, (bool)field["default"]!));
    }

    private static string Edit(string text, string line, string replacement)
    {
        Assert.Contains(line, text);
        return text.Replace(line, replacement);
    }
}
