using System.Diagnostics;
using Sihui.ChainSim.Cli;
using Sihui.ChainSim.Cluster.Tests.Support;

namespace Sihui.ChainSim.Cluster.Tests;

/// <summary>A cluster that cannot be reached is one line on stderr and exit code 1, not a hosting stack trace.</summary>
public sealed class UnreachableClusterTests
{
    [SkippableFact]
    public async Task Run_against_a_Redis_that_is_not_there_prints_one_line_and_exits_1()
    {
        RedisAvailability.SkipIfMissing();
        var dir = Directory.CreateTempSubdirectory("chainsim-unreachable-");
        try
        {
            var file = Path.Combine(dir.FullName, "small.yaml");
            await File.WriteAllTextAsync(file, ClusterScenarios.Request(enterprises: 10, years: 2, trials: 10).ScenarioText);
            using var client = TestProcess.Start("dotnet", [
                ChainsimExecutable.DllPath, "run", file, "--quiet", "--out", Path.Combine(dir.FullName, "out"),
                "--cluster", "--redis", $"127.0.0.1:{FreePorts.Next()}",
            ], new Dictionary<string, string> { ["CHAINSIM__CLUSTER__CONNECTTIMEOUT"] = "00:00:03" });

            var code = await client.WaitForExitAsync(TimeSpan.FromSeconds(60));
            var lines = client.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

            Assert.Equal(ExitCodes.Failure, code);
            Assert.True(lines.Length == 1, $"expected one line, got {lines.Length}:{Environment.NewLine}{client.Output}");
            Assert.StartsWith("chainsim: run failed: cannot reach cluster", lines[0], StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(dir.FullName, "out")), "a failed run wrote output");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
