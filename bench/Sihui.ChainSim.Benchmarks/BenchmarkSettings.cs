namespace Sihui.ChainSim.Benchmarks;

/// <summary>Sizes and repetitions of a benchmark run; <see cref="Quick"/> is a tiny run that only checks the code works.</summary>
public sealed record BenchmarkSettings
{
    public required string RepositoryRoot { get; init; }
    public int Repetitions { get; init; } = 5;
    public int[] LatencyTrials { get; init; } = [2_000, 10_000];
    public int[] ThroughputEnterprises { get; init; } = [1_000, 10_000, 50_000];
    public int ThroughputYears { get; init; } = 10;
    public int ThroughputTrials { get; init; } = 1_000;
    public int ThroughputRepetitions { get; init; } = 3;
    public int ColdStartRepetitions { get; init; } = 5;
    public (int Enterprises, int Trials)[] MemoryPoints { get; init; } =
        [(1_000, 1_000), (10_000, 100), (10_000, 1_000), (25_000, 1_000), (50_000, 1_000)];
    public ScalingBase Scaling { get; init; } = new(2_000, 10, 1_000);
    public bool Quick { get; init; }

    public string SihuiScenario => Path.Combine(RepositoryRoot, "scenarios", "sihui-2024.yaml");

    /// <summary>A tiny run for the smoke test: every benchmark, at sizes that take seconds.</summary>
    public static BenchmarkSettings QuickFor(string root) => new()
    {
        RepositoryRoot = root,
        Repetitions = 2,
        LatencyTrials = [100],
        ThroughputEnterprises = [20],
        ThroughputYears = 2,
        ThroughputTrials = 50,
        ThroughputRepetitions = 1,
        ColdStartRepetitions = 1,
        MemoryPoints = [(20, 50)],
        Scaling = new ScalingBase(20, 2, 50),
        Quick = true,
    };
}

/// <summary>The middle point of the scaling study; each axis is halved and doubled around it.</summary>
public sealed record ScalingBase(int Enterprises, int Years, int Trials);
