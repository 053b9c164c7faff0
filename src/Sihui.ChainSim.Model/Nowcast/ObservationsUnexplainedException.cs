using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Model.Nowcast;

/// <summary>No trial can have produced the observations: every trial's weight is 0. Names the rows to blame.</summary>
public sealed class ObservationsUnexplainedException(IReadOnlyList<ObservedRow> rows, string message) : Exception(message)
{
    public IReadOnlyList<ObservedRow> Rows { get; } = rows;
}
