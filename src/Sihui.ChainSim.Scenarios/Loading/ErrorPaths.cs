using System.Text.RegularExpressions;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading;

/// <summary>
/// Names list items by id in error paths, as <c>--set</c> and the docs do: <c>enterprises[4].growth</c> becomes
/// <c>enterprises.jintian.growth</c>. An item without a usable, unique id keeps its index.
/// </summary>
public sealed partial class ErrorPaths
{
    /// <summary>The top-level lists whose items have an id: industries, parks, enterprises, projects, indicators, targets.</summary>
    private static readonly string[] Lists = FormatType.Of<ScenarioDefinition>().Members
        .Where(m => m.Kind == MemberKind.RecordList && FormatType.Of(m.ItemType!).Members.Any(i => i.IsId))
        .Select(m => m.Key)
        .ToArray();

    private static readonly Regex ItemPattern = new($@"(?<![\w.\]])(?:{string.Join('|', Lists)})\[\d+\]", RegexOptions.Compiled);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public ErrorPaths(YamlNode? tree)
    {
        foreach (var list in Lists)
        {
            if ((tree as MappingNode)?.Get(list) is not SequenceNode sequence)
            {
                continue;
            }
            var ids = sequence.Items.Select(item => (item as MappingNode)?.Get("id") is ScalarNode id && IdPattern().IsMatch(id.Value) ? id.Value : null).ToList();
            // Counted once, not per item: a list may hold tens of thousands of enterprises.
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var id in ids.OfType<string>())
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
            for (var i = 0; i < ids.Count; i++)
            {
                if (ids[i] is { } id && counts[id] == 1)
                {
                    _names[$"{list}[{i}]"] = $"{list}.{id}";
                }
            }
        }
    }

    public string Name(string path) =>
        path.Contains('[', StringComparison.Ordinal) ? ItemPattern.Replace(path, m => _names.GetValueOrDefault(m.Value, m.Value)) : path;

    public IEnumerable<ScenarioError> Name(IEnumerable<ScenarioError> errors) => errors.Select(e => e with { Path = Name(e.Path) });

    [GeneratedRegex(IdPatternAttribute.Pattern)]
    private static partial Regex IdPattern();
}
