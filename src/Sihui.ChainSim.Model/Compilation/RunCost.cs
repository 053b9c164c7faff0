using System.Globalization;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Model.Compilation;

/// <summary>
/// A rough estimate of a run's time and peak memory, from the figures measured in docs/performance.md (about
/// 4.5 million entity-trial-years a second per core, and about 75 bytes per enterprise and trial), so a run that
/// would not fit this machine is flagged before it starts.
/// </summary>
public sealed record RunCost(TimeSpan Time, long Bytes)
{
    private const double EntityYearsPerSecondPerCore = 4.5e6;
    private const double BytesPerEnterpriseTrial = 75;
    private const long BaseBytes = 200L * 1024 * 1024;

    /// <summary>Longer than this is flagged: a run is meant to answer while one waits.</summary>
    public static readonly TimeSpan LongRun = TimeSpan.FromMinutes(30);

    public static RunCost Estimate(CompiledScenario s)
    {
        var d = s.Definition;
        double trials = s.Trials;
        double years = Math.Max(1, s.YearCount);
        var entities = d.Enterprises.Count + d.Projects.Count + d.Parks.Count + d.Indicators.Count + 1;
        var seconds = entities * years * trials / (EntityYearsPerSecondPerCore * Environment.ProcessorCount);
        // Per-trial values kept for every year: one per industry, park, target, indicator and a few totals.
        var perTrialYear = 8.0 * (d.Industries.Count + d.Parks.Count + d.Targets.Count + d.Indicators.Count + 8);
        var bytes = BaseBytes + (BytesPerEnterpriseTrial * d.Enterprises.Count * trials) + (perTrialYear * years * trials);
        return new RunCost(TimeSpan.FromSeconds(seconds), (long)Math.Min(bytes, long.MaxValue / 2));
    }

    /// <summary>The machine's memory as .NET sees it (a container's limit, if any).</summary>
    public static long MachineBytes => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>Warnings when the estimate exceeds this machine's memory or <see cref="LongRun"/>.</summary>
    public static IReadOnlyList<ScenarioError> Warnings(CompiledScenario s, string file)
    {
        var cost = Estimate(s);
        var warnings = new List<ScenarioError>();
        var size = $"{s.Definition.Enterprises.Count:N0} enterprises × {s.YearCount} years × {s.Trials:N0} trials";
        if (cost.Bytes > MachineBytes)
        {
            warnings.Add(new ScenarioError(file, 1, 1, "trials",
                $"this run ({size}) is estimated to need about {Gib(cost.Bytes)} of memory, more than this machine's {Gib(MachineBytes)}; lower trials"));
        }
        if (cost.Time > LongRun)
        {
            warnings.Add(new ScenarioError(file, 1, 1, "trials",
                $"this run ({size}) is estimated to take about {Minutes(cost.Time)} on this machine's {Environment.ProcessorCount} cores; lower trials or years"));
        }
        return warnings;
    }

    private static string Gib(long bytes) => (bytes / (1024.0 * 1024 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " GiB";

    private static string Minutes(TimeSpan time) => time.TotalHours >= 2
        ? time.TotalHours.ToString("0", CultureInfo.InvariantCulture) + " hours"
        : time.TotalMinutes.ToString("0", CultureInfo.InvariantCulture) + " minutes";
}
