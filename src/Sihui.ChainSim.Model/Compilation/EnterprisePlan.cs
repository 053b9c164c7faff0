using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Compilation;

/// <summary>An enterprise with its resolved industry index and the key its random draws derive from.</summary>
public sealed record EnterprisePlan(int Index, EnterpriseDefinition Definition, int IndustryIndex, ulong Key)
{
    /// <summary>Capacity in <paramref name="year"/>: base capacity plus additions up to that year; +inf when unbounded.</summary>
    public double CapacityIn(int year) =>
        Definition.Capacity is { } capacity
            ? capacity + Definition.CapacityAdditions.Where(a => a.Key <= year).Sum(a => a.Value)
            : double.PositiveInfinity;
}
