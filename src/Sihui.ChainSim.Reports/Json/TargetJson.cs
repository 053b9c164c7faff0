namespace Sihui.ChainSim.Reports.Json;

/// <summary>A target, the chance it is met with its 95% interval, and the summary of its metric in its year.</summary>
public sealed record TargetJson(
    string Id,
    string Name,
    string Metric,
    int Year,
    string Comparison,
    double Threshold,
    double Probability,
    IReadOnlyList<double> ProbabilityCi95,
    double Mean,
    double P10,
    double P50,
    double P90)
{
    public static TargetJson Of(TargetRow row)
    {
        var (met, value) = (row.Result.Met, row.Result.Value);
        return new TargetJson(
            row.Target.Id,
            row.Target.Name,
            row.Target.Metric,
            row.Target.Year,
            row.ComparisonName,
            row.Target.Threshold,
            met.Probability,
            [met.Low, met.High],
            value.Mean,
            value.P10,
            value.P50,
            value.P90);
    }
}
