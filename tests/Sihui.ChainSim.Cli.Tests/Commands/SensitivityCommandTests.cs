using System.Text.Json;

namespace Sihui.ChainSim.Cli.Tests.Commands;

public sealed class SensitivityCommandTests : IDisposable
{
    private static readonly string[] Keys =
    [
        "target_id", "target_name", "metric", "year", "trials", "seed", "base_probability", "base_p50", "bars", "runs", "wall_seconds", "overrides",
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Json_gives_ranked_bars_for_every_tunable_and_the_charts_are_written()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        var result = await CliHarness.RunAsync("sensitivity", scenario, "--target", "total_end", "--engine", "direct", "--trials", "50", "--json", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(Keys, root.EnumerateObject().Select(p => p.Name));
        var bars = root.GetProperty("bars").EnumerateArray().ToList();
        Assert.Equal(4, bars.Count);
        Assert.Equal([1, 2, 3, 4], bars.Select(b => b.GetProperty("rank").GetInt32()));
        Assert.Equal(1 + 2 * bars.Count, root.GetProperty("runs").GetInt32());
        Assert.Equal(50, root.GetProperty("trials").GetInt32());
        foreach (var file in new[] { "sensitivity.json", "sensitivity.md", "tornado-probability.png", "tornado-probability.svg", "tornado-p50.png", "tornado-p50.svg" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, file)), file + " is missing");
        }
    }

    [Fact]
    public async Task Default_trials_are_two_thousand_and_the_text_table_is_ranked()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var text = await CliHarness.RunAsync("sensitivity", scenario, "--params", "economy.shock.mean", "--engine", "direct", "--out", _temp.File("out"), "--lang", "en");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("2,000 trials", text.Out, StringComparison.Ordinal);
        Assert.Contains("economy.shock.mean", text.Out, StringComparison.Ordinal);
        Assert.Contains("Ranked by", text.Out, StringComparison.Ordinal);
        Assert.Contains("tornado-probability", text.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--target", "nope", "--target")]
    [InlineData("--params", "economy.nope", "economy.nope")]
    [InlineData("--trials", "0", "--trials")]
    public async Task Bad_target_param_or_trials_exit_2_naming_the_option(string option, string value, string named)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("sensitivity", scenario, option, value, "--engine", "direct", "--out", _temp.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
        Assert.Equal("", result.Out);
    }
}
