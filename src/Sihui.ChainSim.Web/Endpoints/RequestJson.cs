using System.Text.Json;
using System.Text.Unicode;
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
        var bytes = buffer.ToArray();
        if (!Utf8.IsValid(bytes))
        {
            errors["body"] = ["the body is not valid UTF-8"];
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            if (BrokenText(document.RootElement, "") is { } field)
            {
                errors[field.Length == 0 ? "body" : field] = ["the text holds a lone surrogate (an unpaired \\uD800–\\uDFFF escape); send valid Unicode"];
                return null;
            }
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            errors["body"] = [$"the body is not valid JSON: {ex.Message}"];
            return null;
        }
    }

    /// <summary>The path of the first string or key that is not valid Unicode (empty for the body itself), or null.</summary>
    private static string? BrokenText(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Decodes(() => element.GetString()) ? null : path;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (BrokenText(item, $"{path}[{index++}]") is { } bad)
                    {
                        return bad;
                    }
                }
                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name = "";
                    if (!Decodes(() => name = property.Name))
                    {
                        return path.Length == 0 ? "body" : path;
                    }
                    if (BrokenText(property.Value, path.Length == 0 ? name : $"{path}.{name}") is { } bad)
                    {
                        return bad;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static bool Decodes(Action read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
