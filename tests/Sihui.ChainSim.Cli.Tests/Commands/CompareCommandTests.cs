using System.Text.Json;

namespace Sihui.ChainSim.Cli.Tests.Commands;

public sealed class CompareCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_scenario_compared_with_itself_differs_by_exactly_zero()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("compare", scenario, scenario, "--engine", "direct", "--trials", "80", "--json", "--out", _temp.File("out"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["small", "small#2"], root.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("label").GetString()));
        Assert.NotEmpty(root.GetProperty("targets").EnumerateArray());
        foreach (var target in root.GetProperty("targets").EnumerateArray())
        {
            var second = target.GetProperty("cells")[1];
            foreach (var name in new[] { "probability_difference", "p50_difference", "mean_difference" })
            {
                Assert.Equal(0.0, second.GetProperty(name).GetDouble());
            }
        }
        foreach (var metric in root.GetProperty("metrics").EnumerateArray())
        {
            Assert.Equal(0.0, metric.GetProperty("cells")[1].GetProperty("mean_difference").GetDouble());
            Assert.Equal(0.0, metric.GetProperty("cells")[1].GetProperty("p50_difference").GetDouble());
        }
    }

    [Fact]
    public async Task Variants_side_by_side_write_the_tables_report_and_charts()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        var result = await CliHarness.RunAsync("compare", scenario, "--variants", "pessimistic,optimistic", "--engine", "direct", "--trials", "60", "--out", outDir, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        foreach (var file in new[]
        {
            "comparison.json", "comparison.csv", "comparison.md", "report.html", "comparison.png", "comparison.svg",
            "fan-total_output-baseline.png", "fan-total_output-pessimistic.svg", "fan-total_output-optimistic.png",
        })
        {
            Assert.True(File.Exists(Path.Combine(outDir, file)), file + " is missing");
        }
        Assert.DoesNotContain(Directory.GetFiles(outDir), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        var html = await File.ReadAllTextAsync(Path.Combine(outDir, "report.html"));
        Assert.Contains("data-chart=\"comparison\"", html, StringComparison.Ordinal);
        Assert.Contains("pessimistic", result.Out, StringComparison.Ordinal);
        Assert.Contains("P(met) (95% CI)", result.Out, StringComparison.Ordinal);
        Assert.Contains("Main metrics by year", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_adds_the_gap_whose_parts_add_up_to_the_total()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        var result = await CliHarness.RunAsync("compare", scenario, "--all-variants", "--engine", "direct", "--trials", "60", "--json",
            "--explain", "baseline,optimistic", "--target", "total_end", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["trials", "seed", "columns", "targets", "metrics", "explanation"], root.EnumerateObject().Select(p => p.Name));
        var gap = root.GetProperty("explanation");
        Assert.Equal("total_end", gap.GetProperty("target_id").GetString());
        var parts = gap.GetProperty("assumptions").EnumerateArray().Sum(a => a.GetProperty("p50_effect").GetDouble());
        var p50 = gap.GetProperty("p50");
        Assert.Equal(p50.GetProperty("total").GetDouble(), parts + p50.GetProperty("interaction").GetDouble(), 9);
        Assert.False(string.IsNullOrEmpty(gap.GetProperty("sentence").GetString()));
        Assert.True(File.Exists(Path.Combine(outDir, "gap.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "gap.md")));
    }

    [Theory]
    [InlineData("--variants", "nope", "nope")]
    [InlineData("--explain", "baseline,nope", "nope")]
    [InlineData("--explain", "baseline", "--explain")]
    public async Task Bad_variant_or_column_exits_2_naming_it(string option, string value, string named)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        string[] variants = option == "--variants" ? [] : ["--variants", "optimistic"];

        var result = await CliHarness.RunAsync(["compare", scenario, .. variants, option, value, "--engine", "direct", "--trials", "20", "--out", _temp.File("out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public async Task Explain_with_an_unknown_target_exits_2_and_lists_the_targets()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("compare", scenario, "--variants", "optimistic", "--explain", "baseline,optimistic",
            "--target", "nope", "--engine", "direct", "--out", _temp.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--target", result.Error, StringComparison.Ordinal);
        Assert.Contains("total_end", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_column_is_nothing_to_compare_and_exits_2()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("compare", scenario, "--engine", "direct", "--out", _temp.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nothing to compare", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_or_invalid_file_exits_2_naming_the_file()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var broken = _temp.File("broken.yaml");
        await File.WriteAllTextAsync(broken, "name: broken\nbase_year: [\n");

        var missing = await CliHarness.RunAsync("compare", scenario, _temp.File("absent.yaml"), "--engine", "direct", "--out", _temp.File("out"));
        var invalid = await CliHarness.RunAsync("compare", scenario, broken, "--engine", "direct", "--out", _temp.File("out"));

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("absent.yaml", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("broken.yaml", invalid.Error, StringComparison.Ordinal);
        Assert.False(invalid.HasStackTrace);
    }

    [Fact]
    public async Task Ctrl_c_exits_130_and_writes_nothing()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        using var cancellation = new CancellationTokenSource();

        var result = await CliHarness.RunAsync(new FakeRunners.Cancelling(cancellation), cancellation.Token,
            "compare", scenario, "--variants", "optimistic", "--out", _temp.File("out"));

        Assert.Equal(130, result.ExitCode);
        Assert.False(Directory.Exists(_temp.File("out")));
    }
}
