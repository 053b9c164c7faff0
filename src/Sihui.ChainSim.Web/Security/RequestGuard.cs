using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Sihui.ChainSim.Web.Security;

/// <summary>
/// Lets only this server's own page drive it. Refuses a Host that is not a loopback name or the bound address
/// (DNS rebinding), any request another origin sends (Origin, Sec-Fetch-Site), POSTs that are not JSON (plain
/// forms and no-cors fetches cannot send JSON), and, when a token is configured, requests without it.
/// </summary>
public sealed class RequestGuard(RequestDelegate next, IOptions<WebOptions> options)
{
    private readonly AccessToken? _token = options.Value.Token is { } value ? new AccessToken(value) : null;
    private readonly HostNames _hosts = new(options.Value.ListenHost);

    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            SecurityHeaders.Add(((HttpResponse)state).Headers);
            return Task.CompletedTask;
        }, context.Response);
        if (Refusal(context) is { } refusal)
        {
            await refusal.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        await next(context).ConfigureAwait(false);
    }

    private IResult? Refusal(HttpContext context)
    {
        var request = context.Request;
        if (!_hosts.Allows(request.Host.Host))
        {
            return Problem(StatusCodes.Status400BadRequest, "Host not served",
                $"this server answers to {_hosts.Describe()}, not '{request.Host.Host}'");
        }
        var origin = request.Headers.Origin.ToString();
        var own = $"{request.Scheme}://{request.Host.Value}";
        if (origin.Length > 0 && !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status403Forbidden, "Foreign origin", $"requests from {origin} are refused; only this server's own page may call it");
        }
        // Browsers that send no Origin (a GET from an <img> or <script> on another page) still say where the request comes from.
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var mode = request.Headers["Sec-Fetch-Mode"].ToString();
        if (site is "cross-site" or "same-site" && !(mode == "navigate" && HttpMethods.IsGet(request.Method)))
        {
            return Problem(StatusCodes.Status403Forbidden, "Foreign origin", "requests from other sites are refused; only this server's own page may call it");
        }
        if (_token is not null)
        {
            if (!_token.IsShownBy(request, out var fromLink))
            {
                return Problem(StatusCodes.Status401Unauthorized, "Token required",
                    "this server needs its access token: open the link printed at start (…/?token=…), or send Authorization: Bearer <token>");
            }
            if (fromLink)
            {
                _token.Remember(context.Response);
            }
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !IsJson(request.ContentType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "JSON required",
                $"send the body as Content-Type: application/json, not '{request.ContentType ?? "(none)"}'");
        }
        return null;
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}
