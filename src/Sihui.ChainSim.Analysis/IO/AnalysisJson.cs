using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Analysis.IO;

/// <summary>The JSON shape of every analysis result: snake_case names, indented, Chinese kept as written, doubles round-trip.</summary>
public static class AnalysisJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitPlainRunTimingFields } },
    };

    // A timing's weighted fields exist only in a nowcast; a plain analysis keeps the layout it always had.
    private static void OmitPlainRunTimingFields(JsonTypeInfo info)
    {
        if (info.Type != typeof(TargetTiming))
        {
            return;
        }
        foreach (var property in info.Properties.Where(p => p.Name is "first_year_shares" or "ess"))
        {
            property.ShouldSerialize = (_, value) => value is not null;
        }
    }

    /// <summary>The same layout on one line, for a stream of JSON lines (application/x-ndjson).</summary>
    public static JsonSerializerOptions LineOptions { get; } = new(Options) { WriteIndented = false };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>One line of a JSON-lines stream, without its newline.</summary>
    public static string Line<T>(T value) => JsonSerializer.Serialize(value, LineOptions);

    /// <summary>
    /// The document of <c>chainsim compare --json</c> (comparison.json), with the gap.json of <c>--explain</c> under
    /// <c>explanation</c> when there is one.
    /// </summary>
    public static string Comparison(ComparisonResult comparison, GapExplanation? gap)
    {
        var document = JsonNode.Parse(Serialize(comparison))!.AsObject();
        if (gap is not null)
        {
            document["explanation"] = JsonNode.Parse(Serialize(gap));
        }
        return document.ToJsonString(Options);
    }

    /// <summary>The document as an output file's bytes: UTF-8 without a byte-order mark, with a final newline.</summary>
    public static byte[] Bytes<T>(T value) => OutputFiles.Utf8.GetBytes(Serialize(value) + "\n");

    public static void Write<T>(string path, T value) => OutputFiles.WriteAtomically(path, Bytes(value));
}
