using Sihui.ChainSim.Scenarios.Loading.Tree;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sihui.ChainSim.Scenarios.Loading.Reading;

/// <summary>
/// Second stage: turns YAML text into a <see cref="YamlNode"/> tree from parser events, so every node keeps its mark.
/// Aliases are expanded as copies, but only after their cost is known, so alias bombs are refused cheaply.
/// </summary>
public sealed class YamlTreeReader
{
    public const int MaxDepth = 64;
    // Room for a 50,000-enterprise scenario (about 1.2 million nodes); what it stops is alias expansion.
    public const long MaxNodes = 4_000_000;

    private readonly IParser parser;
    private readonly string file;
    private readonly ErrorList errors;
    private readonly Dictionary<string, Anchored> anchors = new(StringComparer.Ordinal);
    private long nodeCount;

    private YamlTreeReader(string text, string file, ErrorList errors)
    {
        parser = new GuardedParser(new Parser(new StringReader(text)));
        this.file = file;
        this.errors = errors;
    }

    /// <summary>Parses one YAML document; null when the text is refused (the reason is in <paramref name="errors"/>).</summary>
    public static YamlNode? Read(string text, string file, ErrorList errors)
    {
        var reader = new YamlTreeReader(text, file, errors);
        try
        {
            return reader.ReadStream();
        }
        catch (TreeRefusedException refused)
        {
            errors.Add(refused.Error);
        }
        catch (YamlException e)
        {
            // YamlDotNet reports every syntax problem with this exception type; it is the only one we convert.
            errors.Add(new ScenarioError(file, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column), "",
                "YAML syntax error: " + StripMarks(e.Message)));
        }
        return null;
    }

    private YamlNode? ReadStream()
    {
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out var end))
        {
            errors.Add(MarkOf(end).Error("", "the file has no YAML content"));
            return null;
        }
        parser.Consume<DocumentStart>();
        var root = ReadNode(1, out _);
        parser.Consume<DocumentEnd>();
        if (parser.Accept<DocumentStart>(out var second))
        {
            throw Refuse(second, "the file holds more than one YAML document (a second '---'); a scenario is one document");
        }
        parser.Consume<StreamEnd>();
        return root;
    }

    private YamlNode ReadNode(int depth, out int height)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of the YAML stream");
        if (depth > MaxDepth)
        {
            throw Refuse(current, $"the YAML nests deeper than {MaxDepth} levels");
        }
        var before = nodeCount;
        YamlNode node;
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                return ExpandAlias(alias, depth, out height);
            case Scalar scalar:
                parser.MoveNext();
                Count(scalar);
                node = new ScalarNode(MarkOf(scalar), scalar.Value, scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty);
                height = 0;
                break;
            case SequenceStart start:
                parser.MoveNext();
                Count(start);
                node = ReadSequence(start, depth, out height);
                break;
            case MappingStart start:
                parser.MoveNext();
                Count(start);
                node = ReadMapping(start, depth, out height);
                break;
            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            anchors[anchored.Anchor.Value] = new Anchored(node, nodeCount - before, height);
        }
        return node;
    }

    private SequenceNode ReadSequence(SequenceStart start, int depth, out int height)
    {
        var items = new List<YamlNode>();
        height = 0;
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode(depth + 1, out var itemHeight));
            height = Math.Max(height, itemHeight + 1);
        }
        return new SequenceNode(MarkOf(start), items);
    }

    private MappingNode ReadMapping(MappingStart start, int depth, out int height)
    {
        var entries = new List<MappingEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        height = 0;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(depth + 1, out _);
            var value = ReadNode(depth + 1, out var valueHeight);
            height = Math.Max(height, valueHeight + 1);
            if (key is not ScalarNode scalarKey)
            {
                errors.Add(key.Mark, "", $"a key must be plain text, not {key.Describe()}");
            }
            else if (!seen.Add(scalarKey.Value))
            {
                errors.Add(key.Mark, "", $"duplicate key `{scalarKey.Value}` in this mapping");
            }
            else
            {
                entries.Add(new MappingEntry(scalarKey, value));
            }
        }
        return new MappingNode(MarkOf(start), entries);
    }

    private YamlNode ExpandAlias(AnchorAlias alias, int depth, out int height)
    {
        if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            throw Refuse(alias, $"alias *{alias.Value.Value} refers to no anchor defined before it");
        }
        if (depth + anchored.Height > MaxDepth)
        {
            throw Refuse(alias, $"alias *{alias.Value.Value} makes the YAML nest deeper than {MaxDepth} levels");
        }
        // Checked before copying, so an alias bomb stops here after linear work.
        nodeCount += anchored.Size;
        if (nodeCount > MaxNodes)
        {
            throw Refuse(alias, $"aliases expand to more than {MaxNodes:N0} nodes (an alias bomb?)");
        }
        height = anchored.Height;
        return anchored.Node.Clone();
    }

    private void Count(ParsingEvent at)
    {
        if (++nodeCount > MaxNodes)
        {
            throw Refuse(at, $"the YAML has more than {MaxNodes:N0} nodes");
        }
    }

    private TreeRefusedException Refuse(ParsingEvent at, string message) => new(MarkOf(at).Error("", message));

    private SourceMark MarkOf(ParsingEvent e) => new(file, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column));

    private static string StripMarks(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the error already carries the position.
        var at = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && at >= 0 ? message[(at + 3)..] : message;
    }

    private sealed record Anchored(YamlNode Node, long Size, int Height);
}
