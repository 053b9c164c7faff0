using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Rules between a distribution's parameters; each parameter's own range is declared with its kind.</summary>
public static class DistributionRules
{
    public static void Check(Distribution distribution, string path, ValidationContext v)
    {
        switch (distribution)
        {
            case TriangularDistribution t:
                Ordered(t.Min, t.Mode, t.Max, path, v);
                break;
            case PertDistribution p:
                Ordered(p.Min, p.Mode, p.Max, path, v);
                break;
            case UniformDistribution u when u.Min > u.Max:
                v.Fail($"{path}.max", $"uniform max ({u.Max}) must be >= min ({u.Min})");
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
