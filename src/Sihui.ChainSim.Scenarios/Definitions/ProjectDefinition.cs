using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>A named project in the pipeline, with its stage at the end of the base year.</summary>
[Description("A named project in the pipeline, with its stage at the end of the base year.")]
public sealed record ProjectDefinition : ILabelled
{
    [IdPattern, Description("The project's id.")]
    public required string Id { get; init; }

    [DefaultFrom("id"), Description("Display name; may be Chinese. Defaults to the id.")]
    public required string Name { get; init; }

    [Description("Chinese display name, used by reports in Chinese. Optional; defaults to name.")]
    public string? NameZh { get; init; }

    [Description("English display name, used by reports in English. Optional; defaults to name.")]
    public string? NameEn { get; init; }

    [Description("Industry id.")]
    public required string Industry { get; init; }

    [Description("Park id. Optional; without a park, land and power do not bind.")]
    public string? Park { get; init; }

    [Description("Stage at the end of the base year: signed (签约), started (开工), completed (竣工) or producing (投产).")]
    public ProjectStage Stage { get; init; } = ProjectStage.Signed;

    [AtLeast(0), Description("Planned investment, 亿元.")]
    public required double Investment { get; init; }

    [AtLeast(0), Description("Land needed to start, mu (亩).")]
    public double LandMu { get; init; }

    [AtLeast(0), Description("Power needed to produce, MW.")]
    public double PowerMw { get; init; }

    /// <summary>A named project is already agreed, so by default it starts as soon as it can.</summary>
    [Flatten]
    public ProjectBehaviour Behaviour { get; init; } = new() { StartProbability = 1 };
}

/// <summary>Where a project stands; it may make several moves in one year, in stage order.</summary>
public enum ProjectStage
{
    Signed,
    Started,
    Completed,
    Producing,
}
