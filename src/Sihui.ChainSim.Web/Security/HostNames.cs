using System.Net;

namespace Sihui.ChainSim.Web.Security;

/// <summary>The Host names this server answers to.</summary>
internal sealed class HostNames(string listenHost)
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];
    private readonly bool _wildcard = IPAddress.TryParse(listenHost, out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any));
    private readonly string _bound = IPAddress.TryParse(listenHost, out var parsed) && parsed.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
        ? $"[{parsed}]" : listenHost;

    public bool Allows(string host)
    {
        if (LoopbackNames.Contains(host, StringComparer.OrdinalIgnoreCase) || host.Equals(_bound, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // Bound to every interface (a token is then required): any address of this machine, or its name.
        return _wildcard && (IPAddress.TryParse(host.Trim('[', ']'), out _) || host.Equals(Environment.MachineName, StringComparison.OrdinalIgnoreCase));
    }

    public string Describe() => string.Join(", ", LoopbackNames.Append(_bound).Distinct(StringComparer.OrdinalIgnoreCase))
        + (_wildcard ? ", this machine's addresses and its name" : "");
}
