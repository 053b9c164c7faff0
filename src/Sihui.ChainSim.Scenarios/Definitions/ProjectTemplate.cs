using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>How generated projects (attracted by parks or chain masters) behave; land and power scale with investment.</summary>
[Description("How generated projects (attracted by a park or drawn by a chain master) behave. Land and power scale with investment.")]
public sealed record ProjectTemplate
{
    [AtLeast(0), Description("Land needed to start, in mu (亩) per 亿元 invested.")]
    public double LandMuPerInvestment { get; init; }

    [AtLeast(0), Description("Power needed to produce, in MW per 亿元 invested.")]
    public double PowerMwPerInvestment { get; init; }

    [Flatten]
    public ProjectBehaviour Behaviour { get; init; } = new();
}
