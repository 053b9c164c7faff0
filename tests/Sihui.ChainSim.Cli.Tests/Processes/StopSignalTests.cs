namespace Sihui.ChainSim.Cli.Tests.Processes;

/// <summary>SIGTERM (docker stop, systemd) and SIGINT (Ctrl-C) sent to real chainsim processes: each stops within 5 s, and a run writes nothing.</summary>
public sealed class StopSignalTests
{
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Running = TimeSpan.FromSeconds(3);

    // Far more trials than can finish before the signal, so the signal always lands mid-simulation.
    private const string ManyTrials = "300000";

    private static string Scenario => RepositoryPaths.SihuiScenario;

    public static TheoryData<string, int, string[]> Runs => new()
    {
        { "TERM", 143, ["run", Scenario, "--trials", ManyTrials, "--out", "out/run", "--quiet"] },
        { "INT", 130, ["run", Scenario, "--trials", ManyTrials, "--out", "out/run", "--quiet"] },
        { "TERM", 143, ["run", Scenario, "--trials", ManyTrials, "--out", "out/run", "--engine", "direct", "--json"] },
        { "INT", 130, ["run", Scenario, "--trials", ManyTrials, "--out", "out/run", "--engine", "direct"] },
        { "TERM", 143, ["compare", Scenario, "--all-variants", "--trials", ManyTrials, "--out", "out/compare"] },
        { "TERM", 143, ["sensitivity", Scenario, "--trials", ManyTrials, "--out", "out/sensitivity"] },
        {
            "INT", 130,
            ["goal-seek", Scenario, "--target", "output_2025_plan", "--probability", "0.8", "--param", "economy.shock.mean",
                "--min", "-0.1", "--max", "0.1", "--trials", ManyTrials]
        },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task A_run_stops_within_5_s_with_128_plus_the_signal_and_writes_nothing(string signal, int exitCode, string[] args)
    {
        using var folder = new TempDirectory();
        using var run = ChainsimProcess.Start(folder.Path, args);
        await Task.Delay(Running);
        Assert.False(run.HasExited, "finished before the signal; output:\n" + run.Output);

        var took = await run.SignalAndWaitAsync(signal, TimeSpan.FromSeconds(30));

        Assert.True(took < StopBound, $"took {took.TotalSeconds:0.0} s to stop after SIG{signal}; output:\n{run.Output}");
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
        Assert.Contains("no output was written", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Serve_stops_within_5_s_and_leaves_the_served_folder_as_it_was(string signal)
    {
        using var folder = new TempDirectory();
        File.Copy(Scenario, folder.File("sihui-2024.yaml"));
        using var serve = ChainsimProcess.Start(folder.Path, ["serve", folder.Path, "--port", "0"]);
        await serve.WaitForTextAsync("Press Ctrl-C to stop", TimeSpan.FromSeconds(60));

        var took = await serve.SignalAndWaitAsync(signal, TimeSpan.FromSeconds(30));

        Assert.True(took < StopBound, $"took {took.TotalSeconds:0.0} s to stop after SIG{signal}; output:\n{serve.Output}");
        Assert.Equal(0, serve.ExitCode);
        Assert.Equal(["sihui-2024.yaml"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }
}
