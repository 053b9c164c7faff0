using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Reports;

/// <summary>
/// Every word a person reads in report.md, report.html, the console tables and the charts, in one language. The two
/// languages live side by side in <see cref="ReportWords.En"/> and <see cref="ReportWords.Zh"/> (ReportWords.Zh.cs);
/// machine-readable output (summary.json, --json) never uses these.
/// </summary>
public sealed partial class ReportWords
{
    public required ScenarioLanguage Language { get; init; }

    /// <summary>The html lang attribute: zh-Hans or en.</summary>
    public required string HtmlLang { get; init; }

    // Verdicts.
    public required string Likely { get; init; }
    public required string Uncertain { get; init; }
    public required string Unlikely { get; init; }

    /// <summary>What the verdicts mean, with the thresholds.</summary>
    public required Func<string, string, string> VerdictRule { get; init; }

    // The run's header.
    public required string ScenarioFile { get; init; }
    public required string Variant { get; init; }
    public required string Seed { get; init; }
    public required string Trials { get; init; }
    public required string Years { get; init; }
    public required Func<int, string> BaseYearNote { get; init; }
    public required string Engine { get; init; }
    public required string MoneyNote { get; init; }
    public required string Baseline { get; init; }
    public required Func<int, string> NoVariantChanged { get; init; }
    public required Func<int, int, string> Covers { get; init; }

    // Sections.
    public required string Warnings { get; init; }
    public required string WarningsIntro { get; init; }
    public required string ChangedFromFile { get; init; }
    public required string FileAsWritten { get; init; }
    public required string Path { get; init; }
    public required string Value { get; init; }
    public required string Source { get; init; }
    public required string Targets { get; init; }
    public required string NoTargets { get; init; }
    public required string Target { get; init; }
    public required string Metric { get; init; }
    public required string Year { get; init; }
    public required string Threshold { get; init; }
    public required string PMet { get; init; }
    public required string Interval95 { get; init; }
    public required string Before { get; init; }
    public required string After { get; init; }
    public required string Verdict { get; init; }
    public required string AllTargets { get; init; }
    public required string BeforeObservations { get; init; }
    public required Func<int, string, string, string> ConditionedOn { get; init; }

    /// <summary>The console's one line on a nowcast's conditioning: rows, effective sample size, trials drawn.</summary>
    public required Func<int, string, string, string> ConditionedLine { get; init; }

    /// <summary>One observed row: where it was given, the metric, the year and the last month the figure covers.</summary>
    public required Func<string, string, string, string, string> ObservedRow { get; init; }
    public required Func<string, string, int, int, string> NotJudged { get; init; }
    public required string TimeToTarget { get; init; }
    public required string When { get; init; }
    public required string Share { get; init; }
    public required string TotalOutputByYear { get; init; }
    public required string ProjectedTotalOutputByYear { get; init; }
    public required string Mean { get; init; }
    public required string OutputByIndustryP50 { get; init; }
    public required string Industry { get; init; }
    public required string Park { get; init; }
    public required string GrowthRatesP50 { get; init; }
    public required string Rate { get; init; }
    public required string HowToRead { get; init; }
    public required string Guide { get; init; }
    public required string Charts { get; init; }
    public required string MainMetricsByYear { get; init; }
    public required string TotalOutput { get; init; }
    public required string SimulationReport { get; init; }
    public required Func<int, int, string, ulong, string> RunLine { get; init; }
    public required Func<string, string> WroteFiles { get; init; }

    /// <summary>The console's line under the scenario name: variant, seed, trials, years, engine.</summary>
    public required Func<string, string, string, string, string, string> ConsoleRunLine { get; init; }

    // Charts.
    public required string TotalOutputChart { get; init; }
    public required Func<string, string> OutputByIndustryChart { get; init; }
    public required string YearAxis { get; init; }
    public required string PercentAYear { get; init; }
    public required string TargetLegend { get; init; }
    public required string MeanWord { get; init; }

    // Time to target.
    public required Func<int, string> FirstBreach { get; init; }
    public required string NeverBreached { get; init; }
    public required string NeverMet { get; init; }
    public required Func<int, string> FirstMetRarely { get; init; }
    public required Func<string, string, string, string> FirstMet { get; init; }
    public required Func<int, string, string> HoldsEveryYear { get; init; }
    public required Func<int, string, string> NeverBy { get; init; }
    public required string Never { get; init; }

    // Time to target in narrow tables (compare).
    public required Func<int, string> ShortBreach { get; init; }
    public required string NoBreach { get; init; }
    public required Func<string, string> ShortHold { get; init; }
    public required Func<string, string> ShortNever { get; init; }

    // The gap sentence.
    public required Func<string, double, int, string, string> GapLead { get; init; }
    public required Func<string, string, string> GapPart { get; init; }
    public required string ListSeparator { get; init; }
    public required string SentenceEnd { get; init; }
    public required string Colon { get; init; }

    // Comparison.
    public required string ScenarioComparison { get; init; }
    public required string Column { get; init; }
    public required string Scenario { get; init; }
    public required string Overrides { get; init; }
    public required string Probability { get; init; }
    public required string DeltaProbability { get; init; }
    public required Func<int, ulong, string, string> ComparisonLine { get; init; }
    public required string TotalOutputByColumn { get; init; }
    public required Func<string, string, int, string, string, string> TargetHeading { get; init; }

    public static ReportWords For(ScenarioLanguage language) => language == ScenarioLanguage.En ? En : Zh;

    /// <summary>The verdict word for a probability: likely from 80%, unlikely up to 20%, otherwise uncertain.</summary>
    public string VerdictOf(double probability) => Verdicts.Of(probability) switch
    {
        "likely" => Likely,
        "unlikely" => Unlikely,
        _ => Uncertain,
    };

    /// <summary>The verdict rule with this report's thresholds filled in.</summary>
    public string VerdictRuleText => VerdictRule(ReportText.Percent(TargetRow.LikelyFrom), ReportText.Percent(TargetRow.UnlikelyUpTo));
}
