using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Sihui.ChainSim.Web.Tests.Support;

/// <summary>Posts a request whose answer streams JSON lines, and reads those lines one at a time as they come.</summary>
public static class JsonLines
{
    public const string MediaType = "application/x-ndjson";

    /// <summary>Returns once the headers have come, so the body can be read while the server still writes it.</summary>
    public static Task<HttpResponseMessage> PostStreamingAsync(
        this HttpClient client, string url, string json, string? channel = null, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
        if (channel is not null)
        {
            request.Headers.Add("X-Run-Channel", channel);
        }
        return client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <summary>A reader of the body's lines; <see cref="Reader.NextAsync"/> is null at the end.</summary>
    public static async Task<Reader> LinesAsync(this HttpResponseMessage response) => new(new StreamReader(await response.Content.ReadAsStreamAsync()));

    public sealed class Reader(StreamReader reader) : IDisposable
    {
        public async Task<JsonElement?> NextAsync()
        {
            var line = await reader.ReadLineAsync();
            return line is null ? null : JsonDocument.Parse(line).RootElement.Clone();
        }

        public async Task<List<JsonElement>> RestAsync()
        {
            var lines = new List<JsonElement>();
            while (await NextAsync() is { } line)
            {
                lines.Add(line);
            }
            return lines;
        }

        public void Dispose() => reader.Dispose();
    }

    public static string Type(this JsonElement line) => line.GetProperty("type").GetString()!;
}
