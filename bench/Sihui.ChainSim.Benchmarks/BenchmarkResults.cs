namespace Sihui.ChainSim.Benchmarks;

/// <summary>Everything one benchmark run measured, ready to be written up.</summary>
public sealed class BenchmarkResults
{
    public List<LatencyRow> Latency { get; } = [];
    public List<ThroughputRow> Throughput { get; } = [];
    public List<ColdStartRow> ColdStart { get; } = [];
    public List<MemoryRow> Memory { get; } = [];
    public List<ScalingRow> Scaling { get; } = [];
}

/// <summary>Warm wall seconds of one scenario size on both engines.</summary>
public sealed record LatencyRow(string Scenario, int Trials, Samples Orleans, Samples Direct);

/// <summary>Enterprise-trial-years per second on both engines, for one generated size.</summary>
public sealed record ThroughputRow(int Enterprises, int Years, int Trials, Samples OrleansSeconds, Samples DirectSeconds)
{
    public double Work => (double)Enterprises * Years * Trials;
    public double OrleansPerSecond => Work / OrleansSeconds.Median;
    public double DirectPerSecond => Work / DirectSeconds.Median;
    public double Ratio => OrleansPerSecond / DirectPerSecond;
}

/// <summary>Process start to exit of a command.</summary>
public sealed record ColdStartRow(string Command, Samples Seconds);

/// <summary>Peak working set of a whole <c>chainsim run</c> process.</summary>
public sealed record MemoryRow(int Enterprises, int Trials, string Engine, long PeakBytes, double WallSeconds);

/// <summary>Warm seconds for one point of the scaling study.</summary>
public sealed record ScalingRow(string Axis, int Enterprises, int Years, int Trials, Samples Seconds);
