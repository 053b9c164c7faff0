namespace Sihui.ChainSim.Runner.Cluster;

/// <summary>
/// One silo's endpoints, failure-detection timing and health file: configuration section <c>Silo</c>
/// (<c>CHAINSIM__SILO__SILOPORT</c> and so on). The timing defaults are sized so that a dead silo stops being offered
/// work within seconds, even when it was one of two dead out of three (docs/cluster.md, "Timings").
/// </summary>
public sealed class SiloHostOptions
{
    public const string SectionName = "Silo";
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;
    public const string DefaultAdvertisedAddress = "127.0.0.1";
    public const int DefaultMissedProbesLimit = 2;
    public static readonly TimeSpan DefaultProbeTimeout = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan DefaultTableRefreshTimeout = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DefaultIAmAliveInterval = TimeSpan.FromSeconds(2);

    /// <summary>Port for silo-to-silo traffic.</summary>
    public int SiloPort { get; set; } = DefaultSiloPort;

    /// <summary>Port clients connect to.</summary>
    public int GatewayPort { get; set; } = DefaultGatewayPort;

    /// <summary>The IP address or host name other silos and clients reach this silo at.</summary>
    public string AdvertisedAddress { get; set; } = DefaultAdvertisedAddress;

    /// <summary>Listen on every interface (in a container) rather than only on the advertised address.</summary>
    public bool ListenOnAnyAddress { get; set; }

    /// <summary>How long a probe of another silo may take before it counts as missed.</summary>
    public TimeSpan ProbeTimeout { get; set; } = DefaultProbeTimeout;

    /// <summary>Missed probes after which a silo votes another dead.</summary>
    public int MissedProbesLimit { get; set; } = DefaultMissedProbesLimit;

    /// <summary>How often the membership table is re-read.</summary>
    public TimeSpan TableRefreshTimeout { get; set; } = DefaultTableRefreshTimeout;

    /// <summary>
    /// How often a silo writes its heartbeat into the table. An entry two heartbeats late no longer counts as a voter,
    /// so a lone survivor can declare the others dead on its own vote.
    /// </summary>
    public TimeSpan IAmAliveInterval { get; set; } = DefaultIAmAliveInterval;

    /// <summary>Where the silo writes its membership health for <c>chainsim silo --health</c>; by default a file in the temp folder named by the gateway port.</summary>
    public string? HealthFile { get; set; }

    /// <summary>The health file in use: <see cref="HealthFile"/>, or the default for this gateway port.</summary>
    public string ResolvedHealthFile =>
        string.IsNullOrWhiteSpace(HealthFile)
            ? Path.Combine(Path.GetTempPath(), $"chainsim-silo-{GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture)}.health")
            : HealthFile;
}
