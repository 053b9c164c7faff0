using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>
/// How a project moves and produces: shared by a named project and by all projects from one template. Its keys
/// sit flat in the owner's mapping; each owner sets its own defaults (a named project starts for sure by default).
/// </summary>
public sealed record ProjectBehaviour
{
    [Probability, Description("Chance a signed project starts in a given year (once land is free).")]
    public double StartProbability { get; init; } = 0.5;

    [Probability, Description("Chance a signed or started project stalls in a given year; a stalled project never moves again.")]
    public double StallProbability { get; init; }

    [Description("Years from start to completion (draw rounded down).")]
    public Distribution BuildYears { get; init; } = new ConstantDistribution(1);

    [Description("Years from completion to production (draw rounded down).")]
    public Distribution CommissionYears { get; init; } = new ConstantDistribution(0);

    [AtLeast(0), Description("Full annual output (亿元) per 亿元 invested.")]
    public double OutputPerInvestment { get; init; } = 1;

    [UnitInterval(What = "a ramp_up fraction"), NotEmpty("fraction")]
    [Description("Fractions of full output in the 1st, 2nd, ... producing year; the last one repeats.")]
    public IReadOnlyList<double> RampUp { get; init; } = [1.0];

    [AtLeast(1), Description("Years after a stall at which the land the project took is given back to its park, at the start of that year, before its starts. Omit to keep the land for good.")]
    public int? ReleaseLandAfterYears { get; init; }

    [Description("Whether output follows the demand index of its industry (the product of 1 + industry shock + macro shock since the base year), as incumbents' output does. Default true.")]
    public bool FollowsDemand { get; init; } = true;

    /// <summary>Full-output fraction in the n-th producing year (n from 1); the last entry repeats.</summary>
    public double RampUpFraction(int producingYear) => RampUp[Math.Min(producingYear, RampUp.Count) - 1];
}
