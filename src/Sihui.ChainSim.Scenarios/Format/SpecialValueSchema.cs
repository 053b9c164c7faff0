using System.Text.Json.Nodes;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>The schema shapes of the two special values that are no record: a DIST and the variants mapping.</summary>
internal static class SpecialValueSchema
{
    /// <summary>A DIST; a <paramref name="yearly"/> one (see <see cref="YearlyDrawAttribute"/>) may also carry `persistence`.</summary>
    public static JsonObject Dist(bool yearly = false)
    {
        var shapes = new JsonArray(new JsonObject { ["type"] = "number", ["title"] = "constant", ["description"] = "A constant: every draw is this number." });
        foreach (var kind in DistributionKind.All)
        {
            var properties = new JsonObject { ["dist"] = new JsonObject { ["const"] = kind.Name, ["description"] = $"The distribution's name: `{kind.Name}`." } };
            foreach (var parameter in kind.Parameters)
            {
                properties[parameter.Name] = Number(parameter);
            }
            if (yearly)
            {
                properties[DistributionKind.Persistence.Name] = Number(DistributionKind.Persistence);
            }
            shapes.Add(new JsonObject
            {
                ["type"] = "object",
                ["title"] = kind.Name,
                ["description"] = kind.Description,
                ["additionalProperties"] = false,
                ["properties"] = properties,
                ["required"] = new JsonArray(["dist", .. kind.Parameters.Select(p => (JsonNode)p.Name)]),
            });
        }
        var description = yearly
            ? "A yearly draw: a DIST whose mapping may also set `persistence`, the correlation of successive years' draws."
            : "A distribution (DIST): a plain number means a constant; otherwise a mapping whose `dist` key names the shape.";
        return new JsonObject { ["description"] = description, ["oneOf"] = shapes };
    }

    private static JsonObject Number(DistributionParameter parameter) =>
        SchemaBuilder.Ranged(new() { ["type"] = "number", ["description"] = parameter.Description }, parameter.Range);

    /// <summary>variants: name → {description, set: {path: value}}.</summary>
    public static JsonObject Variants()
    {
        var set = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "Path -> new value. Paths as for --set, e.g. economy.shock.mean.",
            ["additionalProperties"] = false,
            ["propertyNames"] = new JsonObject { ["pattern"] = TunableDefinition.PathPattern },
            ["patternProperties"] = new JsonObject
            {
                [TunableDefinition.PathPattern] = new JsonObject
                {
                    ["type"] = new JsonArray("number", "string", "boolean", "object", "array"),
                    ["description"] = "The new value: usually a number; may be a whole distribution mapping.",
                },
            },
        };
        var variant = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "A named set of overrides, applied before validation.",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["description"] = new JsonObject { ["type"] = "string", ["description"] = "What the variant assumes, in a sentence or two." },
                ["set"] = set,
            },
            ["required"] = new JsonArray("set"),
        };
        return new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["propertyNames"] = new JsonObject { ["pattern"] = IdPatternAttribute.Pattern },
            ["patternProperties"] = new JsonObject { [IdPatternAttribute.Pattern] = variant },
        };
    }
}
