using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Contracts;

/// <summary>
/// What to run, the one record every entry point builds and every engine takes: the scenario's text (silos compile it
/// themselves), how to load it (variant, overrides, the saved variants beside the file), trials, seed and last year.
/// </summary>
/// <remarks>
/// The engine is not part of the request: the caller picks it when it creates the runner. Orleans carries the request
/// to the grains as JSON (see the grains' serializer setup), so everything here must round-trip through System.Text.Json.
/// </remarks>
public sealed record RunRequest
{
    /// <summary>The scenario file's YAML text, exactly as read.</summary>
    public required string ScenarioText { get; init; }

    /// <summary>The file name used in error messages.</summary>
    public required string FileName { get; init; }

    /// <summary>The variant, the <c>--set</c> overrides and the saved variants to load the text with.</summary>
    public ScenarioLoadOptions LoadOptions { get; init; } = new();

    /// <summary>Trials; null takes the file's <c>trials</c>.</summary>
    public int? Trials { get; init; }

    /// <summary>Seed; null takes the file's <c>seed</c>.</summary>
    public ulong? Seed { get; init; }

    /// <summary>The last simulated year; null runs to the file's <c>end_year</c>.</summary>
    public int? Until { get; init; }

    /// <summary>
    /// An observations CSV file's text (<c>metric,year,through_month,value,growth_yoy</c>) to condition the run on, and the
    /// file name its errors name; null conditions on the scenario's own <c>observations:</c> list (none: a plain run).
    /// A scenario with its own list refuses a CSV file, so the two never mix.
    /// </summary>
    public string? ObservationsCsv { get; init; }

    /// <summary>
    /// An observations workbook's bytes (.xlsx, its first sheet with the CSV file's columns), read by the same table reader
    /// as the CSV text; at most one of the two is given. A scenario with its own list refuses it as it refuses a CSV file.
    /// </summary>
    public byte[]? ObservationsXlsx { get; init; }

    /// <summary>The observations file's name in error messages and in <c>conditioning.rows</c>.</summary>
    public string? ObservationsFile { get; init; }

    /// <summary>Whether the run is conditioned on an observations file (CSV or .xlsx) rather than on the scenario's own list.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasObservationsFile => ObservationsCsv is not null || ObservationsXlsx is not null;

    /// <summary>A nowcast draws more trials until its effective sample size reaches this; null is 1,000 (see <see cref="NowcastRuns"/>).</summary>
    public int? MinEss { get; init; }

    /// <summary>The most trials a nowcast draws; null is 10× the trials.</summary>
    public int? MaxTrials { get; init; }

    /// <summary>
    /// Whether every enterprise's output is summarised every year, as the outputs that list enterprises need (years.csv,
    /// summary.json, quantiles.csv). A caller that shows none of them turns it off to save the run that work; the
    /// enterprises targets watch are summarised either way.
    /// </summary>
    public bool EnterpriseSummaries { get; init; } = true;

    /// <summary>
    /// Whether every metric's 1st to 99th percentiles are kept each year, as quantiles.csv and the backtest need. They
    /// take a full sort per metric and year; without them the P10, P50 and P90 come from selection, with the same bits.
    /// </summary>
    public bool Percentiles { get; init; } = true;

    /// <summary>A request for a file read the one way every entry point reads it, with its saved variants.</summary>
    public static RunRequest For(ScenarioSource source, string? variant = null, IReadOnlyList<OverrideDefinition>? set = null) => new()
    {
        ScenarioText = source.Text,
        FileName = source.File,
        LoadOptions = source.Options(variant, set),
    };

    /// <summary>The same request with more overrides applied after its own.</summary>
    public RunRequest WithOverrides(params IEnumerable<OverrideDefinition> more) =>
        this with { LoadOptions = LoadOptions with { Set = [.. LoadOptions.Set, .. more] } };

    /// <summary>The same request with another variant (or none), keeping its overrides and saved variants.</summary>
    public RunRequest WithVariant(string? variant) => this with { LoadOptions = LoadOptions with { Variant = variant } };
}
