using System.Text.RegularExpressions;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Reports;

/// <summary>
/// A nowcast's observed row in the report language. The result carries each row as errors name it
/// ("obs.csv:3 (total_output 2024 through month 6)", <c>ObservedRow.Label</c>), the same in every language for the JSON;
/// a report reads the parts back and words them with <see cref="ReportWords.ObservedRow"/>.
/// </summary>
public static partial class ObservedRowText
{
    public static string In(string label, ReportWords words)
    {
        if (words.Language == ScenarioLanguage.En || RowLabel().Match(label) is not { Success: true } m)
        {
            return label;
        }
        return words.ObservedRow(m.Groups["source"].Value, m.Groups["metric"].Value, m.Groups["year"].Value, m.Groups["month"].Value);
    }

    /// <summary>Every row in the report language, joined by "; ".</summary>
    public static string Join(IEnumerable<string> labels, ReportWords words) => string.Join("; ", labels.Select(l => In(l, words)));

    [GeneratedRegex(@"^(?<source>.+) \((?<metric>\S+) (?<year>\d+) through month (?<month>\d+)\)$")]
    private static partial Regex RowLabel();
}
