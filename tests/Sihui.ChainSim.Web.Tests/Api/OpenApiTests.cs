using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sihui.ChainSim.Web.Tests.Support;

namespace Sihui.ChainSim.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class OpenApiTests(WebApp app)
{
    [Fact]
    public async Task The_OpenAPI_description_is_served_and_names_every_api_endpoint()
    {
        var document = JsonDocument.Parse(await app.Client.GetStringAsync("/api/openapi.json")).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths");
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal));
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText!;
            Assert.True(paths.TryGetProperty(route, out var item), $"{route} is not in docs/openapi.json");
            foreach (var method in endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods))
            {
                Assert.True(item.TryGetProperty(method.ToLowerInvariant(), out _), $"{method} {route} is not in docs/openapi.json");
            }
        }
    }
}
