using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Model.Results;

/// <summary>What a run found: each target's chance, the chance of all at once, and every metric's distribution by year.</summary>
public sealed record SimulationResult(
    IReadOnlyList<TargetResult> Targets,
    ProbabilityEstimate AllTargets,
    IReadOnlyList<YearResult> Years)
{
    /// <summary>Per target (each target within the simulated years, in file order), when trials first meet its threshold, or first breach a cap.</summary>
    public IReadOnlyList<TargetTiming> TimeToTarget { get; init; } = [];

    /// <summary>Set when the run was conditioned on observations: then <see cref="Targets"/> and <see cref="AllTargets"/> are weighted.</summary>
    public Conditioning? Conditioning { get; init; }
}

/// <summary>One simulated year: a summary per metric, in <see cref="Scenarios.Metrics.MetricNames.All"/> order.</summary>
public sealed record YearResult(int Year, IReadOnlyList<NamedSummary> Metrics);

/// <summary>A metric's name and its summary over trials.</summary>
public sealed record NamedSummary(string Metric, MetricSummary Summary)
{
    /// <summary>The 1st to 99th percentiles for quantiles.csv; null for an enterprise no target watches, or a rate no trial defines.</summary>
    public IReadOnlyList<double>? Percentiles { get; init; }
}

/// <summary>A Monte Carlo probability with its Wilson 95% interval.</summary>
public sealed record ProbabilityEstimate(double Probability, double Low, double High, int Successes, int Trials)
{
    public static ProbabilityEstimate Of(int successes, int trials)
    {
        var (low, high) = TrialStatistics.Wilson95(successes, trials);
        return new ProbabilityEstimate(trials == 0 ? 0 : (double)successes / trials, low, high, successes, trials);
    }
}

/// <summary>One target's outcome: the chance it holds, and the distribution of its metric in its year.</summary>
public sealed record TargetResult(string TargetId, ProbabilityEstimate Met, MetricSummary Value);
