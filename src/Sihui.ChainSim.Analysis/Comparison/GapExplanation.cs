using Sihui.ChainSim.Analysis.Notes;

namespace Sihui.ChainSim.Analysis.Comparison;

/// <summary>
/// Why column B differs from column A on a target: the part each differing assumption explains on its own (applied
/// alone on top of A), the interaction left over, and the split of the change in mean total output by industry and park.
/// </summary>
public sealed record GapExplanation(
    string TargetId,
    string Metric,
    int Year,
    string From,
    string To,
    GapTotals P50,
    GapTotals Mean,
    IReadOnlyList<AssumptionPart> Assumptions,
    OutputSplit ByIndustry,
    OutputSplit ByPark,
    string Sentence,
    int Runs,
    IReadOnlyList<string> Notes)
{
    /// <summary>The notes as codes with their values, in the order of <see cref="Notes"/>.</summary>
    public IReadOnlyList<AnalysisNote> NoteCodes { get; init; } = [];
}

/// <summary>A statistic of the target metric in A and B; Total = To − From = Σ parts + Interaction.</summary>
public sealed record GapTotals(double From, double To, double Total, double Interaction);

/// <summary>
/// One assumption that differs: its value in A (null when A leaves the file's value) and in B, and the change in the target
/// metric's P50 and mean when only it is applied to A. Effects are null when the assumption is not valid on its own.
/// </summary>
public sealed record AssumptionPart(string Path, string? FromValue, string ToValue, double? P50Effect, double? MeanEffect, string? Error);

/// <summary>The change of a metric's mean split into parts; Σ parts + Remainder.Difference = Total exactly.</summary>
public sealed record OutputSplit(string Metric, double From, double To, double Total, IReadOnlyList<OutputPart> Parts, OutputPart Remainder);

/// <summary>One part of an output split: an industry or park, with its mean in A and B.</summary>
public sealed record OutputPart(string Id, string Name, double From, double To, double Difference);
