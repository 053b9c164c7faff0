namespace Sihui.ChainSim.Runner.Cluster;

/// <summary>Cluster settings that cannot work (no Redis, a bad port): the user must fix the configuration.</summary>
public sealed class ClusterConfigurationException(string message) : Exception(message);
