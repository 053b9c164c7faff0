using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary><c>chainsim nowcast</c> and <c>run --observed</c>: bad files exit 2 at their line; the plain figures sit beside the conditioned.</summary>
public sealed class NowcastCommandTests : IDisposable
{
    private const string Header = "metric,year,through_month,value,growth_yoy\n";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("total_outpt,2025,6,100,", "obs.csv:2:1: metric")]
    [InlineData("total_output,2025,0,100,", "obs.csv:2:19: through_month")]
    [InlineData("total_output,2025,13,100,", "obs.csv:2:19: through_month")]
    [InlineData("total_output,2025,6,-1,", "obs.csv:2:21: value")]
    [InlineData("total_output,2030,6,100,", "obs.csv:2:14: year")]
    [InlineData("total_output,2024,6,100,", "obs.csv:2:14: year")]
    public async Task A_bad_row_exits_2_naming_the_file_the_line_and_the_field(string row, string expected)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var observed = _temp.File("obs.csv");
        await File.WriteAllTextAsync(observed, Header + row + "\n");

        var result = await CliHarness.RunAsync("nowcast", scenario, "--observed", observed, "--engine", "direct", "--quiet", "--out", _temp.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected.Replace("obs.csv", observed, StringComparison.Ordinal), result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public async Task A_money_row_in_a_month_whose_share_sd_is_0_exits_2()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        await File.AppendAllTextAsync(scenario,
            "\nseasonality:\n  total_output: {shares: [0.1, 0.2, 0.3, 0.4, 0.5, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1], share_sd: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}\n");
        var observed = _temp.File("obs.csv");
        await File.WriteAllTextAsync(observed, Header + "total_output,2025,6,100,\n");

        var result = await CliHarness.RunAsync("run", scenario, "--observed", observed, "--engine", "direct", "--quiet", "--out", _temp.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{observed}:2:", result.Error, StringComparison.Ordinal);
        Assert.Contains("share_sd", result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
    }

    [Theory]
    [InlineData("direct")]
    [InlineData("orleans")]
    public async Task A_count_no_trial_reaches_exits_2_naming_the_row(string engine)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var observed = _temp.File("obs.csv");
        await File.WriteAllTextAsync(observed, Header + "projects_started,2025,6,500,\n");

        var result = await CliHarness.RunAsync("nowcast", scenario, "--observed", observed, "--engine", engine, "--trials", "50", "--quiet", "--out", _temp.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"no trial can have produced {observed}:2 (projects_started 2025 through month 6)", result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public async Task Before_is_the_plain_run_and_only_targets_timings_years_and_conditioning_differ_from_it()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var observed = _temp.File("obs.csv");
        var plain = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "200", "--quiet", "--out", _temp.File("plain"));
        Assert.Equal(0, plain.ExitCode);
        var plainJson = JsonNode.Parse(await File.ReadAllBytesAsync(_temp.File("plain/summary.json")))!.AsObject();
        Assert.False(plainJson.ContainsKey("conditioning"));
        // An observation near the plain run's median 2025 output, through June of an even year.
        var median = plainJson["years"]!.AsArray().Single(y => (int)y!["year"]! == 2025)!["metrics"]!["total_output"]!["p50"]!.GetValue<double>();
        await File.WriteAllTextAsync(observed, Header + $"total_output,2025,6,{median * 0.45:F3},\n");

        var result = await CliHarness.RunAsync("nowcast", scenario, "--observed", observed, "--engine", "direct", "--trials", "200", "--min-ess", "1", "--lang", "en", "--out", _temp.File("now"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Before: P(met)", result.Out, StringComparison.Ordinal);
        Assert.Contains("effective sample size", result.Out, StringComparison.Ordinal);
        var now = JsonNode.Parse(await File.ReadAllBytesAsync(_temp.File("now/summary.json")))!.AsObject();
        var conditioning = now["conditioning"]!.AsObject();
        Assert.Equal(200, (int)conditioning["trials_drawn"]!);
        Assert.InRange((double)conditioning["ess"]!, 1, 199.999);
        var before = conditioning["before"]!.AsArray();
        var plainTargets = plainJson["targets"]!.AsArray();
        Assert.Equal(plainTargets.Select(t => (double)t!["probability"]!), before.Select(t => (double)t!["probability"]!));
        Assert.Equal(plainTargets.Select(t => t!["probability_ci95"]!.ToJsonString()), before.Select(t => t!["probability_ci95"]!.ToJsonString()));

        // The observed year's distribution moves towards the observation; every year keeps its metrics.
        var year2025 = (JsonNode n) => n["years"]!.AsArray().Single(y => (int)y!["year"]! == 2025)!["metrics"]!.AsObject();
        Assert.NotEqual(year2025(plainJson)["total_output"]!.ToJsonString(), year2025(now)["total_output"]!.ToJsonString());
        Assert.Equal(year2025(plainJson).Select(m => m.Key), year2025(now).Select(m => m.Key));
        // Time to target is weighted too; its raw counts stay the plain run's.
        var timings = (JsonNode n) => n["time_to_target"]!.AsArray();
        Assert.Equal(timings(plainJson).Select(t => t!["first_year_counts"]!.ToJsonString()), timings(now).Select(t => t!["first_year_counts"]!.ToJsonString()));
        Assert.All(timings(now), t => Assert.Equal(t!["first_year_counts"]!.AsArray().Count, t["first_year_shares"]!.AsArray().Count));
        Assert.False(timings(plainJson)[0]!.AsObject().ContainsKey("first_year_shares"));
        foreach (var key in new[] { "targets", "all_targets", "time_to_target", "years", "conditioning" })
        {
            now.Remove(key);
            plainJson.Remove(key);
        }
        Assert.Equal(plainJson.ToJsonString(), now.ToJsonString());
    }

    [Theory]
    [InlineData("direct")]
    [InlineData("orleans")]
    public async Task With_no_observations_yet_a_nowcast_is_the_plain_run_byte_for_byte_apart_from_conditioning(string engine)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var observed = _temp.File("none.csv");
        await File.WriteAllTextAsync(observed, "# January: nothing published yet\n" + Header);
        string[] common = ["--engine", engine, "--trials", "120", "--quiet"];

        var plain = await CliHarness.RunAsync(["run", scenario, .. common, "--out", _temp.File("plain")]);
        var nowcast = await CliHarness.RunAsync(["nowcast", scenario, "--observed", observed, .. common, "--out", _temp.File("now")]);

        Assert.Equal((0, 0), (plain.ExitCode, nowcast.ExitCode));
        Assert.DoesNotContain("effective sample", nowcast.Error, StringComparison.Ordinal);
        var now = JsonNode.Parse(await File.ReadAllBytesAsync(_temp.File("now/summary.json")))!.AsObject();
        var conditioning = now["conditioning"]!.AsObject();
        Assert.Empty(conditioning["rows"]!.AsArray());
        Assert.Equal((120.0, 120), ((double)conditioning["ess"]!, (int)conditioning["trials_drawn"]!));
        now.Remove("conditioning");
        var plainJson = JsonNode.Parse(await File.ReadAllBytesAsync(_temp.File("plain/summary.json")))!.AsObject();
        Assert.Equal(plainJson.ToJsonString(), now.ToJsonString());
    }

    [Fact]
    public async Task A_short_effective_sample_draws_more_trials_up_to_max_trials_and_warns_when_still_short()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var observed = _temp.File("obs.csv");
        var plain = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "100", "--quiet", "--out", _temp.File("plain"));
        Assert.Equal(0, plain.ExitCode);
        var median = JsonNode.Parse(await File.ReadAllBytesAsync(_temp.File("plain/summary.json")))!["years"]!.AsArray()
            .Single(y => (int)y!["year"]! == 2025)!["metrics"]!["total_output"]!["p50"]!.GetValue<double>();
        // Through June of an even year at share 0.5 ± 0.02: only trials near the median explain it.
        await File.WriteAllTextAsync(observed, Header + $"total_output,2025,6,{median * 0.5:F3},\n");

        var more = await CliHarness.RunAsync("nowcast", scenario, "--observed", observed, "--engine", "direct", "--trials", "100",
            "--min-ess", "150", "--quiet", "--out", _temp.File("more"));
        var capped = await CliHarness.RunAsync("nowcast", scenario, "--observed", observed, "--engine", "direct", "--trials", "100",
            "--min-ess", "100000", "--max-trials", "300", "--quiet", "--out", _temp.File("capped"));

        Assert.True(more.ExitCode == 0, more.Error);
        var drawn = JsonNode.Parse(await File.ReadAllBytesAsync(_temp.File("more/summary.json")))!["conditioning"]!;
        Assert.InRange((int)drawn["trials_drawn"]!, 101, 1000);
        Assert.True((double)drawn["ess"]! >= 150);
        Assert.DoesNotContain("effective sample size", more.Error, StringComparison.Ordinal);
        Assert.Equal(0, capped.ExitCode);
        Assert.Equal(300, (int)JsonNode.Parse(await File.ReadAllBytesAsync(_temp.File("capped/summary.json")))!["conditioning"]!["trials_drawn"]!);
        Assert.Contains("after 300 trials, below --min-ess 100000", capped.Error, StringComparison.Ordinal);
    }
}
