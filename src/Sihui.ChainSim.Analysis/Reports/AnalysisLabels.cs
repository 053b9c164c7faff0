using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.Sensitivity;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Analysis.Reports;

/// <summary>
/// Copies of analysis results with the names a person reads (targets, industries, parks, the gap's sentence) in the
/// report language, for Markdown, console and charts. The JSON is always written from the original.
/// </summary>
public static class AnalysisLabels
{
    /// <summary>Targets and metrics under their name_zh / name_en, from the columns' scenarios.</summary>
    public static ComparisonResult In(ComparisonResult comparison, AnalysisWords words)
    {
        var definitions = comparison.Outcomes.Select(o => o.Scenario.Definition).ToList();
        string TargetName(TargetComparison t) =>
            definitions.SelectMany(d => d.Targets).FirstOrDefault(d => d.Id == t.TargetId)?.Label(words.Language) ?? t.Name;
        string MetricName(MetricComparison m) => m.Metric == MetricNames.TotalOutput
            ? words.Report.TotalOutput
            : definitions.SelectMany(d => d.Industries).FirstOrDefault(i => MetricNames.IndustryOutput(i.Id) == m.Metric)?.Label(words.Language) ?? m.Name;
        return comparison with
        {
            Targets = comparison.Targets.Select(t => t with { Name = TargetName(t) }).ToList(),
            Metrics = comparison.Metrics.Select(m => m with { Name = MetricName(m) }).ToList(),
        };
    }

    /// <summary>Industries and parks under their names in the language (from <paramref name="scenario"/>, the gap's first column), the sentence reworded.</summary>
    public static GapExplanation In(GapExplanation gap, ScenarioDefinition? scenario, AnalysisWords words)
    {
        OutputSplit Named(OutputSplit split, IEnumerable<NamedId> labelled)
        {
            var names = labelled.ToDictionary(l => l.Id, l => l.Label, StringComparer.Ordinal);
            return split with
            {
                Parts = split.Parts.Select(p => p with { Name = names.GetValueOrDefault(p.Id, p.Name) }).ToList(),
                Remainder = split.Remainder with { Name = words.RemainderName(split.Remainder.Id, split.Remainder.Name) },
            };
        }
        var byIndustry = Named(gap.ByIndustry, scenario?.Industries.Select(i => new NamedId(i.Id, i.Label(words.Language))) ?? []);
        var byPark = Named(gap.ByPark, scenario?.Parks.Select(p => new NamedId(p.Id, p.Label(words.Language))) ?? []);
        return gap with
        {
            ByIndustry = byIndustry,
            ByPark = byPark,
            Sentence = GapSentence.Of(gap.To, gap.From, gap.Year, byPark, words.Report),
        };
    }

    /// <summary>The tornado's target under its name in the language.</summary>
    public static SensitivityResult In(SensitivityResult tornado, ScenarioDefinition? scenario, AnalysisWords words) =>
        tornado with { TargetName = scenario?.Targets.FirstOrDefault(t => t.Id == tornado.TargetId)?.Label(words.Language) ?? tornado.TargetName };

    /// <summary>A tunable's label in the language: label_zh in Chinese where given; in English the label, with label_zh beside it.</summary>
    public static string Of(TornadoBar bar, AnalysisWords words) => words.Language == ScenarioLanguage.Zh
        ? bar.LabelZh ?? bar.Label
        : bar.LabelZh is { } zh ? $"{bar.Label} {zh}" : bar.Label;

    private sealed record NamedId(string Id, string Label);
}
