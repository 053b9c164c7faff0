using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

public sealed class ValidScenarioTests
{
    [Fact]
    public void Rich_scenario_maps_to_the_expected_records()
    {
        var s = ScenarioLoader.LoadText(ScenarioTexts.Rich, "rich.yaml");

        Assert.Equal("四会 baseline", s.Name);
        Assert.Equal((2024, 2030, 500, 1UL), (s.BaseYear, s.EndYear, s.Trials, s.Seed));
        Assert.Null(s.AppliedVariant);
        Assert.Equal(new NormalDistribution(0, 0.01), s.Economy.Shock);
        Assert.Equal(["copper", "jade", "electronics"], s.Industries.Select(i => i.Id));
        Assert.Equal("铜 Copper", s.Industries[0].Name);
        Assert.Equal("jade", s.Industries[1].Name);
        Assert.Equal(new PriceDefinition(0.01, 0.15), s.Industries[0].Price);
        Assert.Null(s.Industries[1].Price);
        Assert.Equal(new LinkageDefinition("copper", "electronics", 0.2), s.Linkages[0]);

        var hitech = s.Parks[0];
        Assert.Equal((1200.0, 80.0), (hitech.LandMu!.Value, hitech.PowerMw!.Value));
        Assert.Equal(300, hitech.LandAdditions[2026]);
        Assert.Equal(new PoissonDistribution(3), hitech.Attraction!.ProjectsPerYear);
        Assert.Equal(new LogNormalDistribution(1.0, 0.5), hitech.Attraction.InvestmentPerProject);
        Assert.Equal([new IndustryShare("copper", 2), new IndustryShare("electronics", 1)], hitech.Attraction.IndustryMix);
        var template = hitech.Attraction.Project.Behaviour;
        Assert.Equal((0.6, 0.0, 1.0), (template.StartProbability, template.StallProbability, template.OutputPerInvestment));
        Assert.Equal([0.3, 0.7, 1.0], template.RampUp);
        Assert.Equal(new ConstantDistribution(1), template.BuildYears);
        Assert.Null(s.Parks[1].LandMu);
        Assert.Null(s.Parks[1].Attraction);

        var jintian = s.Enterprises[0];
        Assert.Equal(("金田铜业", "copper", "hitech", 350.0, 400.0), (jintian.Name, jintian.Industry, jintian.Park, jintian.Output, jintian.Capacity!.Value));
        Assert.Equal(50, jintian.CapacityAdditions[2027]);
        Assert.Equal(new NormalDistribution(0.06, 0.03), jintian.Growth);
        Assert.Equal(new TriangularDistribution(0.5, 1, 3), jintian.ChainMaster!.Investment);
        Assert.Equal("electronics", jintian.ChainMaster.Industry);
        Assert.Null(jintian.ChainMaster.Project);
        Assert.Equal(new ConstantDistribution(0.02), s.Enterprises[1].Growth);
        Assert.Null(s.Enterprises[1].Park);

        var project = s.Projects[0];
        Assert.Equal(ProjectStage.Started, project.Stage);
        Assert.Equal((12.5, 1.0, 0.0, 0.0), (project.Investment, project.Behaviour.StartProbability, project.Behaviour.StallProbability, project.LandMu));
        Assert.Equal(new UniformDistribution(1, 3), project.Behaviour.BuildYears);
        Assert.Equal(new ConstantDistribution(0), project.Behaviour.CommissionYears);
        Assert.Equal([1.0], project.Behaviour.RampUp);

        Assert.Equal(new PertDistribution(5, 10, 20), s.Indicators[0].AnnualChange);
        Assert.Equal((Comparison.AtLeast, 600.0), (s.Targets[0].Comparison, s.Targets[0].Threshold));
        Assert.Equal((Comparison.AtMost, 1000.0, "land_used:hitech"), (s.Targets[1].Comparison, s.Targets[1].Threshold, s.Targets[1].Metric));

        Assert.Equal(["high", "lowland"], s.Variants.Select(v => v.Name));
        Assert.Equal(new OverrideDefinition("enterprises.jintian.growth.mean", "0.09"), s.Variants[0].Set[0]);
        Assert.Equal("", s.Variants[1].Description);
        var tunable = s.Tunables[0];
        Assert.Equal(("金田增速", "copper", 0.0, 0.2, 0.01), (tunable.LabelZh, tunable.Group, tunable.Min, tunable.Max, tunable.Step));
    }

    [Fact]
    public void Variant_then_set_overrides_are_applied_in_order()
    {
        var options = new ScenarioLoadOptions
        {
            Variant = "high",
            Set =
            [
                new OverrideDefinition("trials", "2000"),
                new OverrideDefinition("enterprises.jade_rest.growth", "{dist: normal, mean: 0.1, sd: 0.02}"),
                new OverrideDefinition("parks.hitech.land_additions.2029", "50"),
                new OverrideDefinition("linkages.0.coefficient", "0.3"),
            ],
        };

        var s = ScenarioLoader.LoadText(ScenarioTexts.Rich, "rich.yaml", options);

        Assert.Equal("high", s.AppliedVariant);
        Assert.Equal(new NormalDistribution(0.09, 0.03), s.Enterprises[0].Growth);
        Assert.Equal(2000, s.Trials);
        Assert.Equal(new NormalDistribution(0.1, 0.02), s.Enterprises[1].Growth);
        Assert.Equal(50, s.Parks[0].LandAdditions[2029]);
        Assert.Equal(0.3, s.Linkages[0].Coefficient);
    }

    [Fact]
    public void Minimal_scenario_gets_the_defaults()
    {
        var s = ScenarioLoader.LoadText(ScenarioTexts.Minimal, "min.yaml");

        Assert.Equal((ScenarioDefinition.DefaultTrials, ScenarioDefinition.DefaultSeed, ""), (s.Trials, s.Seed, s.Description));
        Assert.Null(s.Economy.Shock);
        Assert.Empty(s.Linkages);
        Assert.Empty(s.Variants);
    }

    [Fact]
    public void Load_file_reads_utf8_with_bom()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chainsim-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, ScenarioTexts.Rich, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            Assert.Equal("四会 baseline", ScenarioLoader.LoadFile(path).Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Anchors_and_small_aliases_are_allowed()
    {
        var text = ScenarioTexts.Minimal.Replace("growth: {dist: normal, mean: 0.05, sd: 0.02}", "growth: &g {dist: normal, mean: 0.05, sd: 0.02}")
            + "\n  - id: other\n    industry: jade\n    output: 5\n    growth: *g\n";

        var s = ScenarioLoader.LoadText(text, "alias.yaml");

        Assert.Equal(s.Enterprises[0].Growth, s.Enterprises[1].Growth);
    }
}
