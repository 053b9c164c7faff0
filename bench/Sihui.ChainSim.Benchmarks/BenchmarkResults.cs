using Sihui.ChainSim.Benchmarks.Kernel;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>Everything one benchmark run measured, ready to be written up.</summary>
public sealed class BenchmarkResults
{
    public KernelResult? Kernel { get; set; }
    public EngineResult? Engines { get; set; }
    public List<MemoryRow> Memory { get; } = [];
    public List<WebRow> Web { get; } = [];
    public AnalysisResult? Analyses { get; set; }
    public List<ColdStartRow> ColdStart { get; } = [];
    public ClusterResult? Cluster { get; set; }

    public string LoadAtStart { get; set; } = "";
    public string LoadAtEnd { get; set; } = "";

    /// <summary>Benchmarks that could not run here, and why (e.g. no redis-server).</summary>
    public List<string> Skipped { get; } = [];
}

/// <summary>The reference kernel: seconds per run of <see cref="Size"/> and the check of its normals.</summary>
public sealed record KernelResult(Size Size, string Path, Samples Seconds, NormalCheck Normals)
{
    public Samples PerSecond => Seconds.Select(s => Size.Work / s);
}

/// <summary>Whole <c>chainsim run</c> processes on the generated scenario, repetitions interleaved.</summary>
public sealed record EngineResult(int Enterprises, int Years, int HighTrials, int LowTrials, string Binary,
    Samples DirectHigh, Samples DirectLow, Samples OrleansHigh, Samples OrleansLow)
{
    private double MarginalWork => (double)Enterprises * Years * (HighTrials - LowTrials);

    /// <summary>Enterprise-trial-years per second of the trials beyond <see cref="LowTrials"/>, repetition by repetition.</summary>
    public Samples DirectMarginal => Samples.Zip(DirectHigh, DirectLow, (high, low) => MarginalWork / (high - low));
    public Samples OrleansMarginal => Samples.Zip(OrleansHigh, OrleansLow, (high, low) => MarginalWork / (high - low));

    /// <summary>Orleans' whole process over direct's at <see cref="HighTrials"/>, repetition by repetition.</summary>
    public Samples OrleansOverDirect => Samples.Zip(OrleansHigh, DirectHigh, (o, d) => o / d);
}

/// <summary>Peak resident memory (VmHWM, as run.json records it) of a whole <c>chainsim run</c>.</summary>
public sealed record MemoryRow(Size Size, string Engine, long PeakBytes, double WallSeconds);

/// <summary>Warm web API runs of Sihui: the Server-Timing the server reports, and the client's round trip, in ms.</summary>
public sealed record WebRow(int Trials, Samples ServerMs, Samples RoundTripMs);

/// <summary>
/// Warm analyses of Sihui via the web API at <see cref="Trials"/> trials, in ms from sending the request: compare (baseline
/// and one slider) to its answer, and the tornado over <see cref="Bars"/> parameters to its first streamed bar and to its result.
/// </summary>
public sealed record AnalysisResult(int Trials, int Bars, string Binary, Samples CompareMs, Samples FirstBarMs, Samples TornadoMs);

/// <summary>Process start to exit of one command, each run in a new process.</summary>
public sealed record ColdStartRow(string Command, Samples Seconds);

/// <summary>One pinned silo against two, whole client processes at the high and low trial counts.</summary>
public sealed record ClusterResult(int Enterprises, int Years, int HighTrials, int LowTrials,
    Samples OneHigh, Samples OneLow, Samples TwoHigh, Samples TwoLow)
{
    private double MarginalWork => (double)Enterprises * Years * (HighTrials - LowTrials);

    public Samples OneMarginal => Samples.Zip(OneHigh, OneLow, (high, low) => MarginalWork / (high - low));
    public Samples TwoMarginal => Samples.Zip(TwoHigh, TwoLow, (high, low) => MarginalWork / (high - low));
    public Samples SpeedUp => Samples.Zip(TwoMarginal, OneMarginal, (two, one) => two / one);
}
