using System.Globalization;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Reads plain YAML scalars as numbers; quoted text is never a number, so "0.5" in quotes is flagged.</summary>
public static class Scalars
{
    public static bool TryNumber(YamlNode node, out double value)
    {
        value = 0;
        return node is ScalarNode { IsPlain: true } scalar
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    public static bool TryLong(YamlNode node, out long value)
    {
        value = 0;
        return node is ScalarNode { IsPlain: true } scalar
            && long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryInt(YamlNode node, out int value)
    {
        value = 0;
        if (!TryLong(node, out var wide) || wide is < int.MinValue + 1 or > int.MaxValue)
        {
            return false;
        }
        value = (int)wide;
        return true;
    }

    /// <summary>Only plain `true` or `false`: YAML 1.1's yes/no/on/off are refused, as they surprise people.</summary>
    public static bool TryFlag(YamlNode node, out bool value)
    {
        value = node is ScalarNode { IsPlain: true, Value: "true" };
        return value || node is ScalarNode { IsPlain: true, Value: "false" };
    }

    public static bool IsNull(YamlNode? node) => node is null or ScalarNode { IsNull: true };
}
