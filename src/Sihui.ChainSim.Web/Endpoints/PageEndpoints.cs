using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sihui.ChainSim.Web.Endpoints;

/// <summary>The page and its scripts, served from resources inside this assembly, and the OpenAPI description.</summary>
public static class PageEndpoints
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json",
    }.ToFrozenDictionary();

    private static readonly Lazy<FrozenDictionary<string, byte[]>> Assets = new(LoadAssets);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Asset("index.html"));
        app.MapGet("/assets/{file}", (string file) => Asset(file));
        app.MapGet("/api/openapi.json", () => Results.Bytes(Resource("openapi.json"), "application/json"));
    }

    private static IResult Asset(string file) =>
        Assets.Value.TryGetValue(file, out var bytes)
            ? Results.Bytes(bytes, ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"))
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"no asset named '{file}'");

    private static FrozenDictionary<string, byte[]> LoadAssets()
    {
        const string prefix = "wwwroot/";
        return typeof(PageEndpoints).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[prefix.Length..], Resource, StringComparer.Ordinal);
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(PageEndpoints).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
