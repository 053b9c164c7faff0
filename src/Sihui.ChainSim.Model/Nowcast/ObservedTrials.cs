namespace Sihui.ChainSim.Model.Nowcast;

/// <summary>One row and, per trial, its metric's annual value in the row's year (and the year before, for a growth_yoy row).</summary>
public sealed record ObservedTrials(WeighedObservation Observation, double[] Annual, double[]? PreviousYear = null);
