using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Model.Nowcast;

/// <summary>No trial can have produced the observations: every trial's weight is 0. Names the rows to blame.</summary>
public sealed class ObservationsUnexplainedException(IReadOnlyList<ObservedRow> rows, string message) : Exception(message)
{
    /// <summary>How every such message begins, so a run that failed on a silo can be told apart from other failures.</summary>
    public const string MessageStart = "no trial can have produced";

    public IReadOnlyList<ObservedRow> Rows { get; } = rows;
}
