using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>One distribution shape of the DIST value: its `dist:` name, its parameters in order, and how to build it.</summary>
public sealed record DistributionKind(string Name, string Description, IReadOnlyList<DistributionParameter> Parameters, Func<double[], Distribution> Make)
{
    /// <summary>Every shape, in the order the spec lists them.</summary>
    public static readonly IReadOnlyList<DistributionKind> All =
    [
        new("normal", "Normal distribution with the given mean and standard deviation.",
            [new("mean", "Mean."), new("sd", "Standard deviation, >= 0.", new AtLeastAttribute(0))],
            v => new NormalDistribution(v[0], v[1])),
        new("lognormal", "Log-normal: exp(Normal(mu, sigma)). Its mean is exp(mu + sigma^2/2).",
            [new("mu", "Mean of the logarithm."), new("sigma", "Standard deviation of the logarithm, >= 0.", new AtLeastAttribute(0))],
            v => new LogNormalDistribution(v[0], v[1])),
        new("triangular", "Triangular distribution between min and max, peaking at mode (min <= mode <= max, min < max).",
            [new("min", "Lowest value."), new("mode", "Most likely value."), new("max", "Highest value.")],
            v => new TriangularDistribution(v[0], v[1], v[2])),
        new("pert", "PERT (scaled beta) distribution between min and max, peaking at mode (min <= mode <= max, min < max). Mean (min + 4 mode + max) / 6.",
            [new("min", "Lowest value."), new("mode", "Most likely value."), new("max", "Highest value.")],
            v => new PertDistribution(v[0], v[1], v[2])),
        new("uniform", "Uniform distribution between min and max (min <= max).",
            [new("min", "Lowest value."), new("max", "Highest value.")],
            v => new UniformDistribution(v[0], v[1])),
        new("poisson", "Poisson count with the given mean.",
            [new("mean", "Mean count, >= 0.", new AtLeastAttribute(0) { What = "poisson mean" })],
            v => new PoissonDistribution(v[0])),
        new("bernoulli", "1 with probability p, otherwise 0.",
            [new("p", "Probability of drawing 1, in [0, 1].", new ProbabilityAttribute())],
            v => new BernoulliDistribution(v[0])),
    ];

    /// <summary>
    /// The optional `persistence` ρ of a yearly draw: x[t] = μ + ρ (x[t−1] − μ) + sqrt(1 − ρ²) (d[t] − μ) after the
    /// first year, so each year keeps its mean and variance and successive years correlate with ρ.
    /// </summary>
    public static readonly DistributionParameter Persistence = new("persistence",
        "Correlation of successive years' draws, in [0, 1); 0 (the default) draws each year afresh.", new BelowOneAttribute());

    public static IEnumerable<string> Names => All.Select(k => k.Name);

    public static DistributionKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);
}

/// <summary>A distribution parameter, with the plain range it must keep.</summary>
public sealed record DistributionParameter(string Name, string Description, RangeAttribute? Range = null);
