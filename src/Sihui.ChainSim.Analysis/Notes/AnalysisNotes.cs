namespace Sihui.ChainSim.Analysis.Notes;

/// <summary>
/// Every note the analyses give, declared once: its code and the values it carries (docs/analysis.md, "Notes"). The
/// codes and value names are a contract of the JSON: add new ones, never rename.
/// </summary>
public static class AnalysisNotes
{
    // Calibration.
    public static AnalysisNote NominalAsReal(string industry, IEnumerable<int> years) =>
        Of("nominal_as_real", ("industry", industry), ("years", Sorted(years)));

    public static AnalysisNote NoEnterpriseHistory(IReadOnlyList<string> enterprises) =>
        Of("no_enterprise_history", ("enterprises", enterprises.ToList()));

    public static AnalysisNote ShockNotToldApart(string industry) => Of("shock_not_told_apart", ("industry", industry));

    public static AnalysisNote MacroNeedsTwoIndustries() => Of("macro_needs_two_industries");

    public static AnalysisNote MacroNeedsSharedYears(int years) => Of("macro_needs_shared_years", ("min", years));

    public static AnalysisNote FirmNotFitted(string enterprise, int n, string industry) =>
        Of("firm_not_fitted", ("enterprise", enterprise), ("n", n), ("industry", industry));

    public static AnalysisNote FirmTakesIndustry(string enterprise, int n, int min, string industry) =>
        Of("firm_takes_industry", ("enterprise", enterprise), ("n", n), ("min", min), ("industry", industry));

    /// <summary>A fitted parameter's note: the value is its industry's, since the firm has too few observations of its own.</summary>
    public static AnalysisNote IndustryFallback(string industry, int n) => Of("industry_fallback", ("industry", industry), ("n", n));

    public static AnalysisNote IndicatorNotFitted(string indicator, int min) => Of("indicator_not_fitted", ("indicator", indicator), ("min", min));

    public static AnalysisNote ValueUndefined(string path) => Of("value_undefined", ("path", path));

    public static AnalysisNote MetricsUnused(IReadOnlyList<string> metrics) => Of("metrics_unused", ("metrics", metrics.ToList()));

    // Rebasing (backtest and the level backcast).
    public static AnalysisNote PriceNotFitted(string industry, int min, int origin) =>
        Of("price_not_fitted", ("industry", industry), ("min", min), ("origin", origin));

    public static AnalysisNote PriceFitted(string industry, double drift, double volatility, IEnumerable<int> years) =>
        Of("price_fitted", ("industry", industry), ("drift", Math.Round(drift, 4, MidpointRounding.AwayFromZero)), ("volatility", Math.Round(volatility, 4, MidpointRounding.AwayFromZero)), ("years", Sorted(years)));

    /// <summary>Nothing fitted; <paramref name="origin"/> is the last year fitted on, null when the whole history was.</summary>
    public static AnalysisNote NothingCalibrated(int? origin) =>
        origin is { } o ? Of("nothing_calibrated", ("origin", o)) : Of("nothing_calibrated");

    public static AnalysisNote NotInBackcast(string metric, string id, int origin) =>
        Of("not_in_backcast", ("metric", metric), ("id", id), ("origin", origin));

    // Why there is no level backcast.
    public static AnalysisNote NoBackcastStart(int baseYear) => Of("no_backcast_start", ("base_year", baseYear));

    /// <summary>The rebased scenario could not be run; the message is the library's and stays in English.</summary>
    public static AnalysisNote BackcastFailed(string message) => Of("backcast_failed", ("message", message));

    // Actuals not scored (score and backtest); a backtest's carry the origin they were forecast from as "from".
    public static AnalysisNote OriginSkipped(int origin, string scenario) => Of("origin_skipped", ("origin", origin), ("scenario", scenario));

    public static AnalysisNote DroppedNoFigure(int from, string source, string metric, string id, int year) =>
        Actual("dropped_no_figure", from, source, metric, id, year);

    public static AnalysisNote DroppedNoLevel(int from, string source, string metric, string id, int year) =>
        Actual("dropped_no_level", from, source, metric, id, year);

    public static AnalysisNote TotalIncomplete(int from, string source, string metric, string id, int year) =>
        Actual("total_incomplete", from, source, metric, id, year);

    public static AnalysisNote NoPriceForecast(string source, string metric, string id, int year) =>
        Actual("no_price_forecast", null, source, metric, id, year);

    public static AnalysisNote NoForecast(string source, string metric, string id, int year, string forecastMetric) =>
        With(Actual("no_forecast", null, source, metric, id, year), "forecast_metric", forecastMetric);

    /// <summary>An unscored actual's note, as a backtest from <paramref name="origin"/> gives it.</summary>
    public static AnalysisNote FromOrigin(AnalysisNote note, int origin)
    {
        var values = new Dictionary<string, object> { ["from"] = origin };
        foreach (var (key, value) in note.Values.Where(v => v.Key != "from"))
        {
            values[key] = value;
        }
        return note with { Values = values };
    }

    // The gap explanation.
    public static AnalysisNote AbsentFromFile(string path, string column) => Of("absent_from_file", ("path", path), ("column", column));

    private static AnalysisNote Actual(string code, int? from, string source, string metric, string id, int year)
    {
        var values = new Dictionary<string, object>();
        if (from is { } f)
        {
            values["from"] = f;
        }
        values["source"] = source;
        values["metric"] = metric;
        values["id"] = id;
        values["year"] = year;
        return new AnalysisNote(code, values);
    }

    private static AnalysisNote With(AnalysisNote note, string key, object value) =>
        note with { Values = new Dictionary<string, object>(note.Values) { [key] = value } };

    private static AnalysisNote Of(string code, params (string Key, object Value)[] values) =>
        new(code, values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));

    private static List<int> Sorted(IEnumerable<int> years) => years.Distinct().Order().ToList();
}
