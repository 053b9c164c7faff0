using System.Text;

namespace Sihui.ChainSim.Scenarios.Loading.Tree;

/// <summary>Writes a node back as one line of YAML flow text, for <see cref="Definitions.OverrideDefinition.Value"/>.</summary>
public static class FlowWriter
{
    public static string Write(YamlNode node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(YamlNode node, StringBuilder text)
    {
        switch (node)
        {
            case ScalarNode scalar:
                WriteScalar(scalar, text);
                break;
            case SequenceNode sequence:
                text.Append('[');
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    text.Append(i == 0 ? "" : ", ");
                    Write(sequence.Items[i], text);
                }
                text.Append(']');
                break;
            case MappingNode mapping:
                text.Append('{');
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    text.Append(i == 0 ? "" : ", ");
                    WriteScalar(mapping.Entries[i].Key, text);
                    text.Append(": ");
                    Write(mapping.Entries[i].Value, text);
                }
                text.Append('}');
                break;
        }
    }

    private static void WriteScalar(ScalarNode scalar, StringBuilder text)
    {
        // Plain scalars made only of safe characters round-trip as they are; anything else is double-quoted.
        if (scalar.IsPlain && scalar.Value.Length > 0 && scalar.Value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '+'))
        {
            text.Append(scalar.Value);
            return;
        }
        text.Append('"');
        foreach (var c in scalar.Value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        text.Append('"');
    }
}
