using System.Globalization;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Analysis.Notes;

public sealed partial class NoteWords
{
    /// <summary>English: the text the JSON's <c>note</c> and <c>notes</c> fields have always carried.</summary>
    public static NoteWords En { get; } = new()
    {
        Language = ScenarioLanguage.En,
        HistoryMetric = metric => metric,
        Codes = new Dictionary<string, Func<AnalysisNote, string>>
        {
            ["nominal_as_real"] = n => $"{n.Text("industry")}: no price_index for both ends of {Spans(n, "years")}; its firms' nominal growth there is taken as real",
            ["no_enterprise_history"] = n => $"{Plural(n.Texts("enterprises").Count, "enterprise")} without enterprise_output history keep their values: {Names(n.Texts("enterprises"))}",
            ["shock_not_told_apart"] = n => $"{n.Text("industry")}: one firm with enough history, so its shock cannot be told from the firm's own noise; the shock is not fitted and the firm's sd holds both",
            ["macro_needs_two_industries"] = _ => "the macro shock needs two industries with fitted firms to be told apart from an industry's shock; it is not fitted, and the industry shock holds all of the common year effect",
            ["macro_needs_shared_years"] = n => $"the macro shock needs at least {n.Int("min")} years shared by two industries; it is not fitted",
            ["firm_not_fitted"] = n => $"{n.Text("enterprise")}: {Observations(n.Int("n"))} and no fitted firm in {n.Text("industry")} to fall back to; not fitted",
            ["firm_takes_industry"] = n => $"{n.Text("enterprise")}: {Observations(n.Int("n"))}, fewer than {n.Int("min")}; it takes {n.Text("industry")}'s mean and sd",
            ["industry_fallback"] = n => $"{n.Text("industry")}'s fit: only {n.Int("n")} growth observations of its own",
            ["indicator_not_fitted"] = n => $"indicator {n.Text("indicator")}: fewer than {n.Int("min")} yearly changes; not fitted",
            ["value_undefined"] = n => $"{n.Text("path")}: the history leaves it undefined; not set",
            ["metrics_unused"] = n => $"{string.Join(", ", n.Texts("metrics"))} are read and checked but fit nothing yet: growth is fitted from enterprise_output",
            ["price_not_fitted"] = n => $"price_index {n.Text("industry")}: fewer than {n.Int("min")} yearly changes up to {n.Int("origin")}; its price stays the file's",
            ["price_fitted"] = n => $"price_index {n.Text("industry")}: drift {Decimal(n.Number("drift"))} and volatility {Decimal(n.Number("volatility"))} fitted to {Spans(n, "years")}",
            ["nothing_calibrated"] = n => $"nothing could be calibrated on the history{(n.Has("origin") ? $" up to {n.Int("origin")}" : "")}; growth, shocks and indicator changes are the file's",
            ["not_in_backcast"] = n => $"{(n.Text("id").Length == 0 ? n.Text("metric") : $"{n.Text("metric")} {n.Text("id")}")}: not in the backcast from {n.Int("origin")} (its figures or its enterprises start later)",
            ["no_backcast_start"] = n => $"no enterprise_output before the base year {n.Int("base_year")} to start a backcast from",
            ["backcast_failed"] = n => n.Text("message"),
            ["origin_skipped"] = n => $"origin {n.Int("origin")} skipped: the history gives no enterprise_output in {n.Int("origin")} for any enterprise of {n.Text("scenario")}, so there is nothing to forecast from",
            ["dropped_no_figure"] = n => $"{From(n)}{n.Text("source")}: {EnLabel(n)} (dropped: no figure at the origin)",
            ["dropped_no_level"] = n => $"{From(n)}{n.Text("source")}: {EnLabel(n)} (dropped: no level at the origin)",
            ["total_incomplete"] = n => $"{From(n)}{n.Text("source")}: {EnLabel(n)} (the rebased scenario lacks some of its enterprises, so its total is not the same thing)",
            ["no_price_forecast"] = n => $"{From(n)}{n.Text("source")}: {EnLabel(n)} (a run forecasts no price index)",
            ["no_forecast"] = n => $"{From(n)}{n.Text("source")}: {EnLabel(n)} (no forecast of {n.Text("forecast_metric")} in {n.Int("year")})",
            ["absent_from_file"] = n => $"{n.Text("path")} is set only in {n.Text("column")} and is absent from the file, so its effect stays in the interaction",
        },
    };

    private static string From(AnalysisNote n) => n.Has("from") ? $"from {n.Int("from")}: " : "";

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Observations(int n) => n == 1 ? "1 growth observation" : $"{n} growth observations";

    private static string Names(IReadOnlyList<string> ids) => ids.Count <= 8 ? string.Join(", ", ids) : string.Join(", ", ids.Take(8)) + $" and {ids.Count - 8} more";

    private static string Decimal(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
