using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Parks;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Grains.Serialization;

// The model stays free of Orleans; these surrogates carry its messages between grains.
// They are immutable, so in-silo calls share the per-trial arrays instead of copying them.

[GenerateSerializer, Immutable, Alias("EconomyYear")]
public readonly record struct EconomyYearSurrogate(
    [property: Id(0)] int Year,
    [property: Id(1)] double[] MacroShock,
    [property: Id(2)] double[][] IndustryShock,
    [property: Id(3)] double[][] PriceIndex,
    [property: Id(4)] double[][] IndicatorLevel,
    [property: Id(5)] double[][] IndicatorChange,
    [property: Id(6)] double[][] DemandIndex);

[RegisterConverter]
public sealed class EconomyYearConverter : IConverter<EconomyYear, EconomyYearSurrogate>
{
    public EconomyYear ConvertFromSurrogate(in EconomyYearSurrogate s) =>
        new(s.Year, s.MacroShock, s.IndustryShock, s.PriceIndex, s.IndicatorLevel, s.IndicatorChange, s.DemandIndex);

    public EconomyYearSurrogate ConvertToSurrogate(in EconomyYear v) =>
        new(v.Year, v.MacroShock, v.IndustryShock, v.PriceIndex, v.IndicatorLevel, v.IndicatorChange, v.DemandIndex);
}

[GenerateSerializer, Immutable, Alias("MetricSummary")]
public readonly record struct MetricSummarySurrogate(
    [property: Id(0)] double Mean, [property: Id(1)] double P10, [property: Id(2)] double P50, [property: Id(3)] double P90);

[RegisterConverter]
public sealed class MetricSummaryConverter : IConverter<MetricSummary, MetricSummarySurrogate>
{
    public MetricSummary ConvertFromSurrogate(in MetricSummarySurrogate s) => new(s.Mean, s.P10, s.P50, s.P90);

    public MetricSummarySurrogate ConvertToSurrogate(in MetricSummary v) => new(v.Mean, v.P10, v.P50, v.P90);
}

[GenerateSerializer, Immutable, Alias("ParkYearResult")]
public readonly record struct ParkYearResultSurrogate(
    [property: Id(0)] double[] Output,
    [property: Id(1)] double[]?[] EnterpriseValueByIndustry,
    [property: Id(2)] double[]?[] ProjectValueByIndustry,
    [property: Id(3)] double[] ProjectsStarted,
    [property: Id(4)] double[] ProjectsCompleted,
    [property: Id(5)] double[] ProjectsProducing,
    [property: Id(6)] double[] NewProjectInvestment,
    [property: Id(7)] double[] LandUsed,
    [property: Id(8)] double[] ProjectsStalled,
    [property: Id(9)] double[]?[]? FirstYearProjectValueByIndustry);

[RegisterConverter]
public sealed class ParkYearResultConverter : IConverter<ParkYearResult, ParkYearResultSurrogate>
{
    public ParkYearResult ConvertFromSurrogate(in ParkYearResultSurrogate s) =>
        new(s.Output, s.EnterpriseValueByIndustry, s.ProjectValueByIndustry, s.ProjectsStarted, s.ProjectsCompleted,
            s.ProjectsProducing, s.NewProjectInvestment, s.LandUsed, s.ProjectsStalled, s.FirstYearProjectValueByIndustry);

    public ParkYearResultSurrogate ConvertToSurrogate(in ParkYearResult v) =>
        new(v.Output, v.EnterpriseValueByIndustry, v.ProjectValueByIndustry, v.ProjectsStarted, v.ProjectsCompleted,
            v.ProjectsProducing, v.NewProjectInvestment, v.LandUsed, v.ProjectsStalled, v.FirstYearProjectValueByIndustry);
}

[GenerateSerializer, Immutable, Alias("ParkYearOutcome")]
public readonly record struct ParkYearOutcomeSurrogate(
    [property: Id(0)] ParkYearResult Park,
    [property: Id(1)] MetricSummary[] EnterpriseSummaries,
    [property: Id(2)] double[]?[] WatchedEnterpriseValues);

[RegisterConverter]
public sealed class ParkYearOutcomeConverter : IConverter<ParkYearOutcome, ParkYearOutcomeSurrogate>
{
    public ParkYearOutcome ConvertFromSurrogate(in ParkYearOutcomeSurrogate s) => new(s.Park, s.EnterpriseSummaries, s.WatchedEnterpriseValues);

    public ParkYearOutcomeSurrogate ConvertToSurrogate(in ParkYearOutcome v) =>
        new(v.Park, [.. v.EnterpriseSummaries], [.. v.WatchedEnterpriseValues]);
}
