using System.Text.RegularExpressions;

namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>
/// Replaces top-level sections (<c>enterprises:</c>, <c>projects:</c>) of a scenario's text and keeps every other line,
/// comments included, so a merge keeps the base's provenance notes. A section runs from its key at column 1 to the
/// next top-level key; the comment lines just above that key stay with it.
/// </summary>
public static partial class BaseSections
{
    public static string Replace(string text, IReadOnlyDictionary<string, string> sections)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var result = new List<string>(lines.Count);
        var written = new HashSet<string>();
        for (var i = 0; i < lines.Count;)
        {
            var key = TopKey().Match(lines[i]);
            if (!key.Success || !sections.TryGetValue(key.Groups[1].Value, out var section))
            {
                result.Add(lines[i++]);
                continue;
            }
            var end = i + 1;
            while (end < lines.Count && !TopKey().IsMatch(lines[end]) && !lines[end].StartsWith("---", StringComparison.Ordinal))
            {
                end++;
            }
            // Comments and blank lines at column 1 right above the next key belong to it.
            while (end > i + 1 && end <= lines.Count && (lines[end - 1].Length == 0 || lines[end - 1].StartsWith('#')))
            {
                end--;
            }
            result.Add(section.TrimEnd('\n'));
            written.Add(key.Groups[1].Value);
            i = end;
        }
        var joined = string.Join('\n', result).TrimEnd('\n') + "\n";
        foreach (var (name, section) in sections.Where(s => !written.Contains(s.Key)))
        {
            joined += "\n" + section.TrimEnd('\n') + "\n";
        }
        return joined;
    }

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)\s*:")]
    private static partial Regex TopKey();
}
