using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Parameter ranges of each distribution kind.</summary>
public static class DistributionRules
{
    public static void Check(Distribution? distribution, string path, ValidationContext v)
    {
        switch (distribution)
        {
            case NormalDistribution normal:
                v.AtLeastZero(normal.Sd, $"{path}.sd", "sd");
                break;
            case LogNormalDistribution logNormal:
                v.AtLeastZero(logNormal.Sigma, $"{path}.sigma", "sigma");
                break;
            case TriangularDistribution t:
                Ordered(t.Min, t.Mode, t.Max, path, v);
                break;
            case PertDistribution p:
                Ordered(p.Min, p.Mode, p.Max, path, v);
                break;
            case UniformDistribution u when u.Min > u.Max:
                v.Fail($"{path}.max", $"uniform max ({u.Max}) must be >= min ({u.Min})");
                break;
            case PoissonDistribution poisson:
                v.AtLeastZero(poisson.Lambda, $"{path}.mean", "poisson mean");
                break;
            case BernoulliDistribution bernoulli:
                v.Probability(bernoulli.P, $"{path}.p");
                break;
        }
    }

    private static void Ordered(double min, double mode, double max, string path, ValidationContext v)
    {
        if (min >= max)
        {
            v.Fail($"{path}.max", $"max ({max}) must be greater than min ({min})");
        }
        else if (mode < min || mode > max)
        {
            v.Fail($"{path}.mode", $"mode ({mode}) must lie between min ({min}) and max ({max})");
        }
    }
}
