using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Parks;

/// <summary>
/// The projects of one block of trials, field by field: project j of the block's trial t sits at j * Trials + t, so a
/// year walks each project over the block's trials in one pass, with no object per project or trial. A trial's
/// projects keep their order (named first, then generated in signing order); trials may hold different counts.
/// </summary>
public sealed class ProjectColumns
{
    private int _slots;

    public ProjectColumns(int firstTrial, int trials, int slots)
    {
        FirstTrial = firstTrial;
        Trials = trials;
        Count = new int[trials];
        Resize(Math.Max(1, slots));
    }

    /// <summary>The run's index of the block's first trial.</summary>
    public int FirstTrial { get; }

    /// <summary>Trials in the block.</summary>
    public int Trials { get; }

    /// <summary>Projects per trial of the block.</summary>
    public int[] Count { get; }

    /// <summary>The most projects any trial of the block holds.</summary>
    public int MostProjects { get; private set; }

    /// <summary>Index into the park's named projects, or -1 for a generated project.</summary>
    public int[] NamedIndex { get; private set; } = [];

    /// <summary>Index into the park's project sources, for a generated project.</summary>
    public int[] SourceIndex { get; private set; } = [];
    public ulong[] Key { get; private set; } = [];
    public int[] Industry { get; private set; } = [];
    public double[] Investment { get; private set; } = [];
    public double[] LandMu { get; private set; } = [];
    public double[] PowerMw { get; private set; } = [];
    public ProjectStage[] Stage { get; private set; } = [];
    public bool[] Stalled { get; private set; } = [];
    public int[] StallYear { get; private set; } = [];

    /// <summary>Land the project took when it started in the run (not land held before the base year).</summary>
    public double[] HeldLand { get; private set; } = [];
    public int[] SignedYear { get; private set; } = [];
    public int[] CompleteYear { get; private set; } = [];
    public int[] ProduceYear { get; private set; } = [];

    /// <summary>How many years the project has produced, counting the current one.</summary>
    public int[] ProducingYears { get; private set; } = [];

    /// <summary>Where project <paramref name="project"/> of the block's trial <paramref name="trial"/> sits.</summary>
    public int At(int project, int trial) => project * Trials + trial;

    /// <summary>Appends a project to the block's trial <paramref name="trial"/>.</summary>
    public void Add(int trial, in ProjectState project)
    {
        var j = Count[trial];
        if (j == _slots)
        {
            Resize(2 * _slots);
        }
        Set(At(j, trial), project);
        Count[trial] = j + 1;
        MostProjects = Math.Max(MostProjects, j + 1);
    }

    /// <summary>The projects of the block's trial <paramref name="trial"/>, copied out, for tests and diagnostics.</summary>
    public List<ProjectState> ProjectsOf(int trial)
    {
        var projects = new List<ProjectState>(Count[trial]);
        for (var j = 0; j < Count[trial]; j++)
        {
            projects.Add(Get(At(j, trial)));
        }
        return projects;
    }

    private ProjectState Get(int i) => new()
    {
        NamedIndex = NamedIndex[i], SourceIndex = SourceIndex[i], Key = Key[i], Industry = Industry[i],
        Investment = Investment[i], LandMu = LandMu[i], PowerMw = PowerMw[i], Stage = Stage[i], Stalled = Stalled[i],
        StallYear = StallYear[i], HeldLand = HeldLand[i], SignedYear = SignedYear[i], CompleteYear = CompleteYear[i],
        ProduceYear = ProduceYear[i], ProducingYears = ProducingYears[i],
    };

    private void Set(int i, in ProjectState p)
    {
        NamedIndex[i] = p.NamedIndex;
        SourceIndex[i] = p.SourceIndex;
        Key[i] = p.Key;
        Industry[i] = p.Industry;
        Investment[i] = p.Investment;
        LandMu[i] = p.LandMu;
        PowerMw[i] = p.PowerMw;
        Stage[i] = p.Stage;
        Stalled[i] = p.Stalled;
        StallYear[i] = p.StallYear;
        HeldLand[i] = p.HeldLand;
        SignedYear[i] = p.SignedYear;
        CompleteYear[i] = p.CompleteYear;
        ProduceYear[i] = p.ProduceYear;
        ProducingYears[i] = p.ProducingYears;
    }

    // Slots are the outer index, so growing appends whole slots and every project keeps its place.
    private void Resize(int slots)
    {
        var length = slots * Trials;
        NamedIndex = Grown(NamedIndex, length);
        SourceIndex = Grown(SourceIndex, length);
        Key = Grown(Key, length);
        Industry = Grown(Industry, length);
        Investment = Grown(Investment, length);
        LandMu = Grown(LandMu, length);
        PowerMw = Grown(PowerMw, length);
        Stage = Grown(Stage, length);
        Stalled = Grown(Stalled, length);
        StallYear = Grown(StallYear, length);
        HeldLand = Grown(HeldLand, length);
        SignedYear = Grown(SignedYear, length);
        CompleteYear = Grown(CompleteYear, length);
        ProduceYear = Grown(ProduceYear, length);
        ProducingYears = Grown(ProducingYears, length);
        _slots = slots;
    }

    private static T[] Grown<T>(T[] values, int length)
    {
        var grown = new T[length];
        values.CopyTo(grown, 0);
        return grown;
    }
}
