using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.Reports.Json;

/// <summary>A probability and its 95% interval as [low, high].</summary>
public sealed record ProbabilityJson(double Probability, IReadOnlyList<double> ProbabilityCi95)
{
    public static ProbabilityJson Of(ProbabilityEstimate estimate) => new(estimate.Probability, [estimate.Low, estimate.High]);
}
