using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.TestSupport;

/// <summary>Small scenarios built in code, for any test project; constant distributions make the hand-worked values exact.</summary>
public static class TestDefinitions
{
    public const int BaseYear = 2024;
    public const int Y1 = BaseYear + 1;
    public const int Y2 = BaseYear + 2;
    public const int Y3 = BaseYear + 3;
    public const int Y4 = BaseYear + 4;

    public static ConstantDistribution Const(double value) => new(value);

    public static IndustryDefinition Industry(string id, Distribution? shock = null, PriceDefinition? price = null) =>
        new() { Id = id, Name = id, Shock = shock, Price = price };

    public static EnterpriseDefinition Enterprise(string id, double output, Distribution growth, string industry = "copper", string? park = null) =>
        new() { Id = id, Name = id, Industry = industry, Output = output, Growth = growth, Park = park };

    /// <summary>A named project in park "p"; defaults: start 1, build 1, commission 0, output 1 per investment, no ramp-up.</summary>
    public static ProjectDefinition Project(string id, double investment = 10, string industry = "copper", string? park = "p") =>
        new() { Id = id, Name = id, Industry = industry, Park = park, Investment = investment };

    /// <summary>A named project's behaviour by default, to change a field of with `with`.</summary>
    public static ProjectBehaviour Named => Project("x").Behaviour;

    public static ParkDefinition Park(string id = "p", double? land = null, double? power = null) =>
        new() { Id = id, Name = id, LandMu = land, PowerMw = power };

    /// <summary>Industries copper and jade, no parks, enterprises or projects.</summary>
    public static ScenarioDefinition Scenario(int years = 3, int trials = 1, ulong seed = 7) => new()
    {
        Name = "test",
        BaseYear = BaseYear,
        EndYear = BaseYear + years,
        Trials = trials,
        Seed = seed,
        Industries = [Industry("copper"), Industry("jade")],
    };

    /// <summary>The mean of a metric in a year of a run's result.</summary>
    public static double MeanOf(SimulationResult result, int year, string metric) =>
        result.Years.Single(y => y.Year == year).Metrics.Single(m => m.Metric == metric).Summary.Mean;

    /// <summary>Sample mean and standard error of the mean.</summary>
    public static (double Mean, double StandardError) MeanAndError(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return (mean, Math.Sqrt(variance / values.Count));
    }
}
