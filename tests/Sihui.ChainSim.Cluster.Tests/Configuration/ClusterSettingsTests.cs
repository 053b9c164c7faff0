using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Cluster.Tests.Configuration;

/// <summary>Settings come from appsettings.json, then CHAINSIM__ variables, then the command line; bad ones are named.</summary>
public sealed class ClusterSettingsTests
{
    [Fact]
    public void Later_sources_win_and_defaults_fill_the_rest()
    {
        var dir = Directory.CreateTempSubdirectory("chainsim-settings-");
        const string variable = "CHAINSIM__SILO__MISSEDPROBESLIMIT";
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, ChainSimConfiguration.SettingsFile), """
                { "Cluster": { "Redis": "file:6379", "ClusterId": "from-file" }, "Silo": { "SiloPort": 12000, "MissedProbesLimit": 5 } }
                """);
            Environment.SetEnvironmentVariable(variable, "4");
            var configuration = ChainSimConfiguration.Build(new Dictionary<string, string?> { ["Cluster:ClusterId"] = "from-command-line" }, dir.FullName);

            var cluster = ChainSimConfiguration.Cluster(configuration);
            var silo = ChainSimConfiguration.Silo(configuration);
            Assert.Equal(("file:6379", "from-command-line"), (cluster.Redis, cluster.ClusterId));
            Assert.Equal(ClusterConnectionOptions.DefaultServiceId, cluster.ServiceId);
            Assert.Equal((12000, 4), (silo.SiloPort, silo.MissedProbesLimit));
            Assert.Equal(SiloHostOptions.DefaultProbeTimeout, silo.ProbeTimeout);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_validator_names_every_bad_setting()
    {
        var cluster = new ClusterConnectionOptions { Redis = " ", ClusterId = "two words", MaxAttempts = 0 };
        var silo = new SiloHostOptions { SiloPort = 70000, GatewayPort = 70000, ProbeTimeout = TimeSpan.Zero };

        var problems = ChainSimClusterOptionsValidator.Problems(cluster).Concat(ChainSimClusterOptionsValidator.Problems(silo)).ToList();

        foreach (var key in new[] { "Cluster:Redis", "Cluster:ClusterId", "Cluster:MaxAttempts", "Silo:SiloPort", "Silo:GatewayPort", "Silo:ProbeTimeout" })
        {
            Assert.Contains(problems, p => p.StartsWith(key, StringComparison.Ordinal));
        }
        Assert.Empty(ChainSimClusterOptionsValidator.Problems(new SiloHostOptions()));
        Assert.Empty(ChainSimClusterOptionsValidator.Problems(new ClusterConnectionOptions { Redis = "localhost:6379" }));
    }

    [Fact]
    public async Task Run_with_cluster_but_no_redis_says_how_to_set_it()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await Cli.CliApp.RunAsync(["run", "missing.yaml", "--cluster", "--cluster-id", "x"], stdout, stderr);
        Assert.Equal(2, code);
        Assert.Contains("CHAINSIM__CLUSTER__REDIS", stderr.ToString(), StringComparison.Ordinal);
    }
}
