using System.Text.Json.Nodes;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>Writes one record's schema, and the records it holds into <c>$defs</c>, one shape per <see cref="MemberKind"/>.</summary>
internal sealed class SchemaBuilder(JsonObject defs)
{
    private const string YearPattern = "^-?[0-9]+$";

    public JsonObject Object(FormatType format)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        AddMembers(format, format.IsPositional ? null : format.Defaults(), properties, required);
        var schema = new JsonObject { ["type"] = "object" };
        if (format.Description is { } description)
        {
            schema["description"] = description;
        }
        schema["additionalProperties"] = false;
        schema["properties"] = properties;
        if (required.Count > 0)
        {
            schema["required"] = required;
        }
        if (format.OneOf is { } oneOf)
        {
            schema["oneOf"] = new JsonArray(Requires(oneOf.First), Requires(oneOf.Second));
        }
        return schema;
    }

    private void AddMembers(FormatType format, object? defaults, JsonObject properties, JsonArray required)
    {
        foreach (var member in format.Members)
        {
            if (member.Kind == MemberKind.Flattened)
            {
                AddMembers(FormatType.Of(member.ItemType!), member.Property.GetValue(defaults), properties, required);
                continue;
            }
            var schema = Member(member);
            if (member.Description is { } description)
            {
                schema["description"] = description;
            }
            if (!member.Required && defaults is not null && (Default(member.Property.GetValue(defaults)) ?? Default(member.DeclaredDefault)) is { } value)
            {
                schema["default"] = value;
            }
            properties[member.Key] = schema;
            if (member.RequiredKey)
            {
                required.Add(member.Key);
            }
        }
    }

    private JsonObject Member(FormatMember m) => m.Kind switch
    {
        MemberKind.Text when m.IsId => Ref("id"),
        MemberKind.Text => m.SchemaPattern is { } pattern ? new() { ["type"] = "string", ["pattern"] = pattern } : new() { ["type"] = "string" },
        MemberKind.Number => Ranged(new() { ["type"] = "number" }, m),
        MemberKind.Flag => new() { ["type"] = "boolean" },
        MemberKind.Integer => Ranged(new() { ["type"] = "integer" }, m),
        MemberKind.Enum => new() { ["type"] = "string", ["enum"] = new JsonArray(Enum.GetNames(m.ItemType!).Select(n => (JsonNode)FormatType.SnakeCase(n)).ToArray()) },
        MemberKind.Distribution => Ref(m.YearlyDraw ? "yearly_dist" : "dist"),
        MemberKind.YearMap => Map(YearPattern, m),
        MemberKind.NameMap => Map(IdPatternAttribute.Pattern, m),
        MemberKind.NumberList => List(m),
        MemberKind.Record => Record(m.ItemType!),
        MemberKind.RecordList => new() { ["type"] = "array", ["items"] = Record(m.ItemType!) },
        MemberKind.RecordMap => RecordMap(m),
        MemberKind.Variants => SpecialValueSchema.Variants(),
        _ => throw new NotSupportedException(m.Kind.ToString()),
    };

    private JsonObject Record(Type type)
    {
        var name = DefName(type);
        if (!defs.ContainsKey(name))
        {
            defs[name] = null; // reserved first, so a record that holds its own kind cannot recurse forever
            defs[name] = Object(FormatType.Of(type));
        }
        return Ref(name);
    }

    /// <summary>Name → record; the names follow the member's schema pattern, or the id pattern.</summary>
    private JsonObject RecordMap(FormatMember m)
    {
        var keyPattern = m.SchemaPattern ?? IdPatternAttribute.Pattern;
        return new()
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["propertyNames"] = new JsonObject { ["pattern"] = keyPattern },
            ["patternProperties"] = new JsonObject { [keyPattern] = Record(m.ItemType!) },
        };
    }

    private static JsonObject List(FormatMember m)
    {
        var list = new JsonObject { ["type"] = "array", ["items"] = Ranged(new() { ["type"] = "number" }, m) };
        if (m.NotEmpty is not null)
        {
            list["minItems"] = 1;
        }
        if (m.ExactLength is { } exact)
        {
            list["minItems"] = exact.Length;
            list["maxItems"] = exact.Length;
        }
        return list;
    }

    private static JsonObject Map(string keyPattern, FormatMember m) => new()
    {
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["propertyNames"] = new JsonObject { ["pattern"] = keyPattern },
        ["patternProperties"] = new JsonObject { [keyPattern] = Ranged(new() { ["type"] = "number" }, m) },
    };

    internal static JsonObject Ranged(JsonObject schema, RangeAttribute? range)
    {
        if (range is null)
        {
            return schema;
        }
        if (double.IsFinite(range.Min))
        {
            schema[range.MinExcluded ? "exclusiveMinimum" : "minimum"] = range.Min;
        }
        if (double.IsFinite(range.Max))
        {
            schema[range.MaxExcluded ? "exclusiveMaximum" : "maximum"] = range.Max;
        }
        return schema;
    }

    private static JsonObject Ranged(JsonObject schema, FormatMember m) => Ranged(schema, m.Range);

    private static JsonNode? Default(object? value) => value switch
    {
        double d => d,
        bool b => b,
        int i => i,
        ulong u => u,
        string { Length: > 0 } s => s,
        Enum e => FormatType.SnakeCase(e.ToString()),
        ConstantDistribution c => c.Value,
        IReadOnlyList<double> list => new JsonArray(list.Select(x => (JsonNode)x).ToArray()),
        _ => null,
    };

    private static JsonObject Requires(string key) => new() { ["required"] = new JsonArray(key) };

    internal static JsonObject Ref(string name) => new() { ["$ref"] = $"#/$defs/{name}" };

    /// <summary>"ChainMasterDefinition" → "chainMaster".</summary>
    private static string DefName(Type type)
    {
        var name = type.Name.EndsWith("Definition", StringComparison.Ordinal) ? type.Name[..^"Definition".Length] : type.Name;
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
