namespace Sihui.ChainSim.Benchmarks;

/// <summary>Sizes and repetitions of a benchmark run; <see cref="QuickFor"/> is a tiny run that only checks the code works.</summary>
public sealed record BenchmarkSettings
{
    public required string RepositoryRoot { get; init; }
    public bool Quick { get; init; }

    /// <summary>The reference kernel's size, and the normal check's streams × draws per stream (1e8 in all).</summary>
    public Size Kernel { get; init; } = new(10_000, 10, 1_000);
    public int KernelRepetitions { get; init; } = 15;
    public (int Streams, int PerStream) NormalDraws { get; init; } = (100_000, 1_000);

    /// <summary>The generated scenario the engines are timed on, at <see cref="HighTrials"/> and <see cref="LowTrials"/>.</summary>
    public int Enterprises { get; init; } = 10_000;
    public int Years { get; init; } = 10;
    public int HighTrials { get; init; } = 1_000;
    public int LowTrials { get; init; } = 100;
    public int EngineRepetitions { get; init; } = 3;

    public Size Memory { get; init; } = new(50_000, 10, 1_000);

    public int[] WebTrials { get; init; } = [2_000, 10_000];
    public int WebWarmups { get; init; } = 5;
    public int WebRepetitions { get; init; } = 15;

    /// <summary>The analyses via the web API: trials per run, and the tornado's parameters (null: every tunable).</summary>
    public int AnalysisTrials { get; init; } = 2_000;
    public IReadOnlyList<string>? TornadoParams { get; init; }
    public int AnalysisWarmups { get; init; } = 2;
    public int AnalysisRepetitions { get; init; } = 7;

    public int ColdTrials { get; init; } = 2_000;
    public int ColdRepetitions { get; init; } = 5;

    /// <summary>Installs the tool the README's way (pack, then tool install); the quick run times the built one instead.</summary>
    public bool InstallTool { get; init; } = true;

    public int ClusterRepetitions { get; init; } = 2;

    public string SihuiScenario => Path.Combine(RepositoryRoot, "scenarios", "sihui-2024.yaml");

    public long EngineWork(int trials) => (long)Enterprises * Years * trials;

    /// <summary>A tiny run for the smoke test: every benchmark, at sizes that take seconds.</summary>
    public static BenchmarkSettings QuickFor(string root) => new()
    {
        RepositoryRoot = root,
        Quick = true,
        Kernel = new Size(200, 3, 100),
        KernelRepetitions = 2,
        NormalDraws = (100, 1_000),
        Enterprises = 40,
        Years = 2,
        HighTrials = 50,
        LowTrials = 10,
        EngineRepetitions = 1,
        Memory = new Size(40, 2, 50),
        WebTrials = [100, 200],
        WebWarmups = 1,
        WebRepetitions = 2,
        AnalysisTrials = 100,
        TornadoParams = ["economy.shock.mean", "economy.shock.sd"],
        AnalysisWarmups = 1,
        AnalysisRepetitions = 2,
        ColdTrials = 100,
        ColdRepetitions = 1,
        InstallTool = false,
        ClusterRepetitions = 1,
    };
}

/// <summary>Enterprises × years × trials.</summary>
public sealed record Size(int Enterprises, int Years, int Trials)
{
    public double Work => (double)Enterprises * Years * Trials;

    public override string ToString() => $"{Enterprises:N0} × {Years} × {Trials:N0}";
}
