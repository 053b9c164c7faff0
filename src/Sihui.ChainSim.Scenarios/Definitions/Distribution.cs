namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>A probability distribution as written in a scenario; sampling lives in the model.</summary>
public abstract record Distribution
{
    /// <summary>The distribution's mean, used for reports and deterministic summaries.</summary>
    public abstract double Mean { get; }

    /// <summary>
    /// ρ in [0, 1): how much of last year's deviation from the mean a yearly draw keeps; 0 draws every year afresh.
    /// Only the yearly draws read it (see <c>Format.YearlyDrawAttribute</c>).
    /// </summary>
    public double Persistence { get; init; }
}

/// <summary>A plain number.</summary>
public sealed record ConstantDistribution(double Value) : Distribution
{
    public override double Mean => Value;
}

public sealed record NormalDistribution(double Mu, double Sd) : Distribution
{
    public override double Mean => Mu;
}

/// <summary>exp(Normal(mu, sigma)).</summary>
public sealed record LogNormalDistribution(double Mu, double Sigma) : Distribution
{
    public override double Mean => Math.Exp(Mu + Sigma * Sigma / 2);
}

public sealed record TriangularDistribution(double Min, double Mode, double Max) : Distribution
{
    public override double Mean => (Min + Mode + Max) / 3;
}

/// <summary>The PERT (scaled beta) distribution between min and max, peaking at mode.</summary>
public sealed record PertDistribution(double Min, double Mode, double Max) : Distribution
{
    public override double Mean => (Min + 4 * Mode + Max) / 6;
}

public sealed record UniformDistribution(double Min, double Max) : Distribution
{
    public override double Mean => (Min + Max) / 2;
}

public sealed record PoissonDistribution(double Lambda) : Distribution
{
    public override double Mean => Lambda;
}

public sealed record BernoulliDistribution(double P) : Distribution
{
    public override double Mean => P;
}
