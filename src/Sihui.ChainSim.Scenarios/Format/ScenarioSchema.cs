using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>
/// The JSON Schema of the scenario format, generated from the definition records by the same <see cref="FormatType"/>
/// metadata the loader reads with; <c>schemas/scenario.schema.json</c> is this text, checked by a test.
/// </summary>
public static class ScenarioSchema
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The schema file's text: indented JSON with a final newline.</summary>
    public static string Text() => Generate(typeof(ScenarioDefinition)).ToJsonString(Indented) + "\n";

    /// <summary>The schema of a file whose top level is a <paramref name="root"/> record.</summary>
    public static JsonObject Generate(Type root)
    {
        var defs = new JsonObject { ["id"] = Id(), ["dist"] = SpecialValueSchema.Dist(), ["yearly_dist"] = SpecialValueSchema.Dist(yearly: true) };
        var body = new SchemaBuilder(defs).Object(FormatType.Of(root));
        var schema = new JsonObject { ["$schema"] = Dialect, ["title"] = "Sihui.ChainSim scenario" };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            schema[key] = value;
        }
        schema["$defs"] = defs;
        return schema;
    }

    private static JsonObject Id() => new()
    {
        ["type"] = "string",
        ["pattern"] = IdPatternAttribute.Pattern,
        ["description"] = "An identifier: letters, digits, '_' and '-'. Unique within its list.",
    };
}
