using System.Text.Json;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Runner;

namespace Sihui.ChainSim.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private static readonly string[] SummaryKeys =
    [
        "scenario", "scenario_file", "variant", "seed", "trials", "base_year", "end_year", "engine", "scenario_sha256", "version",
        "warnings", "overrides", "targets", "all_targets", "time_to_target", "years", "base_year_values",
    ];

    private static readonly string[] TargetKeys =
    [
        "id", "name", "metric", "year", "comparison", "threshold", "probability", "probability_ci95", "mean", "p10", "p50", "p90",
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Json_prints_exactly_summary_json_with_keys_in_order()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--json", "--trials", "60", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(outDir, "summary.json")), result.Out);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(SummaryKeys, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("direct", root.GetProperty("engine").GetString());
        Assert.Equal(60, root.GetProperty("trials").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("variant").ValueKind);
        Assert.Equal(64, root.GetProperty("scenario_sha256").GetString()!.Length);
        Assert.DoesNotContain("+", root.GetProperty("version").GetString(), StringComparison.Ordinal);
        var target = root.GetProperty("targets")[0];
        Assert.Equal(TargetKeys, target.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, target.GetProperty("probability_ci95").GetArrayLength());
        Assert.Equal(
            ["probability", "probability_ci95", "targets_covered", "targets_total", "dropped_targets"],
            root.GetProperty("all_targets").EnumerateObject().Select(p => p.Name));
        var firstYear = root.GetProperty("years")[0];
        Assert.Equal(root.GetProperty("base_year").GetInt32() + 1, firstYear.GetProperty("year").GetInt32());
        Assert.Equal("total_output", firstYear.GetProperty("metrics").EnumerateObject().First().Name);
        Assert.Equal(
            ["mean", "p10", "p50", "p90"],
            firstYear.GetProperty("metrics").GetProperty("total_output").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Same_inputs_give_byte_identical_summary_json()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        string[] Args(string dir) => ["run", scenario, "--engine", "direct", "--trials", "80", "--seed", "11", "--quiet", "--out", dir];

        var first = await CliHarness.RunAsync(Args(_temp.File("a")));
        var second = await CliHarness.RunAsync(Args(_temp.File("b")));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(await File.ReadAllBytesAsync(_temp.File("a/summary.json")), await File.ReadAllBytesAsync(_temp.File("b/summary.json")));
        Assert.Equal(await File.ReadAllBytesAsync(_temp.File("a/years.csv")), await File.ReadAllBytesAsync(_temp.File("b/years.csv")));
    }

    [Fact]
    public async Task Writes_the_files_and_leaves_no_temporary_files()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "40", "--lang", "en", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "fan-total_output.png", "fan-total_output.svg", "industries-mean.png", "industries-mean.svg",
                "quantiles.csv", "report.html", "report.md", "run.json", "summary.json", "years.csv",
            ],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var csv = await File.ReadAllLinesAsync(Path.Combine(outDir, "years.csv"));
        Assert.Equal("year,metric,name,mean,p10,p50,p90", csv[0]);
        Assert.Contains(csv, line => line.StartsWith("2025,total_output,", StringComparison.Ordinal));
        var report = await File.ReadAllTextAsync(Path.Combine(outDir, "report.md"));
        Assert.Contains("How to read this", report, StringComparison.Ordinal);
        Assert.Contains("亿元", report, StringComparison.Ordinal);
        using var run = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "run.json")));
        Assert.True(run.RootElement.GetProperty("processor_count").GetInt32() > 0);
        var summary = await File.ReadAllTextAsync(Path.Combine(outDir, "summary.json"));
        Assert.DoesNotContain(Environment.MachineName, summary, StringComparison.Ordinal);
        Assert.Contains("Targets", result.Out, StringComparison.Ordinal);
        Assert.Contains("All targets at once", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulating", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_a_self_contained_report_html_with_the_charts()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "40", "--quiet", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(outDir, "report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"fan-total_output\"", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"industries-mean\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        var png = await File.ReadAllBytesAsync(Path.Combine(outDir, "fan-total_output.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        Assert.Contains("<svg", await File.ReadAllTextAsync(Path.Combine(outDir, "industries-mean.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiet_prints_nothing_but_still_writes_the_files()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "20", "--quiet", "--out", _temp.File("out"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.True(File.Exists(_temp.File("out/report.md")));
    }

    [Fact]
    public async Task Variant_and_set_are_applied()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync(
            "run", scenario, "--engine", "direct", "--json", "--variant", "pessimistic", "--set", "trials=30", "--until", "2026",
            "--out", _temp.File("out"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("pessimistic", json.RootElement.GetProperty("variant").GetString());
        Assert.Equal(30, json.RootElement.GetProperty("trials").GetInt32());
        Assert.Equal(2026, json.RootElement.GetProperty("end_year").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("years").GetArrayLength());
    }

    [Fact]
    public async Task Reported_engine_comes_from_the_outcome_not_the_option()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync(
            new FakeRunners.ReportingAs(EngineKind.Orleans), default,
            "run", scenario, "--engine", "direct", "--json", "--trials", "20", "--out", _temp.File("out"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("orleans", json.RootElement.GetProperty("engine").GetString());
    }

    [Fact]
    public async Task Unknown_file_exits_2_naming_the_file()
    {
        var missing = _temp.File("nowhere.yaml");

        var result = await CliHarness.RunAsync("run", missing, "--engine", "direct");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.yaml", result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public async Task Set_without_equals_exits_2_naming_the_option()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--set", "trials", "--out", _temp.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--set", result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public async Task Invalid_scenario_exits_2_with_located_errors()
    {
        var bad = _temp.File("bad.yaml");
        await File.WriteAllTextAsync(bad, "scenario: broken\nbase_year: 2024\nend_year: 2020\nwhatever: 1\n");

        var result = await CliHarness.RunAsync("run", bad, "--engine", "direct", "--out", _temp.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"bad\.yaml:\d+:\d+: ", result.Error);
        Assert.False(result.HasStackTrace);
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Theory]
    [InlineData("--trials", "0")]
    [InlineData("--until", "2020")]
    [InlineData("--engine", "quantum")]
    [InlineData("--trials", "many")]
    public async Task Bad_arguments_exit_2(string option, string value)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", option, value, "--out", _temp.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public async Task Runner_failure_exits_1_with_one_line_and_no_stack_trace()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var runner = new FakeRunners.Throwing(new InvalidOperationException("silo unreachable\nsecond line"));

        var result = await CliHarness.RunAsync(runner, default, "run", scenario, "--out", _temp.File("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("silo unreachable", result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public async Task Verbose_failure_shows_the_stack_trace()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var runner = new FakeRunners.Throwing(CreateThrown());

        var result = await CliHarness.RunAsync(runner, default, "run", scenario, "--verbose", "--out", _temp.File("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.True(result.HasStackTrace);
    }

    [Fact]
    public async Task Cancelling_exits_130_and_writes_nothing()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        using var source = new CancellationTokenSource();

        var result = await CliHarness.RunAsync(new FakeRunners.Cancelling(source), source.Token, "run", scenario, "--out", _temp.File("out"));

        Assert.Equal(ExitCodes.Cancelled, result.ExitCode);
        Assert.Contains("cancelled", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public void Default_out_directory_is_named_after_the_scenario_file()
    {
        var settings = new Cli.Commands.RunSettings
        {
            Request = new RunRequest { ScenarioText = "", FileName = Path.Combine("scenarios", "sihui-2024.yaml") },
            Runner = Cli.Commands.RunnerChoice.Of(EngineKind.Direct, clusterAsked: false, redis: null, clusterId: null),
        };

        Assert.Equal(Path.Combine("out", "sihui-2024"), settings.ResolvedOutDirectory);
    }

    [Theory]
    [InlineData(0.8, "likely")]
    [InlineData(0.79, "uncertain")]
    [InlineData(0.21, "uncertain")]
    [InlineData(0.2, "unlikely")]
    public void Verdict_words_follow_the_thresholds(double probability, string verdict) =>
        Assert.Equal(verdict, Verdicts.Of(probability));

    private static InvalidOperationException CreateThrown()
    {
        try
        {
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException ex)
        {
            return ex;
        }
    }
}
