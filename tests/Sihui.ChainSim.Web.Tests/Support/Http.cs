using System.Net;
using System.Text;
using System.Text.Json;

namespace Sihui.ChainSim.Web.Tests.Support;

/// <summary>Small helpers for posting JSON and reading problem documents.</summary>
public static class Http
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json, string? channel = null, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (channel is not null)
        {
            request.Headers.Add("X-Run-Channel", channel);
        }
        return client.SendAsync(request, cancellationToken);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a 400 problem whose <c>errors</c> name <paramref name="field"/>; returns that field's messages.</summary>
    public static async Task<string> AssertFieldProblemAsync(this HttpResponseMessage response, string field, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString());
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for '{field}' in {body}");
        return string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()));
    }

    public static double TargetProbability(JsonElement summary, string target) =>
        summary.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("id").GetString() == target).GetProperty("probability").GetDouble();
}
