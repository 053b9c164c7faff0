using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Reports;

public sealed partial class ReportWords
{
    /// <summary>English.</summary>
    public static ReportWords En { get; } = new()
    {
        Language = ScenarioLanguage.En,
        HtmlLang = "en",
        Likely = "likely",
        Uncertain = "uncertain",
        Unlikely = "unlikely",
        VerdictRule = (likely, unlikely) => $"Verdict: likely when P(met) ≥ {likely}, unlikely when P(met) ≤ {unlikely}, otherwise uncertain.",
        ScenarioFile = "Scenario file",
        Variant = "Variant",
        Seed = "Seed",
        Trials = "Trials",
        Years = "Years",
        BaseYearNote = y => $"base year {y}",
        Engine = "Engine",
        MoneyNote = "Money is in 亿元 (100 million yuan).",
        Baseline = "(baseline)",
        NoVariantChanged = n => $"(none; {n} {(n == 1 ? "value" : "values")} changed)",
        Covers = (n, of) => $"covers {n} of {of} targets",
        Warnings = "Warnings",
        WarningsIntro = "The run went ahead, but these values look implausible:",
        ChangedFromFile = "Changed from the file",
        FileAsWritten = "Nothing: the scenario file as written.",
        Path = "Path",
        Value = "Value",
        Source = "Source",
        Targets = "Targets",
        NoTargets = "The scenario has no targets within the simulated years.",
        Target = "Target",
        Metric = "Metric",
        Year = "Year",
        Threshold = "Threshold",
        PMet = "P(met)",
        Interval95 = "95% interval",
        Before = "Before",
        After = "After",
        Verdict = "Verdict",
        AllTargets = "All targets at once",
        BeforeObservations = "Before the observations, all targets at once",
        ConditionedOn = (rows, ess, drawn) => $"**Conditioned on {rows} observation(s)**, with an effective sample size of {ess} of {drawn} trials drawn. "
            + "*Before* is the same trials unweighted; *after* (and P10–P90) weighs each trial by how well it explains the observations (docs/nowcast.md):",
        ObservedRow = (source, metric, year, month) => $"{source} ({metric} {year} through month {month})",
        ConditionedLine = (rows, ess, drawn) => $"Conditioned on {rows} observation(s): effective sample size {ess} of {drawn} trials drawn",
        NotJudged = (name, id, year, last) => $"Not judged: {name} (`{id}`, {year}) lies after the last simulated year {last}.",
        TimeToTarget = "Time to target",
        When = "When",
        Share = "Share",
        TotalOutputByYear = "Total output by year",
        ProjectedTotalOutputByYear = "Projected total output by year",
        Mean = "Mean",
        OutputByIndustryP50 = "Output by industry, median (P50)",
        Industry = "Industry",
        Park = "Park",
        GrowthRatesP50 = "Growth rates, median (P50)",
        Rate = "Rate",
        HowToRead = "How to read this",
        Guide = """
            - Each trial is one possible future, drawn from the scenario's assumptions. **P(met)** is the share of trials
              in which the target holds; the interval says how precise that share is with this many trials (more trials, narrower).
            - **P10 / P50 / P90**: in 10% of trials the metric ends below P10, in half below P50 (the median), in 90% below P90.
            - **Growth rates** are per trial, `x[t] / x[t−1] − 1` (the first year against the base year); `comparable_growth` is
              the same-basis (同口径) rate, which leaves out projects in their first producing year. See docs/model.md.
            - **Verdict**: *likely* when P(met) ≥ 80%, *unlikely* when P(met) ≤ 20%, otherwise *uncertain*.
            - **All targets at once** is the share of trials meeting every target together; it is usually lower than any single one.
            - **Time to target**: for a target to reach, the years by which 10%, 50% and 90% of trials first meet it; for a cap
              (≤), the first year any trial breaches it, and the share of trials keeping under it in every year to the target year.
            - The results are only as good as the assumptions in the scenario file; change them with `--variant` or `--set`.
            """,
        Charts = "Charts",
        MainMetricsByYear = "Main metrics by year (亿元)",
        TotalOutput = "total output",
        SimulationReport = "simulation report",
        RunLine = (baseYear, endYear, trials, seed) => $"Base year {baseYear}, simulated to {endYear}; {trials} trials, seed {seed}",
        WroteFiles = dir => $"Wrote summary.json, years.csv, report.md, run.json, report.html and the charts (PNG and SVG) to {dir}",
        ConsoleRunLine = (variant, seed, trials, years, engine) => $"variant {variant}, seed {seed}, {trials} trials, {years}, engine {engine}",
        TotalOutputChart = "Total output 总产值",
        OutputByIndustryChart = stat => $"Output by industry ({stat})",
        YearAxis = "year",
        PercentAYear = "% a year",
        TargetLegend = "target",
        MeanWord = "mean",
        FirstBreach = y => $"first breach {y}",
        NeverBreached = "never breached",
        NeverMet = "never met",
        FirstMetRarely = y => $"first met {y} at the earliest, by fewer than 10% of trials",
        FirstMet = (p10, p50, p90) => $"first met {p10} / {p50} / {p90} (P10 / P50 / P90)",
        HoldsEveryYear = (year, share) => $"holds every year to {year}: {share}",
        NeverBy = (year, share) => $"never by {year}: {share}",
        Never = "never",
        ShortBreach = y => $"breach {y}",
        NoBreach = "no breach",
        ShortHold = share => $"{share} hold",
        ShortNever = share => $"{share} never",
        GapLead = (to, amount, year, from) => $"{to} {(amount >= 0 ? "adds" : "takes")} {ReportText.Amount(Math.Abs(amount))} 亿元 "
            + $"{(amount >= 0 ? "to" : "off")} mean total output in {year} compared with {from}",
        GapPart = (amount, name) => $"{amount} from {name}",
        ListSeparator = ", ",
        SentenceEnd = ".",
        Colon = ": ",
        ScenarioComparison = "Scenario comparison",
        Column = "column",
        Scenario = "scenario",
        Overrides = "overrides",
        Probability = "probability",
        DeltaProbability = "Δ probability",
        ComparisonLine = (trials, seed, first) => $"{trials.ToString("N0", ReportText.Invariant)} trials per column, seed {seed}: every column uses the same random numbers, "
            + $"so differences come from the assumptions, not from sampling noise. Differences are to the first column, {first}.",
        TotalOutputByColumn = "Total output by column",
        TargetHeading = (name, metric, year, sign, threshold) => $"{name} — {metric} in {year} {sign} {threshold}",
    };
}
