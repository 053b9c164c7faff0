using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>`release_land_after_years` (a whole number ≥ 1, in projects and templates) and the `projects_stalled` metric.</summary>
public sealed class LandReleaseKeyTests
{
    private const string ProjectLine = "- id: wire_plant";
    private const string TemplateLine = "start_probability: 0.6";

    [Fact]
    public void Absent_keeps_the_land_and_a_number_is_read_in_projects_and_templates()
    {
        var plain = ScenarioLoader.LoadText(ScenarioTexts.Rich, "rich.yaml");
        var text = Edit(Edit(ScenarioTexts.Rich, TemplateLine, TemplateLine + "\n        release_land_after_years: 3"),
            ProjectLine, ProjectLine + "\n    release_land_after_years: 2");

        var s = ScenarioLoader.LoadText(text, "rich.yaml");

        Assert.Null(plain.Projects[0].Behaviour.ReleaseLandAfterYears);
        Assert.Equal(2, s.Projects[0].Behaviour.ReleaseLandAfterYears);
        Assert.Equal(3, s.Parks[0].Attraction!.Project.Behaviour.ReleaseLandAfterYears);
    }

    [Theory]
    [InlineData("0", "release_land_after_years must be >= 1, got 0")]
    [InlineData("1.5", "expected a whole number")]
    public void Zero_or_a_fraction_is_refused_at_its_line(string value, string message)
    {
        var text = Edit(ScenarioTexts.Rich, ProjectLine, ProjectLine + $"\n    release_land_after_years: {value}");

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "rich.yaml")).Errors);

        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("release_land_after_years")) + 1, error.Line);
        Assert.Equal("projects.wire_plant.release_land_after_years", error.Path);
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void A_target_may_count_stalls()
    {
        var text = Edit(ScenarioTexts.Rich, "targets:", "targets:\n  - {id: few_stalls, metric: projects_stalled, year: 2025, at_most: 2}");

        var s = ScenarioLoader.LoadText(text, "rich.yaml");

        Assert.Contains(s.Targets, t => t.Id == "few_stalls" && t.Metric == "projects_stalled");
    }

    private static string Edit(string text, string line, string replacement)
    {
        Assert.Contains(line, text);
        return text.Replace(line, replacement);
    }
}
