namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>What <c>chainsim import</c> was asked to read, and the defaults it fills in where a sheet says nothing.</summary>
public sealed record ImportOptions
{
    public string? Enterprises { get; init; }
    public string? Projects { get; init; }

    /// <summary>A scenario whose industries, parks, targets and the rest the sheets are merged into.</summary>
    public string? Base { get; init; }

    /// <summary>The file to write; its name also names a new scenario.</summary>
    public required string Out { get; init; }

    /// <summary>Without a base: the last year with known values, and the last year simulated.</summary>
    public int? BaseYear { get; init; }
    public int? EndYear { get; init; }

    /// <summary>Growth of an enterprise whose roster row has none: an assumption, said in the comment it gets.</summary>
    public double DefaultGrowth { get; init; } = 0.05;
    public double DefaultGrowthSd { get; init; } = 0.03;

    /// <summary>Years simulated after the base year when no --end-year is given and there is no base.</summary>
    public const int DefaultYears = 5;
}
