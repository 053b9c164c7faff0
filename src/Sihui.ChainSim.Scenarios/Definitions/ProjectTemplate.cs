namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>How generated projects (attracted by parks or chain masters) behave; land and power scale with investment.</summary>
public sealed record ProjectTemplate
{
    public double LandMuPerInvestment { get; init; }
    public double PowerMwPerInvestment { get; init; }
    public double StartProbability { get; init; } = 0.5;
    public double StallProbability { get; init; }
    public Distribution BuildYears { get; init; } = new ConstantDistribution(1);
    public Distribution CommissionYears { get; init; } = new ConstantDistribution(0);
    public double OutputPerInvestment { get; init; } = 1;
    public IReadOnlyList<double> RampUp { get; init; } = [1.0];
}
