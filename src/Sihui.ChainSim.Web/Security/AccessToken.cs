using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Sihui.ChainSim.Web.Security;

/// <summary>
/// The shared secret a server reachable beyond loopback requires. The start link carries it as <c>?token=</c>;
/// the page then holds it in a same-site, HTTP-only cookie, and scripts may send it as a bearer header.
/// </summary>
public sealed class AccessToken(string value)
{
    public const string CookieName = "chainsim-token";
    public const string QueryName = "token";
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(value);

    /// <summary>A random token for when the user wants one but did not choose it.</summary>
    public static string NewValue() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>True when the request shows the token; <paramref name="fromLink"/> says it came in the URL (so a cookie should be set).</summary>
    public bool IsShownBy(HttpRequest request, out bool fromLink)
    {
        fromLink = false;
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.Ordinal) && Matches(header["Bearer ".Length..].Trim()))
        {
            return true;
        }
        if (request.Cookies.TryGetValue(CookieName, out var cookie) && Matches(cookie))
        {
            return true;
        }
        fromLink = request.Query.TryGetValue(QueryName, out var query) && Matches(query.ToString());
        return fromLink;
    }

    public void Remember(HttpResponse response) =>
        response.Cookies.Append(CookieName, Encoding.UTF8.GetString(_expected),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });

    private bool Matches(string? shown) =>
        shown is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(shown), _expected);
}
