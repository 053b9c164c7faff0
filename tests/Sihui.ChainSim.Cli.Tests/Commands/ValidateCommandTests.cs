namespace Sihui.ChainSim.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Good_files_print_ok_with_a_census_and_exit_0()
    {
        var first = CliHarness.WriteScenario(_temp.Path, seed: 1, name: "one.yaml");
        var second = CliHarness.WriteScenario(_temp.Path, seed: 2, name: "two.yaml");

        var result = await CliHarness.RunAsync("validate", first, second);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("ok  " + first + " (", lines[0], StringComparison.Ordinal);
        Assert.Contains("30 enterprises, 2 parks, 6 projects, 8 targets, 2 variants", lines[0], StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task A_bad_file_among_good_ones_exits_2_with_located_errors()
    {
        var good = CliHarness.WriteScenario(_temp.Path);
        var bad = _temp.File("bad.yaml");
        await File.WriteAllTextAsync(bad, "scenario: broken\nbase_year: 2024\nend_year: 2020\nindustries: [{id: a}, {id: a}]\n");

        var result = await CliHarness.RunAsync("validate", good, bad);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ok  " + good, result.Out, StringComparison.Ordinal);
        Assert.Contains("FAIL " + bad, result.Out, StringComparison.Ordinal);
        var errors = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(errors);
        Assert.All(errors, line => Assert.Matches(@"^.*bad\.yaml:\d+:\d+: ", line));
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public async Task A_rate_target_that_cannot_be_computed_exits_2_naming_its_line()
    {
        var bad = _temp.File("rates.yaml");
        await File.WriteAllTextAsync(bad, """
            scenario: rates
            base_year: 2024
            end_year: 2026
            industries: [{id: copper, value_added_ratio: 0.2}]
            enterprises: [{id: smelter, industry: copper, output: 100, growth: 0.05}]
            targets:
              - {id: va, metric: growth:value_added, year: 2025, at_least: 0.06}
              - {id: starts, metric: growth:projects_started, year: 2026, at_least: 0.1}
            """);

        var result = await CliHarness.RunAsync("validate", bad);

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"rates\.yaml:8:\d+: targets\.starts\.metric: target 'starts' uses 'growth:projects_started', but 'projects_started' is not a money metric", error);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public async Task Broken_yaml_and_missing_files_exit_2_without_stack_traces()
    {
        var broken = _temp.File("broken.yaml");
        await File.WriteAllTextAsync(broken, "scenario: [unclosed\n  base_year: {\n");

        var result = await CliHarness.RunAsync("validate", broken, _temp.File("missing.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing.yaml: file not found", result.Error, StringComparison.Ordinal);
        Assert.Contains("broken.yaml:", result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public async Task No_files_is_an_argument_error()
    {
        var result = await CliHarness.RunAsync("validate");

        Assert.Equal(2, result.ExitCode);
    }
}
