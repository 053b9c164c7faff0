using System.Globalization;
using System.Text.Json.Nodes;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary>
/// <c>compare</c>, <c>sensitivity</c> and <c>goal-seek</c> with <c>--observed</c>: every run conditioned on the same
/// observations with the same trials, each run's ESS reported; bad files refused as <c>run --observed</c> refuses them.
/// </summary>
public sealed class AnalysisObservedTests : IDisposable
{
    private const string Header = "metric,year,through_month,value,growth_yoy\n";
    private const string Target = "industry_end";
    private const string SigningsPath = "parks.park01.attraction.projects_per_year.mean";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Compare_with_a_strong_first_half_raises_the_target_and_reports_each_columns_ess()
    {
        var (scenario, observed) = await StrongFirstHalfAsync();

        var plain = await JsonOfAsync("compare", scenario, "--all-variants", "--engine", "direct", "--trials", "200", "--json", "--out", _temp.File("plain"));
        var now = await JsonOfAsync("compare", scenario, "--all-variants", "--engine", "direct", "--trials", "200", "--json", "--out", _temp.File("now"),
            "--observed", observed, "--min-ess", "50");

        Assert.True(Probability(now, 0) > Probability(plain, 0) + 0.05, $"conditioned {Probability(now, 0)}, plain {Probability(plain, 0)}");
        var conditioning = now["conditioning"]!;
        Assert.Equal($"{observed}:2 (total_output 2025 through month 6)", (string)conditioning["rows"]![0]!);
        Assert.InRange((double)conditioning["baseline_ess"]!, 50, 199.999);
        Assert.Equal(200, (int)now["trials"]!);
        var columns = now["columns"]!.AsArray();
        Assert.Equal(3, columns.Count);
        Assert.Equal((double)conditioning["baseline_ess"]!, (double)columns[0]!["ess"]!);
        Assert.All(columns, c => Assert.InRange((double)c!["ess"]!, 1, 200));
        Assert.NotEqual((double)columns[1]!["ess"]!, (double)columns[2]!["ess"]!);
        Assert.Contains("ESS", await File.ReadAllTextAsync(_temp.File("now/comparison.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_fixes_the_trials_once_from_the_baselines_ess_and_every_column_uses_them()
    {
        var (scenario, observed) = await StrongFirstHalfAsync();

        var now = await JsonOfAsync("compare", scenario, "--variants", "optimistic", "--explain", "baseline,optimistic", "--target", Target,
            "--engine", "direct", "--trials", "200", "--json", "--out", _temp.File("now"), "--observed", observed, "--min-ess", "150");

        var trials = (int)now["trials"]!;
        Assert.InRange(trials, 201, 2000);
        Assert.True((double)now["conditioning"]!["baseline_ess"]! >= 150);
        var cells = now["targets"]!.AsArray().Single(t => (string)t!["target_id"]! == Target)!["cells"]!.AsArray();
        Assert.All(cells, c => Assert.Equal(trials, (int)c!["met"]!["trials"]!));
        // The gap is explained on the same conditioned trials: its ends are the two columns' P50s.
        var gap = now["explanation"]!["p50"]!;
        Assert.Equal((double)cells[0]!["p50"]!, (double)gap["from"]!);
        Assert.Equal((double)cells[1]!["p50"]!, (double)gap["to"]!);
    }

    [Fact]
    public async Task Sensitivity_conditions_the_base_case_and_every_bar_with_their_ess()
    {
        var (scenario, observed) = await StrongFirstHalfAsync();
        string[] common = ["sensitivity", scenario, "--target", Target, "--params", SigningsPath, "--engine", "direct", "--trials", "200", "--json"];

        var plain = await JsonOfAsync([.. common, "--out", _temp.File("plain")]);
        var now = await JsonOfAsync([.. common, "--out", _temp.File("now"), "--observed", observed, "--min-ess", "50"]);

        Assert.True((double)now["base_probability"]! > (double)plain["base_probability"]! + 0.05);
        var bar = now["bars"]![0]!;
        Assert.True((double)bar["probability_at_high"]! > (double)plain["bars"]![0]!["probability_at_high"]!);
        Assert.InRange((double)bar["ess_at_low"]!, 1, 200);
        Assert.InRange((double)bar["ess_at_high"]!, 1, 200);
        Assert.InRange((double)now["conditioning"]!["baseline_ess"]!, 50, 200);
        Assert.Equal(3, (int)now["runs"]!);
    }

    [Fact]
    public async Task Goal_seek_given_a_strong_first_half_needs_signings_the_plain_run_cannot_reach()
    {
        var (scenario, observed) = await StrongFirstHalfAsync();
        string[] common = ["goal-seek", scenario, "--target", Target, "--probability", "0.8", "--param", SigningsPath, "--tolerance", "0.5",
            "--engine", "direct", "--trials", "200", "--json"];

        var plain = await JsonOfAsync([.. common, "--out", _temp.File("plain")]);
        var now = await JsonOfAsync([.. common, "--out", _temp.File("now"), "--observed", observed, "--min-ess", "50"]);

        Assert.False((bool)plain["reached"]!);
        Assert.True((bool)now["reached"]!);
        Assert.True((double)now["probability"]! >= 0.8);
        var steps = now["steps"]!.AsArray();
        // The base case fixes the trials, then each value tried is a step with its ESS.
        Assert.Equal((int)now["runs"]!, steps.Count + 1);
        Assert.Equal([0.0, 10.0], steps.Take(2).Select(s => (double)s!["value"]!));
        Assert.All(steps, s => Assert.InRange((double)s!["ess"]!, 1, 200));
        Assert.Equal((double)steps.Last(s => (double)s!["value"]! == (double)now["value"]!)!["ess"]!, (double)now["ess"]!);
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("sensitivity")]
    [InlineData("goal-seek")]
    public async Task A_bad_observations_file_exits_2_with_its_file_and_line(string command)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var observed = _temp.File("obs.csv");
        await File.WriteAllTextAsync(observed, Header + "total_output,2025,6,50,\ntotal_output,2026,13,100,\n");

        var result = await CliHarness.RunAsync([.. Command(command, scenario), "--observed", observed, "--engine", "direct", "--trials", "20",
            "--out", _temp.File("out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{observed}:3:19: through_month", result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("goal-seek")]
    public async Task Observations_no_trial_explains_exit_2_naming_the_row(string command)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var observed = _temp.File("obs.csv");
        await File.WriteAllTextAsync(observed, Header + "projects_started,2025,6,500,\n");

        var result = await CliHarness.RunAsync([.. Command(command, scenario), "--observed", observed, "--engine", "direct", "--trials", "20",
            "--out", _temp.File("out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"no trial can have produced {observed}:2 (projects_started 2025 through month 6)", result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("sensitivity")]
    [InlineData("goal-seek")]
    public async Task Without_observed_the_json_has_none_of_the_conditioned_fields_and_min_ess_changes_nothing(string command)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        string[] args = [.. Command(command, scenario), "--engine", "direct", "--trials", "40", "--json"];

        var plain = await CliHarness.RunAsync([.. args, "--out", _temp.File("a")]);
        var withNowcastOptions = await CliHarness.RunAsync([.. args, "--out", _temp.File("b"), "--min-ess", "5000", "--max-trials", "41"]);

        Assert.Equal(0, plain.ExitCode);
        var json = plain.Out;
        foreach (var key in new[] { "\"conditioning\"", "\"ess\"", "\"ess_at_low\"", "\"ess_at_high\"", "\"steps\"", "\"baseline_ess\"" })
        {
            Assert.DoesNotContain(key, json, StringComparison.Ordinal);
        }
        Assert.Equal(WithoutWallTime(json), WithoutWallTime(withNowcastOptions.Out));
    }

    private static string[] Command(string command, string scenario) => command switch
    {
        "compare" => ["compare", scenario, "--variants", "optimistic"],
        "sensitivity" => ["sensitivity", scenario, "--target", Target, "--params", SigningsPath],
        _ => ["goal-seek", scenario, "--target", Target, "--probability", "0.5", "--param", SigningsPath, "--tolerance", "2"],
    };

    /// <summary>The small scenario, and an observed 2025 first half at the plain run's P90 pace: a strong year so far.</summary>
    private async Task<(string Scenario, string Observed)> StrongFirstHalfAsync()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var plain = await JsonOfAsync("run", scenario, "--engine", "direct", "--trials", "200", "--json", "--out", _temp.File("run"));
        var p90 = (double)plain["years"]!.AsArray().Single(y => (int)y!["year"]! == 2025)!["metrics"]!["total_output"]!["p90"]!;
        var observed = _temp.File("strong.csv");
        await File.WriteAllTextAsync(observed, Header + string.Create(CultureInfo.InvariantCulture, $"total_output,2025,6,{p90 * 0.5:F3},\n"));
        return (scenario, observed);
    }

    private static double Probability(JsonNode comparison, int column) =>
        (double)comparison["targets"]!.AsArray().Single(t => (string)t!["target_id"]! == Target)!["cells"]![column]!["met"]!["probability"]!;

    private static async Task<JsonNode> JsonOfAsync(params string[] args)
    {
        var result = await CliHarness.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonNode.Parse(result.Out)!;
    }

    private static string WithoutWallTime(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("wall_seconds");
        return node.ToJsonString();
    }
}
