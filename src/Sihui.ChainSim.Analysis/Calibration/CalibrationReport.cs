using Sihui.ChainSim.Analysis.Notes;

namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>
/// What <c>chainsim calibrate --json</c> prints: the fitted parameters at their override paths, each industry's pooled
/// mean and spreads, what could not be fitted, and where the variant was written (null from the web API, which writes none).
/// </summary>
public sealed record CalibrationReport(
    string Scenario,
    string History,
    string? Variant,
    string? File,
    IReadOnlyList<FittedParameter> Parameters,
    IReadOnlyList<CalibratedIndustry> Industries,
    IReadOnlyList<CalibratedFirm> Firms,
    IReadOnlyList<string> Notes)
{
    /// <summary>The notes as codes with their values, in the order of <see cref="Notes"/> (docs/analysis.md, "Notes").</summary>
    public IReadOnlyList<AnalysisNote> NoteCodes { get; init; } = [];

    /// <summary>The backcast of levels from the first history year with the fitted values; null when it could not run.</summary>
    public Backtest.LevelBackcastResult? LevelBackcast { get; init; }

    /// <summary>Why there is no level backcast, when there is none.</summary>
    public string? LevelBackcastSkipped { get; init; }

    /// <summary><see cref="LevelBackcastSkipped"/> as a code with its values.</summary>
    public AnalysisNote? LevelBackcastSkippedCode { get; init; }

    /// <summary>This report with the level backcast, or the reason there is none.</summary>
    public CalibrationReport WithBackcast(Backtest.LevelBackcastResult? backcast, AnalysisNote? why) =>
        this with { LevelBackcast = backcast, LevelBackcastSkipped = why?.English, LevelBackcastSkippedCode = why };

    /// <summary>Why a fit is refused when it fits nothing (null when it fits something): what the history would need.</summary>
    public static string? NothingFitted(CalibrationResult result, string scenario, string history) => result.Parameters.Count > 0 ? null
        : $"{history} fits nothing in {scenario}: it needs at least 3 years of enterprise_output for one of its enterprises, or 4 levels of one indicator in a row ({string.Join("; ", result.Notes)})";

    public static CalibrationReport Of(CalibrationResult result, string scenario, string history, string? variant, string? file) =>
        new(scenario, history, variant, file, result.Parameters,
            result.Panel.Industries.Select(i => new CalibratedIndustry(i.Id, i.Firms, i.N, i.Mean, i.MeanError,
                double.IsNaN(i.Tau) ? null : i.Tau, i.WithinSd, i.ShockFitted ? i.ShockSd : null, i.ShockFitted ? i.ShockSdError : null)).ToList(),
            result.Panel.Firms.Select(f => new CalibratedFirm(f.Id, f.Industry, f.N, double.IsNaN(f.RawMean) ? null : f.RawMean, f.PooledMean, f.Shrinkage, f.FellBack)).ToList(),
            result.Notes)
        {
            NoteCodes = result.NoteCodes,
        };
}

/// <summary>An industry's pooled growth mean with its standard error, the spread τ of its firms' true means, σ within firms, and its shock sd.</summary>
public sealed record CalibratedIndustry(
    string Id, int Firms, int N, double Mean, double StandardError, double? Tau, double WithinSd, double? ShockSd, double? ShockSdError);

/// <summary>How a firm's mean was pooled: its own mean, the pooled one, and the weight B given to the industry's (1 for a fallback).</summary>
public sealed record CalibratedFirm(string Id, string Industry, int N, double? OwnMean, double PooledMean, double Shrinkage, bool FellBack);
