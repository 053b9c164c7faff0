using Microsoft.AspNetCore.Http;

namespace Sihui.ChainSim.Web.Security;

/// <summary>Headers every answer carries, errors included: no sniffing, no framing, scripts and styles only from this server.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    public static void Add(IHeaderDictionary headers)
    {
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Content-Security-Policy"] = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "DENY";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
