using Sihui.ChainSim.Analysis.GoalSeek;
using Sihui.ChainSim.Analysis.Notes;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Analysis.Reports;

/// <summary>
/// Every word a person reads in the output of compare, sensitivity, goal-seek, score, backtest and calibrate (Markdown,
/// console tables and chart labels), in one language: <see cref="En"/> (AnalysisWords.En.cs) and <see cref="Zh"/>
/// (AnalysisWords.Zh.cs). Words a run's report shares (target, metric, year, probability…) come from <see cref="Report"/>.
/// Machine-readable output (*.json, --json, CSV) never uses these.
/// </summary>
public sealed partial class AnalysisWords
{
    public required ScenarioLanguage Language { get; init; }

    /// <summary>The run report's words in the same language.</summary>
    public ReportWords Report => ReportWords.For(Language);

    // Shared by every analysis.
    /// <summary>What goes between two sentences: a space in English, nothing in Chinese.</summary>
    public required string SentenceGap { get; init; }
    public required Func<string, string> Parenthesized { get; init; }

    /// <summary>Between names in a list: ", " in English, "、" in Chinese.</summary>
    public required string NameSeparator { get; init; }
    public required Func<string, int, string> MetricInYear { get; init; }
    public required string BaseCaseAsWritten { get; init; }
    public required string BaseCaseChanged { get; init; }
    public required Func<int, string, string, string, string, string, string> Conditioned { get; init; }
    public required string Parameter { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string NotAvailable { get; init; }
    public required string Note { get; init; }
    public required Func<IReadOnlyList<string>, string, string> Wrote { get; init; }
    public required Func<string, string> ChartFiles { get; init; }
    public required string TheCharts { get; init; }
    public required string DeltaMean { get; init; }

    // Sensitivity.
    public required Func<string, string> WhatMoves { get; init; }
    public required Func<string, string, string> SensitivityBase { get; init; }
    public required Func<string, ulong, int, string, string> SensitivityRuns { get; init; }
    public required string RankedBy { get; init; }
    public required string Rank { get; init; }
    public required string Low { get; init; }
    public required string High { get; init; }
    public required string LowToHigh { get; init; }
    public required string ProbabilityLowHigh { get; init; }
    public required string P50LowHigh { get; init; }
    public required string EssLowHigh { get; init; }
    public required string TornadoProbability { get; init; }
    public required Func<string, int, string> P50Of { get; init; }
    public required Func<string, string> ProbabilityOf { get; init; }
    public required string LowEnd { get; init; }
    public required string HighEnd { get; init; }

    // Comparison and the gap explanation.
    public required Func<string, string, string> AlsoSets { get; init; }
    public required string PMetCi { get; init; }
    public required string MainMetricsP50 { get; init; }
    public required string ChanceByScenario { get; init; }
    public required string ProbabilityPercent { get; init; }
    public required Func<string, string, string> GapHeading { get; init; }
    public required Func<string, string, string, string, string, string, string, string> GapChange { get; init; }
    public required Func<string, string> EachAlone { get; init; }
    public required string Assumption { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string FileValue { get; init; }
    public required string NotValidAlone { get; init; }
    public required string Interaction { get; init; }
    public required string Total { get; init; }
    public required Func<int, string> MeanOutputByIndustry { get; init; }
    public required Func<int, string> MeanOutputByPark { get; init; }
    public required string IndustryRounding { get; init; }
    public required string LinkagesAndUnassigned { get; init; }

    // Goal-seek.
    public required Func<string, string, string, string> GoalSeekHeading { get; init; }
    public required Func<string, string, string, string, string, string> Unreachable { get; init; }
    public required Func<bool, string, string, string> ReachedAtEnd { get; init; }
    public required Func<bool, string, string, string, string, string> Found { get; init; }
    public required string Reached { get; init; }
    public required string NotReachable { get; init; }
    /// <summary>What follows "Reached" and "Not reachable", with the joining punctuation.</summary>
    public required Func<string, string, string, string, string> ReachedLine { get; init; }
    public required Func<string, string, string, string, string, string> NotReachableLine { get; init; }
    public required Func<string, string, string, int, string, ulong, string> GoalSeekRuns { get; init; }
    public required string Range { get; init; }
    public required string Tolerance { get; init; }
    public required string Direction { get; init; }
    public required string Runs { get; init; }
    public required string Step { get; init; }
    public required string ValuesTried { get; init; }
    public required string Increasing { get; init; }
    public required string Decreasing { get; init; }
    public required string Flat { get; init; }

    // Score and backtest.
    public required string ForecastsAgainstActuals { get; init; }
    public required string Actual { get; init; }
    public required string InsideP10P90 { get; init; }
    public required string P50Error { get; init; }
    public required Func<int, string> Actuals { get; init; }
    public required Func<string, string, string, string> Coverage { get; init; }
    public required Func<string, string> MeanPitText { get; init; }
    public required Func<string, string> MeanCrpsText { get; init; }
    public required string PitHistogram { get; init; }
    public required string NotScored { get; init; }
    public required Func<int, string, string> PitTitle { get; init; }
    public required string Calibrated { get; init; }
    public required string PitAxis { get; init; }
    public required string ActualsAxis { get; init; }
    public required Func<int, int, int, string> OriginsTitle { get; init; }
    public required string Origin { get; init; }
    public required string EnterprisesKeptDropped { get; init; }
    public required string ProjectsKeptDropped { get; init; }
    public required string ParametersFitted { get; init; }
    public required string ActualsScored { get; init; }
    public required string ScoresByHorizon { get; init; }
    public required string YearsAhead { get; init; }
    public required string MeanPit { get; init; }
    public required string MeanCrps { get; init; }
    public required string All { get; init; }
    public required Func<int, string, int, string> BacktestLead { get; init; }
    public required string SharedShocks { get; init; }
    public required Func<int, string> FromOrigin { get; init; }
    public required Func<int, string, string> MoreNotScored { get; init; }
    public required Func<string, int, string> CoverageTitle { get; init; }
    public required string YearsAheadAxis { get; init; }
    public required string InsideAxis { get; init; }
    public required string CoverageLegend { get; init; }

    // Calibrate.
    public required Func<string, string> FittedTo { get; init; }
    public required string StandardError { get; init; }
    public required Func<int, string> Firms { get; init; }
    public required string OneFirm { get; init; }
    public required string NotFitted { get; init; }
    public required Func<string, string, string, string, string, string, string, string> IndustryFit { get; init; }
    public required Func<string, string> LevelBackcastNotRun { get; init; }
    public required string NothingToBackcast { get; init; }
    public required Func<int, string> HistoryAgainstFan { get; init; }
    public required string Series { get; init; }
    public required string History { get; init; }
    public required string Inside { get; init; }
    public required Func<int, int, string> LevelBackcastSummary { get; init; }
    public required Func<int, string> TableShowsFirst { get; init; }
    public required Func<bool, string, string, string> VariantWritten { get; init; }
    public required Func<string, string> RealGrowthTitle { get; init; }
    public required string RealGrowthAxis { get; init; }
    public required string FittedP10P90 { get; init; }
    public required Func<int, int, string> HistoryInside { get; init; }

    public static AnalysisWords For(ScenarioLanguage language) => language == ScenarioLanguage.En ? En : Zh;

    /// <summary>A goal-seek direction in words.</summary>
    public string DirectionOf(GoalSeekDirection direction) => direction switch
    {
        GoalSeekDirection.Increasing => Increasing,
        GoalSeekDirection.Decreasing => Decreasing,
        _ => Flat,
    };

    /// <summary>
    /// The goal-seek's answer in a sentence. The result says which case it is: not reached (the best is at the end the
    /// probability grows towards), reached at the end where the search starts, or found by bisection in between.
    /// </summary>
    public string GoalSeekMessage(GoalSeekResult result)
    {
        var decreasing = result.Direction == GoalSeekDirection.Decreasing;
        var (min, max) = (ReportText.Parameter(result.Min), ReportText.Parameter(result.Max));
        var (probability, wanted) = (ReportText.Percent(result.Probability), ReportText.Percent(result.WantedProbability));
        if (result.Value is not { } value)
        {
            return Unreachable(min, max, probability, decreasing ? min : max, wanted);
        }
        if (value == (decreasing ? result.Max : result.Min))
        {
            return ReachedAtEnd(value == result.Min, probability, ReportText.Parameter(value));
        }
        return Found(decreasing, wanted, ReportText.Parameter(value), ReportText.Parameter(result.Tolerance), probability);
    }

    /// <summary>"yes" or "no".</summary>
    public string YesNo(bool value) => value ? Yes : No;

    /// <summary>The remainder of a split of total output, named for the reader.</summary>
    public string RemainderName(string id, string name) => id switch
    {
        "rounding" => IndustryRounding,
        "linkages_and_unassigned" => LinkagesAndUnassigned,
        _ => name,
    };

    /// <summary>
    /// The files of an output set for the "Wrote … to DIR" line: each file by name, then the charts (PNG and SVG) by
    /// name, or as "the charts" when there are more than three.
    /// </summary>
    public IReadOnlyList<string> Files(IEnumerable<string> names)
    {
        var all = names.ToList();
        static bool IsImage(string name) => name.EndsWith(".png", StringComparison.Ordinal) || name.EndsWith(".svg", StringComparison.Ordinal);
        var charts = all.Where(IsImage).Select(System.IO.Path.GetFileNameWithoutExtension).Distinct().ToList();
        var files = all.Where(n => !IsImage(n)).ToList();
        if (charts.Count > 0)
        {
            files.Add(ChartFiles(charts.Count > 3 ? TheCharts : string.Join(NameSeparator, charts)));
        }
        return files;
    }

    /// <summary>A line of notes: "Note: …".</summary>
    public string NoteLine(string note) => Note + Report.Colon + note;

    /// <summary>The wording of the analyses' notes in the same language.</summary>
    public NoteWords Notes => NoteWords.For(Language);

    /// <summary>A note in this language.</summary>
    public string Say(AnalysisNote note) => Notes.Say(note);

    /// <summary>A line of notes in this language: "注：…".</summary>
    public string NoteLine(AnalysisNote note) => NoteLine(Say(note));
}
