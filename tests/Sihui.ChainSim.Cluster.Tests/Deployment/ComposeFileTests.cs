using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Sihui.ChainSim.Cluster.Tests.Support;
using Sihui.ChainSim.Runner.Cluster;
using YamlDotNet.RepresentationModel;

namespace Sihui.ChainSim.Cluster.Tests.Deployment;

/// <summary>docker-compose.yml sets only variables the app reads, builds only from Dockerfiles that exist, and validates.</summary>
public sealed class ComposeFileTests
{
    private static readonly string ComposePath = RepositoryPaths.FullPath("docker-compose.yml");

    private static readonly Dictionary<string, Type> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        [ClusterConnectionOptions.SectionName] = typeof(ClusterConnectionOptions),
        [SiloHostOptions.SectionName] = typeof(SiloHostOptions),
    };

    [Fact]
    public void Every_chainsim_variable_names_a_property_of_an_options_class()
    {
        var variables = Services().SelectMany(s => Environment(s.Value)).Select(v => v.Key).Where(IsChainSim).ToList();
        Assert.NotEmpty(variables);
        foreach (var name in variables)
        {
            var parts = name.Split("__");
            Assert.True(parts.Length == 3, $"{name}: expected CHAINSIM__SECTION__PROPERTY");
            Assert.True(Sections.TryGetValue(parts[1], out var type), $"{name}: no options section '{parts[1]}'");
            Assert.True(type!.GetProperties().Any(p => p.CanWrite && string.Equals(p.Name, parts[2], StringComparison.OrdinalIgnoreCase)),
                $"{name}: {type.Name} has no property '{parts[2]}'");
        }
    }

    [Fact]
    public void Every_service_gets_valid_options_from_its_variables()
    {
        foreach (var (service, node) in Services())
        {
            var settings = Environment(node).Where(v => IsChainSim(v.Key))
                .ToDictionary(v => v.Key[ChainSimConfiguration.EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal), v => (string?)v.Value);
            if (settings.Count == 0)
            {
                continue;
            }
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            Assert.Empty(ChainSimClusterOptionsValidator.Problems(ChainSimConfiguration.Cluster(configuration)));
            if (settings.Keys.Any(k => k.StartsWith(SiloHostOptions.SectionName + ":", StringComparison.OrdinalIgnoreCase)))
            {
                var silo = ChainSimConfiguration.Silo(configuration);
                Assert.Empty(ChainSimClusterOptionsValidator.Problems(silo));
                Assert.Equal(service, silo.AdvertisedAddress);
            }
        }
    }

    [Fact]
    public void Every_built_image_has_its_dockerfile()
    {
        var builds = Services().Select(s => s.Value).OfType<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey("build")).Select(s => (YamlMappingNode)s["build"]).ToList();
        Assert.NotEmpty(builds);
        foreach (var build in builds)
        {
            var context = Path.Combine(RepositoryPaths.Root, ((YamlScalarNode)build["context"]).Value!);
            var dockerfile = build.Children.TryGetValue("dockerfile", out var d) ? ((YamlScalarNode)d).Value! : "Dockerfile";
            Assert.True(File.Exists(Path.Combine(context, dockerfile)), $"missing {dockerfile} in {context}");
        }
    }

    [Fact]
    public void Every_silo_is_checked_by_its_membership_not_its_port()
    {
        var silos = Services().Where(s => s.Value is YamlMappingNode map && map.Children.TryGetValue("command", out var c)
            && c is YamlSequenceNode command && command.Children.OfType<YamlScalarNode>().Any(a => a.Value == "silo")).ToList();
        Assert.NotEmpty(silos);
        foreach (var (name, node) in silos)
        {
            var test = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)node)["healthcheck"])["test"];
            var words = test.Children.OfType<YamlScalarNode>().Select(w => w.Value).ToList();
            Assert.True(words.Contains("silo") && words.Contains("--health"), $"{name}: the health check is '{string.Join(' ', words)}', not 'chainsim silo --health'");
        }
    }

    [SkippableFact]
    public void Docker_compose_accepts_the_file()
    {
        var compose = (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "docker-compose")).FirstOrDefault(File.Exists);
        Skip.If(compose is null, "docker-compose is not installed (apt-get install docker-compose)");
        var info = new ProcessStartInfo(compose!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-f", ComposePath, "config", "-q" })
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit(60_000);
        Assert.True(process.ExitCode == 0, errors);
    }

    private static bool IsChainSim(string name) => name.StartsWith(ChainSimConfiguration.EnvironmentPrefix, StringComparison.Ordinal);

    private static IEnumerable<KeyValuePair<string, YamlNode>> Services()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(ComposePath))
        {
            yaml.Load(reader);
        }
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlMappingNode)root["services"]).Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, c.Value));
    }

    private static IEnumerable<KeyValuePair<string, string>> Environment(YamlNode service)
    {
        if (service is not YamlMappingNode map || !map.Children.TryGetValue("environment", out var environment))
        {
            return [];
        }
        return environment switch
        {
            YamlMappingNode pairs => pairs.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ((YamlScalarNode)c.Value).Value ?? "")),
            YamlSequenceNode list => list.Children.Select(c => ((YamlScalarNode)c).Value!.Split('=', 2))
                .Select(kv => KeyValuePair.Create(kv[0], kv.Length > 1 ? kv[1] : "")),
            _ => [],
        };
    }
}
