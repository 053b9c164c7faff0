namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary>Command-line mistakes answered in the domain's words, before any simulation, with exit code 2.</summary>
public sealed class PlainErrorTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("run")]
    [InlineData("sensitivity")]
    [InlineData("compare")]
    public async Task A_seed_that_is_not_a_whole_number_says_what_a_seed_is(string command)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync(command, scenario, "--seed", "abc", "--engine", "direct", "--out", _temp.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--seed must be a whole number from 0 to 18446744073709551615", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("18446744073709551616")]
    [InlineData("1.5")]
    public async Task A_seed_out_of_range_is_refused_the_same_way(string seed)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("run", scenario, "--seed", seed, "--engine", "direct", "--out", _temp.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--seed must be a whole number from 0 to 18446744073709551615", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_largest_seed_is_accepted()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("run", scenario, "--seed", "18446744073709551615", "--trials", "10", "--engine", "direct",
            "--quiet", "--out", _temp.File("out"));

        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("sensitivity")]
    [InlineData("compare")]
    [InlineData("goal-seek")]
    [InlineData("validate")]
    public async Task A_directory_given_as_file_is_named_as_a_directory(string command)
    {
        string[] extra = command switch
        {
            "goal-seek" => ["--engine", "direct", "--target", "total_end", "-p", "0.5", "--param", "economy.shock.mean"],
            "validate" => [],
            _ => ["--engine", "direct"],
        };

        var result = await CliHarness.RunAsync([command, _temp.Path, .. extra]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a directory, not a scenario file", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not found", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("sensitivity")]
    [InlineData("compare")]
    [InlineData("goal-seek")]
    public async Task An_unwritable_out_is_refused_before_the_run_starts(string command)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        string[] extra = command switch
        {
            "goal-seek" => ["--target", "total_end", "-p", "0.5", "--param", "economy.shock.mean"],
            "compare" => [scenario],
            _ => [],
        };
        // A runner that fails if asked: an exit code of 2 (not 1) shows no simulation was started.
        var runner = new FakeRunners.Throwing(new InvalidOperationException("the simulation started"));

        var result = await CliHarness.RunAsync(runner, default, [command, scenario, "--out", "/proc/forbidden", .. extra]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out /proc/forbidden: cannot write in /proc", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("the simulation started", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_out_that_is_a_file_is_refused()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var file = _temp.File("taken");
        await File.WriteAllTextAsync(file, "x");

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--out", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--out {file} is a file, not a directory", result.Error, StringComparison.Ordinal);
    }
}
