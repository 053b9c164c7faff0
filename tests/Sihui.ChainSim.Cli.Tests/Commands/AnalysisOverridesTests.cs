using System.Text.Json;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary>The analysis files say what their base case changed from the file; goal-seek writes files like the others.</summary>
public sealed class AnalysisOverridesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Compare_lists_each_column_s_variant_values_with_their_source()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("compare", scenario, "--variants", "pessimistic", "--engine", "direct", "--trials", "30",
            "--out", _temp.File("out"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(_temp.File("out/comparison.json")));
        var columns = json.RootElement.GetProperty("columns");
        Assert.Empty(columns[0].GetProperty("overrides").EnumerateArray());
        var pessimistic = columns[1].GetProperty("overrides").EnumerateArray().ToList();
        Assert.Equal(["economy.shock.mean", "parks.park01.attraction.projects_per_year.mean"], pessimistic.Select(o => o.GetProperty("path").GetString()));
        Assert.All(pessimistic, o => Assert.Equal("variant pessimistic", o.GetProperty("source").GetString()));
        var markdown = await File.ReadAllTextAsync(_temp.File("out/comparison.md"));
        Assert.Contains("economy.shock.mean=-0.02 (variant pessimistic)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sensitivity_files_say_the_base_case_is_the_file_as_written()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("sensitivity", scenario, "--params", "economy.shock.mean", "--engine", "direct", "--trials", "30",
            "--out", _temp.File("out"), "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(_temp.File("out/sensitivity.json")));
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("overrides").ValueKind);
        Assert.Contains("Base case: the scenario file as written.", await File.ReadAllTextAsync(_temp.File("out/sensitivity.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Goal_seek_out_writes_its_json_and_markdown_there()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("goal-seek", scenario, "--target", "total_end", "--probability", "0.9",
            "--param", "economy.shock.mean", "--tolerance", "0.01", "--engine", "direct", "--trials", "40", "--out", _temp.File("seek"), "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Wrote goal-seek.json and goal-seek.md to {_temp.File("seek")}", result.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(_temp.File("seek/goal-seek.json")));
        Assert.Equal("total_end", json.RootElement.GetProperty("target").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("overrides").ValueKind);
        var markdown = await File.ReadAllTextAsync(_temp.File("seek/goal-seek.md"));
        Assert.Contains("# Goal-seek: economy.shock.mean for total_end", markdown, StringComparison.Ordinal);
    }
}
