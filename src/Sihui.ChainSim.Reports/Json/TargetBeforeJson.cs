namespace Sihui.ChainSim.Reports.Json;

/// <summary>A target's chance and 95% interval over the unweighted trials, beside the conditioned one.</summary>
public sealed record TargetBeforeJson(string Id, double Probability, IReadOnlyList<double> ProbabilityCi95);
