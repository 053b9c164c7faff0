namespace Sihui.ChainSim.Analysis.Scoring;

/// <summary>One actual scored against its forecast; <see cref="Id"/> is "" for a city figure.</summary>
public sealed record ScoreRow(string Metric, string Id, int Year, double Actual, double Pit, bool InsideP10P90, double? P50Error, double Crps);
