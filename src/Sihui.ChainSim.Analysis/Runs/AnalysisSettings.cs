namespace Sihui.ChainSim.Analysis.Runs;

/// <summary>Settings shared by every run of one analysis; one seed and one trial count give common random numbers.</summary>
public sealed record AnalysisSettings
{
    /// <summary>Trials for every run; null takes the first column's scenario value.</summary>
    public int? Trials { get; init; }

    /// <summary>Seed for every run; null takes the first column's scenario value.</summary>
    public ulong? Seed { get; init; }
    public int? Until { get; init; }

    /// <summary>How many runs may be in flight at once.</summary>
    public int MaxParallelRuns { get; init; } = Math.Max(1, Environment.ProcessorCount);
}
