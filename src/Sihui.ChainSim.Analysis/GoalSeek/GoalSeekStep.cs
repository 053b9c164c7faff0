namespace Sihui.ChainSim.Analysis.GoalSeek;

/// <summary>One value a conditioned goal-seek tried: the target's probability and P50 there, and the run's effective sample size.</summary>
public sealed record GoalSeekStep(double Value, double Probability, double P50, double Ess);
