using System.Text.Json;

namespace Sihui.ChainSim.Web.Analyses;

/// <summary>Reads one field of a request body; a value of the wrong kind is named in the errors, null is absent.</summary>
internal static class JsonFields
{
    public static string? Text(JsonElement value, string field, IDictionary<string, string[]> errors, string what)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }
        if (value.ValueKind != JsonValueKind.Null)
        {
            errors[field] = [$"{Last(field)} must be a string naming {what}"];
        }
        return null;
    }

    public static double? Number(JsonElement value, string field, IDictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
        {
            return number;
        }
        if (value.ValueKind != JsonValueKind.Null)
        {
            errors[field] = [$"{Last(field)} must be a finite number"];
        }
        return null;
    }

    public static int? WholeNumber(JsonElement value, string field, IDictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }
        if (value.ValueKind != JsonValueKind.Null)
        {
            errors[field] = [$"{Last(field)} must be a whole number"];
        }
        return null;
    }

    public static ulong? Seed(JsonElement value, IDictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var seed))
        {
            return seed;
        }
        if (value.ValueKind != JsonValueKind.Null)
        {
            errors["seed"] = ["seed must be a whole number from 0 to 18446744073709551615"];
        }
        return null;
    }

    /// <summary>A list of strings (null when absent); an item of another kind is named by its index.</summary>
    public static List<string>? Texts(JsonElement value, string field, IDictionary<string, string[]> errors, int most)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors[field] = [$"{field} must be a list of strings"];
            return null;
        }
        if (value.GetArrayLength() > most)
        {
            errors[field] = [$"at most {most} items"];
            return null;
        }
        var items = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text)
            {
                items.Add(text);
            }
            else
            {
                errors[$"{field}[{index}]"] = ["each item must be a non-empty string"];
            }
            index++;
        }
        return items;
    }

    private static string Last(string field) => field.LastIndexOf('.') is var i and >= 0 ? field[(i + 1)..] : field;
}
