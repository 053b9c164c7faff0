using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Parks;

/// <summary>One project in one trial: where it stands in the pipeline, and what it holds.</summary>
public struct ProjectState
{
    /// <summary>Index into the park's named projects, or -1 for a generated project.</summary>
    public int NamedIndex;

    /// <summary>Index into the park's project sources, for a generated project.</summary>
    public int SourceIndex;
    public ulong Key;
    public int Industry;
    public double Investment;
    public double LandMu;
    public double PowerMw;
    public ProjectStage Stage;
    public bool Stalled;
    public int StallYear;

    /// <summary>Land this project took when it started in the run (not land held before the base year).</summary>
    public double HeldLand;
    public int SignedYear;
    public int CompleteYear;
    public int ProduceYear;

    /// <summary>How many years it has produced, counting the current one.</summary>
    public int ProducingYears;
}
