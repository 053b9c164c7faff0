using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Compilation;

/// <summary>How a project moves and produces; shared by a named project or by all projects from one template.</summary>
public sealed record ProjectBehaviour(
    double StartProbability,
    double StallProbability,
    Distribution BuildYears,
    Distribution CommissionYears,
    double OutputPerInvestment,
    IReadOnlyList<double> RampUp)
{
    public static ProjectBehaviour From(ProjectDefinition p) =>
        new(p.StartProbability, p.StallProbability, p.BuildYears, p.CommissionYears, p.OutputPerInvestment, p.RampUp);

    public static ProjectBehaviour From(ProjectTemplate t) =>
        new(t.StartProbability, t.StallProbability, t.BuildYears, t.CommissionYears, t.OutputPerInvestment, t.RampUp);

    /// <summary>Full-output fraction in the n-th producing year (n from 1); the last entry repeats.</summary>
    public double RampUpFraction(int producingYear) => RampUp[Math.Min(producingYear, RampUp.Count) - 1];
}
