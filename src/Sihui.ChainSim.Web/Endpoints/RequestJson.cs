using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Sihui.ChainSim.Web.Endpoints;

/// <summary>Reads a small JSON body by hand, so bad JSON becomes a 400 naming <c>body</c> rather than a framework error.</summary>
public static class RequestJson
{
    public const int MaxBytes = 256 * 1024;

    public static async Task<JsonElement?> ReadAsync(HttpRequest request, IDictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            errors["body"] = [$"the body is larger than {MaxBytes} bytes"];
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                errors["body"] = [$"the body is larger than {MaxBytes} bytes"];
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            return JsonDocument.Parse("{}").RootElement.Clone();
        }
        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            errors["body"] = [$"the body is not valid JSON: {ex.Message}"];
            return null;
        }
    }
}
