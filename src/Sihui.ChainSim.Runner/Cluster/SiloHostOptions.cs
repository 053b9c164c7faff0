namespace Sihui.ChainSim.Runner.Cluster;

/// <summary>
/// One silo's endpoints and failure-detection timing: configuration section <c>Silo</c>
/// (<c>CHAINSIM__SILO__SILOPORT</c> and so on). The timing defaults are Orleans' own; small clusters and tests
/// use 1 s / 2 / 2 s to notice a dead silo in about 2 s.
/// </summary>
public sealed class SiloHostOptions
{
    public const string SectionName = "Silo";
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;
    public const string DefaultAdvertisedAddress = "127.0.0.1";
    public const int DefaultMissedProbesLimit = 3;
    public static readonly TimeSpan DefaultProbeTimeout = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DefaultTableRefreshTimeout = TimeSpan.FromSeconds(60);

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
}
