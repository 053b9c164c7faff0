using System.Text.Json;

namespace Sihui.ChainSim.Cli.Tests.Commands;

public sealed class GoalSeekCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Json_has_the_value_probability_interval_runs_and_reached()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("goal-seek", scenario, "--target", "total_end", "--probability", "0.9",
            "--param", "economy.shock.mean", "--tolerance", "0.005", "--engine", "direct", "--trials", "80", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        foreach (var key in new[] { "target", "param", "value", "probability", "probability_ci95", "runs", "reached" })
        {
            Assert.True(root.TryGetProperty(key, out _), key + " is missing");
        }
        Assert.True(root.GetProperty("reached").GetBoolean());
        Assert.Equal("total_end", root.GetProperty("target").GetString());
        Assert.Equal("economy.shock.mean", root.GetProperty("param").GetString());
        Assert.InRange(root.GetProperty("value").GetDouble(), -0.05, 0.05);
        Assert.True(root.GetProperty("probability").GetDouble() >= 0.9);
        Assert.Equal(2, root.GetProperty("probability_ci95").GetArrayLength());
        Assert.True(root.GetProperty("runs").GetInt32() > 2);
    }

    [Fact]
    public async Task An_unreachable_target_is_an_answer_exit_0_reached_false()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        string[] args = ["goal-seek", scenario, "--target", "total_end", "--probability", "0.9", "--param", "economy.shock.mean",
            "--min", "-0.3", "--max", "-0.2", "--engine", "direct", "--trials", "60"];

        var json = await CliHarness.RunAsync([.. args, "--json"]);
        var text = await CliHarness.RunAsync([.. args, "--lang", "en"]);

        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        Assert.False(document.RootElement.GetProperty("reached").GetBoolean());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("value").ValueKind);
        Assert.Equal(2, document.RootElement.GetProperty("runs").GetInt32());
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Not reachable within [-0.3, -0.2]", text.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--target", "nope", "--target")]
    [InlineData("--param", "economy.nope", "economy.nope")]
    [InlineData("--probability", "1.5", "--probability")]
    [InlineData("--min", "0.04", "--min")]
    [InlineData("--param", "enterprises.e02.output", "--min and --max")]
    public async Task Bad_input_exits_2_naming_the_option(string option, string value, string named)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var args = new Dictionary<string, string>
        {
            ["--target"] = "total_end", ["--probability"] = "0.5", ["--param"] = "economy.shock.mean", ["--max"] = "0.03",
        };
        args[option] = value;
        if (option == "--param" && value == "enterprises.e02.output")
        {
            args.Remove("--max");
        }

        var result = await CliHarness.RunAsync(["goal-seek", scenario, .. args.SelectMany(a => new[] { a.Key, a.Value }), "--engine", "direct", "--trials", "20"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public async Task A_missing_required_option_exits_2()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("goal-seek", scenario, "--target", "total_end", "--param", "economy.shock.mean");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--probability", result.Error, StringComparison.Ordinal);
    }
}
