using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Grains.Serialization;

// Surrogates for a finished run's result, returned by the run grain to its client.

[GenerateSerializer, Immutable, Alias("ProbabilityEstimate")]
public readonly record struct ProbabilityEstimateSurrogate(
    [property: Id(0)] double Probability, [property: Id(1)] double Low, [property: Id(2)] double High,
    [property: Id(3)] int Successes, [property: Id(4)] int Trials);

[RegisterConverter]
public sealed class ProbabilityEstimateConverter : IConverter<ProbabilityEstimate, ProbabilityEstimateSurrogate>
{
    public ProbabilityEstimate ConvertFromSurrogate(in ProbabilityEstimateSurrogate s) => new(s.Probability, s.Low, s.High, s.Successes, s.Trials);

    public ProbabilityEstimateSurrogate ConvertToSurrogate(in ProbabilityEstimate v) => new(v.Probability, v.Low, v.High, v.Successes, v.Trials);
}

[GenerateSerializer, Immutable, Alias("TargetResult")]
public readonly record struct TargetResultSurrogate(
    [property: Id(0)] string TargetId, [property: Id(1)] ProbabilityEstimate Met, [property: Id(2)] MetricSummary Value);

[RegisterConverter]
public sealed class TargetResultConverter : IConverter<TargetResult, TargetResultSurrogate>
{
    public TargetResult ConvertFromSurrogate(in TargetResultSurrogate s) => new(s.TargetId, s.Met, s.Value);

    public TargetResultSurrogate ConvertToSurrogate(in TargetResult v) => new(v.TargetId, v.Met, v.Value);
}

[GenerateSerializer, Immutable, Alias("NamedSummary")]
public readonly record struct NamedSummarySurrogate(
    [property: Id(0)] string Metric, [property: Id(1)] MetricSummary Summary, [property: Id(2)] double[]? Percentiles);

[RegisterConverter]
public sealed class NamedSummaryConverter : IConverter<NamedSummary, NamedSummarySurrogate>
{
    public NamedSummary ConvertFromSurrogate(in NamedSummarySurrogate s) => new(s.Metric, s.Summary) { Percentiles = s.Percentiles };

    public NamedSummarySurrogate ConvertToSurrogate(in NamedSummary v) => new(v.Metric, v.Summary, v.Percentiles is null ? null : [.. v.Percentiles]);
}

[GenerateSerializer, Immutable, Alias("YearResult")]
public readonly record struct YearResultSurrogate([property: Id(0)] int Year, [property: Id(1)] NamedSummary[] Metrics);

[RegisterConverter]
public sealed class YearResultConverter : IConverter<YearResult, YearResultSurrogate>
{
    public YearResult ConvertFromSurrogate(in YearResultSurrogate s) => new(s.Year, s.Metrics);

    public YearResultSurrogate ConvertToSurrogate(in YearResult v) => new(v.Year, [.. v.Metrics]);
}

[GenerateSerializer, Immutable, Alias("TargetTiming")]
public readonly record struct TargetTimingSurrogate(
    [property: Id(0)] string TargetId, [property: Id(1)] int? FirstYearP10, [property: Id(2)] int? FirstYearP50,
    [property: Id(3)] int? FirstYearP90, [property: Id(4)] double NeverShare, [property: Id(5)] int FromYear,
    [property: Id(6)] int[] FirstYearCounts, [property: Id(7)] int Event, [property: Id(8)] int TargetYear,
    [property: Id(9)] int Trials, [property: Id(10)] double[]? FirstYearShares, [property: Id(11)] double? Ess);

[RegisterConverter]
public sealed class TargetTimingConverter : IConverter<TargetTiming, TargetTimingSurrogate>
{
    public TargetTiming ConvertFromSurrogate(in TargetTimingSurrogate s) =>
        new(s.TargetId, s.FirstYearP10, s.FirstYearP50, s.FirstYearP90, s.NeverShare, s.FromYear, s.FirstYearCounts)
        {
            Event = (TimingEvent)s.Event, TargetYear = s.TargetYear, Trials = s.Trials,
            FirstYearShares = s.FirstYearShares, Ess = s.Ess,
        };

    public TargetTimingSurrogate ConvertToSurrogate(in TargetTiming v) =>
        new(v.TargetId, v.FirstYearP10, v.FirstYearP50, v.FirstYearP90, v.NeverShare, v.FromYear, [.. v.FirstYearCounts], (int)v.Event, v.TargetYear, v.Trials,
            v.FirstYearShares is { } shares ? [.. shares] : null, v.Ess);
}

[GenerateSerializer, Immutable, Alias("SimulationResult")]
public readonly record struct SimulationResultSurrogate(
    [property: Id(0)] TargetResult[] Targets, [property: Id(1)] ProbabilityEstimate AllTargets, [property: Id(2)] YearResult[] Years,
    [property: Id(3)] TargetTiming[]? TimeToTarget, [property: Id(4)] Conditioning? Conditioning);

[RegisterConverter]
public sealed class SimulationResultConverter : IConverter<SimulationResult, SimulationResultSurrogate>
{
    public SimulationResult ConvertFromSurrogate(in SimulationResultSurrogate s) =>
        new(s.Targets, s.AllTargets, s.Years) { TimeToTarget = s.TimeToTarget ?? [], Conditioning = s.Conditioning };

    public SimulationResultSurrogate ConvertToSurrogate(in SimulationResult v) =>
        new([.. v.Targets], v.AllTargets, [.. v.Years], [.. v.TimeToTarget], v.Conditioning);
}

[GenerateSerializer, Immutable, Alias("Conditioning")]
public readonly record struct ConditioningSurrogate(
    [property: Id(0)] string[] Rows, [property: Id(1)] double Ess, [property: Id(2)] int TrialsDrawn,
    [property: Id(3)] TargetResult[] TargetsBefore, [property: Id(4)] ProbabilityEstimate AllTargetsBefore);

[RegisterConverter]
public sealed class ConditioningConverter : IConverter<Conditioning, ConditioningSurrogate>
{
    public Conditioning ConvertFromSurrogate(in ConditioningSurrogate s) => new(s.Rows, s.Ess, s.TrialsDrawn, s.TargetsBefore, s.AllTargetsBefore);

    public ConditioningSurrogate ConvertToSurrogate(in Conditioning v) => new([.. v.Rows], v.Ess, v.TrialsDrawn, [.. v.TargetsBefore], v.AllTargetsBefore);
}
