using System.Diagnostics;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Same_seed_gives_the_same_text_and_another_seed_does_not()
    {
        string[] Args(string seed) => ["generate", "--enterprises", "120", "--parks", "4", "--industries", "6", "--projects", "15", "--years", "5", "--seed", seed];

        var first = await CliHarness.RunAsync(Args("9"));
        var second = await CliHarness.RunAsync(Args("9"));
        var other = await CliHarness.RunAsync(Args("10"));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        Assert.NotEqual(first.Out, other.Out);
    }

    [Fact]
    public async Task Output_loads_with_the_scenario_loader_including_every_variant()
    {
        var file = _temp.File("gen.yaml");

        var result = await CliHarness.RunAsync(
            "generate", "--enterprises", "300", "--parks", "5", "--industries", "12", "--projects", "40", "--years", "7", "--seed", "4",
            "--trials", "250", "--out", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        var scenario = ScenarioLoader.LoadFile(file);
        Assert.Equal(300, scenario.Enterprises.Count);
        Assert.Equal(5, scenario.Parks.Count);
        Assert.Equal(12, scenario.Industries.Count);
        Assert.Equal(40, scenario.Projects.Count);
        Assert.Equal(scenario.BaseYear + 7, scenario.EndYear);
        Assert.Equal(250, scenario.Trials);
        Assert.Equal(4UL, scenario.Seed);
        Assert.NotNull(scenario.Economy.Shock);
        Assert.Contains(scenario.Industries, i => i.Price is not null);
        Assert.NotEmpty(scenario.Linkages);
        Assert.All(scenario.Parks, p => Assert.NotNull(p.Attraction));
        Assert.Contains(scenario.Enterprises, e => e.ChainMaster?.Project is not null);
        Assert.Contains(scenario.Enterprises, e => e.Capacity is not null);
        Assert.Equal(4, scenario.Projects.Select(p => p.Stage).Distinct().Count());
        Assert.NotEmpty(scenario.Indicators);
        Assert.Contains(scenario.Targets, t => t.Comparison == Scenarios.Definitions.Comparison.AtMost);
        Assert.Equal(["pessimistic", "optimistic"], scenario.Variants.Select(v => v.Name));
        Assert.NotEmpty(scenario.Tunables);
        foreach (var variant in scenario.Variants)
        {
            Assert.Equal(variant.Name, ScenarioLoader.LoadFile(file, new ScenarioLoadOptions { Variant = variant.Name }).AppliedVariant);
        }
    }

    [Fact]
    public void Linkage_columns_stay_below_one_half()
    {
        var yaml = Scenarios.Generation.ScenarioGenerator.Generate(new Scenarios.Generation.GeneratorSettings { Industries = 25, Seed = 3 });
        var scenario = ScenarioLoader.LoadText(yaml, "gen.yaml");

        Assert.All(scenario.Linkages.GroupBy(l => l.Buyer), column => Assert.True(column.Sum(l => l.Coefficient) < 0.5));
    }

    [Fact]
    public void Fifty_thousand_enterprises_are_written_quickly()
    {
        var clock = Stopwatch.StartNew();
        var yaml = Scenarios.Generation.ScenarioGenerator.Generate(new Scenarios.Generation.GeneratorSettings { Enterprises = 50_000, Parks = 12, Projects = 500 });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Contains("e50000", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--enterprises", "0")]
    [InlineData("--years", "0")]
    [InlineData("--parks", "-1")]
    public async Task Impossible_sizes_exit_2(string option, string value)
    {
        var result = await CliHarness.RunAsync("generate", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }
}
