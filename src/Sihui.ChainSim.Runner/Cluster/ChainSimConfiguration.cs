using Microsoft.Extensions.Configuration;

namespace Sihui.ChainSim.Runner.Cluster;

/// <summary>
/// Reads settings the usual way, later sources winning: <c>appsettings.json</c> in the working directory,
/// environment variables prefixed <c>CHAINSIM__</c> (<c>CHAINSIM__CLUSTER__REDIS</c> is <c>Cluster:Redis</c>), then the
/// command line's options.
/// </summary>
public static class ChainSimConfiguration
{
    public const string EnvironmentPrefix = "CHAINSIM__";
    public const string SettingsFile = "appsettings.json";

    /// <param name="commandLine">Keys such as <c>Cluster:Redis</c> set by command-line options.</param>
    /// <param name="directory">Where to look for appsettings.json; the working directory by default.</param>
    public static IConfiguration Build(IEnumerable<KeyValuePair<string, string?>>? commandLine = null, string? directory = null) =>
        new ConfigurationBuilder()
            .SetBasePath(directory ?? Directory.GetCurrentDirectory())
            .AddJsonFile(SettingsFile, optional: true, reloadOnChange: false)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddInMemoryCollection(commandLine ?? [])
            .Build();

    /// <summary>Binds a section to a fresh options object; a value that does not parse throws with the key's name.</summary>
    public static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }

    public static ClusterConnectionOptions Cluster(IConfiguration configuration) =>
        Bind<ClusterConnectionOptions>(configuration, ClusterConnectionOptions.SectionName);

    public static SiloHostOptions Silo(IConfiguration configuration) =>
        Bind<SiloHostOptions>(configuration, SiloHostOptions.SectionName);
}
