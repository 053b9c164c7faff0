namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>A named project in the pipeline, with its stage at the end of the base year.</summary>
public sealed record ProjectDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Industry { get; init; }
    public string? Park { get; init; }
    public ProjectStage Stage { get; init; } = ProjectStage.Signed;
    public required double Investment { get; init; }
    public double LandMu { get; init; }
    public double PowerMw { get; init; }
    public double StartProbability { get; init; } = 1;
    public double StallProbability { get; init; }
    public Distribution BuildYears { get; init; } = new ConstantDistribution(1);
    public Distribution CommissionYears { get; init; } = new ConstantDistribution(0);

    /// <summary>Full annual output per 亿元 invested.</summary>
    public double OutputPerInvestment { get; init; } = 1;

    /// <summary>Fractions of full output in the 1st, 2nd, ... producing year; the last repeats.</summary>
    public IReadOnlyList<double> RampUp { get; init; } = [1.0];
}

/// <summary>Where a project stands; it may make several moves in one year, in stage order.</summary>
public enum ProjectStage
{
    Signed,
    Started,
    Completed,
    Producing,
}
