using System.Text.Json.Serialization;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Analysis.Comparison;

/// <summary>Scenarios and variants run side by side with the same seed and trials; differences are to the first column.</summary>
public sealed record ComparisonResult(
    int Trials,
    ulong Seed,
    IReadOnlyList<ComparedColumn> Columns,
    IReadOnlyList<TargetComparison> Targets,
    IReadOnlyList<MetricComparison> Metrics)
{
    /// <summary>The runs behind the columns, in column order (for charts and reports; not serialized).</summary>
    [JsonIgnore]
    public IReadOnlyList<RunOutcome> Outcomes { get; init; } = [];

    /// <summary>Set when every column is conditioned on observations (<c>--observed</c>): the rows and the baseline's ESS.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AnalysisConditioning? Conditioning { get; init; }
}

/// <summary>One column: what was run. <see cref="Overrides"/> lists every changed value with its source, the variant's too.</summary>
public sealed record ComparedColumn(
    string Label, string Scenario, string File, string? Variant, IReadOnlyList<OverrideDefinition> Set, IReadOnlyList<RunOverride> Overrides)
{
    /// <summary>The column's effective sample size when conditioned on observations; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Ess { get; init; }
}

/// <summary>One target across the columns; a cell is null where that column's scenario lacks the target.</summary>
public sealed record TargetComparison(
    string TargetId, string Name, string Metric, int Year, string Comparison, double Threshold, IReadOnlyList<TargetCell?> Cells);

/// <summary>A target in one column, with its differences to the first column (null when the first column lacks it).</summary>
public sealed record TargetCell(
    ProbabilityEstimate Met,
    double Mean,
    double P10,
    double P50,
    double P90,
    double? ProbabilityDifference,
    double? P50Difference,
    double? MeanDifference,
    TargetTiming? TimeToTarget);

/// <summary>One main metric in one year across the columns.</summary>
public sealed record MetricComparison(string Metric, string Name, int Year, IReadOnlyList<MetricCell?> Cells);

/// <summary>A metric's mean and P50 in one column and year, with differences to the first column.</summary>
public sealed record MetricCell(double Mean, double P50, double? MeanDifference, double? P50Difference);
