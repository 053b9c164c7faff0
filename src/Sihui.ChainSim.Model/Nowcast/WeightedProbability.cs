namespace Sihui.ChainSim.Model.Nowcast;

/// <summary>A weighted probability with its Wilson 95% interval at the effective sample size.</summary>
public sealed record WeightedProbability(double Probability, double Low, double High, double Ess);
