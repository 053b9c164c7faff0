using System.Text.Json;

namespace Sihui.ChainSim.Reports.Tests.Json;

/// <summary>Reads a written document back as plain JSON, to check keys and number text without the records.</summary>
internal static class JsonKeys
{
    public static IReadOnlyList<string> Of(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    /// <summary>Every property name in the document, except the metric names that key "metrics" and "base_year_values" (data, not keys).</summary>
    public static IEnumerable<string> All(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "metrics" ? p.Value.EnumerateObject().SelectMany(m => All(m.Value))
            : p.Name == "base_year_values" ? [p.Name]
            : [p.Name, .. All(p.Value)]),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(All),
        _ => [],
    };

    /// <summary>Each number token's text exactly as written.</summary>
    public static IReadOnlyList<(string Text, double Value)> Numbers(byte[] utf8)
    {
        var numbers = new List<(string, double)>();
        var reader = new Utf8JsonReader(utf8);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                numbers.Add((System.Text.Encoding.UTF8.GetString(reader.ValueSpan), reader.GetDouble()));
            }
        }
        return numbers;
    }
}
