using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Analysis.Runs;

/// <summary>A parameter to vary: its path, a label, its current value and its range (from tunable metadata, or ±20% of the current value).</summary>
public sealed record ParameterRange(string Path, string Label, string? LabelZh, double Current, double Low, double High, bool FromTunable)
{
    /// <summary>The share of the current value used on each side when the scenario gives no range.</summary>
    public const double DefaultSpread = 0.2;

    /// <summary>Every tunable of the column's scenario, in file order.</summary>
    public static IReadOnlyList<ParameterRange> AllTunables(LabelledRun column) =>
        Resolve(column, ScenarioCompiler.Load(column.Request).Tunables.Select(t => t.Path));

    /// <summary>
    /// The ranges of the given paths: a tunable's min and max when the path is a tunable, else ±20% of its current value.
    /// Throws <see cref="ArgumentException"/> for a path that does not hold a plain number.
    /// </summary>
    public static IReadOnlyList<ParameterRange> Resolve(LabelledRun column, IEnumerable<string> paths)
    {
        var tunables = ScenarioCompiler.Load(column.Request).Tunables;
        var asked = paths.ToList();
        var values = ScenarioPaths.ReadNumbers(column.Request.ScenarioText, asked, column.Request.LoadOptions, column.Request.FileName);
        var ranges = new List<ParameterRange>();
        for (var i = 0; i < asked.Count; i++)
        {
            var path = asked[i];
            var current = values[i] ?? throw new ArgumentException($"path {path} does not hold a plain number in {column.Label}");
            var tunable = tunables.FirstOrDefault(t => t.Path == path);
            if (tunable is not null)
            {
                ranges.Add(new ParameterRange(path, tunable.Label, tunable.LabelZh, current, tunable.Min, tunable.Max, FromTunable: true));
                continue;
            }
            var spread = Math.Abs(current) * DefaultSpread;
            ranges.Add(new ParameterRange(path, path, null, current, current - spread, current + spread, FromTunable: false));
        }
        return ranges;
    }

    /// <summary>The override text for <paramref name="value"/>: round-trip, invariant culture.</summary>
    public static string ValueText(double value) => ReportText.Exact(value);
}
