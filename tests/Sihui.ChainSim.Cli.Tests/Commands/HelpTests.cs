namespace Sihui.ChainSim.Cli.Tests.Commands;

public sealed class HelpTests
{
    [Fact]
    public async Task Root_help_lists_the_commands_and_a_quick_start()
    {
        var result = await CliHarness.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Quick start", result.Out, StringComparison.Ordinal);
        foreach (var command in new[] { "run", "validate", "generate", "serve", "silo", "compare", "sensitivity", "goal-seek", "calibrate", "score", "backtest" })
        {
            Assert.Contains("  " + command, result.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    [InlineData("generate")]
    [InlineData("serve")]
    [InlineData("compare")]
    [InlineData("sensitivity")]
    [InlineData("goal-seek")]
    [InlineData("calibrate")]
    [InlineData("score")]
    [InlineData("backtest")]
    public async Task Each_command_explains_itself_with_an_example(string command)
    {
        var result = await CliHarness.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Example: chainsim " + command, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_arguments_show_the_help()
    {
        var result = await CliHarness.RunAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Quick start", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var result = await CliHarness.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(CliText.Version, result.Out.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_exits_2()
    {
        var result = await CliHarness.RunAsync("fly");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fly", result.Error, StringComparison.Ordinal);
    }
}
