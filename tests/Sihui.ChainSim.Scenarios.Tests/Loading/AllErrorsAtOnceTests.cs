using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

public sealed class AllErrorsAtOnceTests
{
    [Fact]
    public void Three_separate_mistakes_give_three_errors()
    {
        var text = ScenarioTexts.Minimal
            .Replace("end_year: 2030", "end_year: 2030\ntrials: lots")
            .Replace("industry: copper", "industry: coper")
            .Replace("sd: 0.02", "sd: -1");

        var e = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "three.yaml"));

        Assert.Equal(3, e.Errors.Count);
        Assert.Equal(["trials", "enterprises.jintian.industry", "enterprises.jintian.growth.sd"], e.Errors.Select(x => x.Path));
        Assert.Equal([4, 12, 15], e.Errors.Select(x => x.Line));
    }

    [Fact]
    public void Set_override_errors_point_at_the_command_line()
    {
        var options = new ScenarioLoadOptions { Set = [new OverrideDefinition("trials", "0")] };

        var e = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(ScenarioTexts.Minimal, "m.yaml", options));

        var error = Assert.Single(e.Errors);
        Assert.Equal(("--set", "trials"), (error.File, error.Path));
    }

    [Fact]
    public void Applied_variant_errors_point_at_its_set_entry()
    {
        var text = ScenarioTexts.Minimal + "\nvariants:\n  bad:\n    set:\n      enterprises.jintian.output: -1\n";

        var e = Assert.Throws<ScenarioValidationException>(
            () => ScenarioLoader.LoadText(text, "v.yaml", new ScenarioLoadOptions { Variant = "bad" }));

        var error = Assert.Single(e.Errors);
        Assert.Equal((18, "enterprises.jintian.output"), (error.Line, error.Path));
    }

    [Fact]
    public void A_broken_variant_not_selected_is_reported_by_every_load_with_or_without_overrides()
    {
        var text = ScenarioTexts.Minimal + "\nvariants:\n  bad:\n    set:\n      enterprises.jintian.output: -1\n";
        var set = new ScenarioLoadOptions { Set = [new OverrideDefinition("trials", "50")] };

        // The other variants are checked once per file and selection; later loads must still report what was found.
        foreach (var options in new[] { new ScenarioLoadOptions(), set, set, new ScenarioLoadOptions() })
        {
            var e = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "v.yaml", options));
            var error = Assert.Single(e.Errors);
            Assert.StartsWith("variants.bad", error.Path);
            Assert.Equal(18, error.Line);
        }
        Assert.Equal(50, ScenarioLoader.LoadText(text.Replace("output: -1", "output: 1"), "v.yaml", set).Trials);
    }
}
