using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Sihui.ChainSim.Reports.Json;

/// <summary>
/// How summary.json and run.json are written and read: snake_case keys in the records' order, two-space indents,
/// '\n' line ends whatever the platform, non-ASCII text as is, and a final newline.
/// </summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = ReportJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new FiniteDoubleConverter() },
    };

    /// <summary>The document's UTF-8 bytes, ending in a newline.</summary>
    public static byte[] Write<T>(T document)
    {
        using var buffer = new MemoryStream();
        Write(document, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the document's UTF-8 bytes, ending in a newline, into <paramref name="destination"/>: the same bytes as <see cref="Write{T}(T)"/>.</summary>
    public static void Write<T>(T document, Stream destination)
    {
        JsonSerializer.Serialize(destination, document, TypeInfo<T>());
        destination.WriteByte((byte)'\n');
    }

    /// <summary>Reads a document written by <see cref="Write{T}"/>; throws <see cref="JsonException"/> on other text.</summary>
    public static T Read<T>(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, TypeInfo<T>()) ?? throw new JsonException($"null instead of a {typeof(T).Name}");

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
