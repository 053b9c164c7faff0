using System.Buffers;
using System.Runtime.CompilerServices;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Parks;

/// <summary>
/// The projects of one block of trials, field by field: project j of the block's trial t sits at j * Trials + t, so a
/// year walks each project over the block's trials in one pass, with no object per project or trial. A trial's
/// projects keep their order (named first, then generated in signing order); trials may hold different counts.
/// What follows from other fields (land and power from the investment, stalled from the stall year) is not stored.
/// The columns are rented from the shared array pools and given back by <see cref="Dispose"/> when the run is over:
/// the page runs one scenario after another, and fresh columns each time cost more in page faults than in stepping.
/// </summary>
public sealed class ProjectColumns : IDisposable
{
    private const int NotStalled = 0;
    private readonly ParkPlan _park;
    private int _slots;

    public ProjectColumns(ParkPlan park, int firstTrial, int trials)
        : this(park, firstTrial, trials, park.NamedProjects.Count)
    {
    }

    /// <summary>Columns with room for <paramref name="slots"/> projects per trial; <see cref="Add"/> grows them past that.</summary>
    public ProjectColumns(ParkPlan park, int firstTrial, int trials, int slots)
    {
        _park = park;
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

    /// <summary>The park's named project j as j, or source s of a generated project as −1 − s.</summary>
    public int[] Origin { get; private set; } = [];
    public ulong[] Key { get; private set; } = [];
    public int[] Industry { get; private set; } = [];
    public double[] Investment { get; private set; } = [];
    public ProjectStage[] Stage { get; private set; } = [];

    /// <summary>The year the project stalled; 0 while it has not.</summary>
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

    public bool IsStalled(int i) => StallYear[i] != NotStalled;

    /// <summary>The behaviour of the project's named definition or of its source.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public ProjectBehaviour BehaviourOf(int i) =>
        Origin[i] is var named and >= 0 ? _park.NamedProjects[named].Behaviour : _park.Sources[-1 - Origin[i]].Behaviour;

    /// <summary>Land the project needs to start: its definition's, or its investment times its source's ratio.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public double LandMuOf(int i) =>
        Origin[i] is var named and >= 0 ? _park.NamedProjects[named].Definition.LandMu : Investment[i] * _park.Sources[-1 - Origin[i]].LandMuPerInvestment;

    /// <summary>Power the project needs to produce, the same way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public double PowerMwOf(int i) =>
        Origin[i] is var named and >= 0 ? _park.NamedProjects[named].Definition.PowerMw : Investment[i] * _park.Sources[-1 - Origin[i]].PowerMwPerInvestment;

    /// <summary>Appends a project to the block's trial <paramref name="trial"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public void Add(int trial, in ProjectState project)
    {
        var j = Count[trial];
        if (j == _slots)
        {
            // A half more each time: signings arrive a few a year, and every slot costs a value per trial of the block.
            Resize(_slots + Math.Max(4, _slots / 2));
        }
        var i = At(j, trial);
        Origin[i] = project.NamedIndex >= 0 ? project.NamedIndex : -1 - project.SourceIndex;
        Key[i] = project.Key;
        Industry[i] = project.Industry;
        Investment[i] = project.Investment;
        Stage[i] = project.Stage;
        StallYear[i] = project.Stalled ? project.StallYear : NotStalled;
        HeldLand[i] = project.HeldLand;
        SignedYear[i] = project.SignedYear;
        CompleteYear[i] = project.CompleteYear;
        ProduceYear[i] = project.ProduceYear;
        ProducingYears[i] = project.ProducingYears;
        Count[trial] = j + 1;
        MostProjects = Math.Max(MostProjects, j + 1);
    }

    /// <summary>The projects of the block's trial <paramref name="trial"/>, copied out, for tests and diagnostics.</summary>
    public List<ProjectState> ProjectsOf(int trial)
    {
        var projects = new List<ProjectState>(Count[trial]);
        for (var j = 0; j < Count[trial]; j++)
        {
            var i = At(j, trial);
            projects.Add(new ProjectState
            {
                NamedIndex = Math.Max(-1, Origin[i]), SourceIndex = Origin[i] >= 0 ? -1 : -1 - Origin[i], Key = Key[i], Industry = Industry[i],
                Investment = Investment[i], LandMu = LandMuOf(i), PowerMw = PowerMwOf(i), Stage = Stage[i], Stalled = IsStalled(i),
                StallYear = StallYear[i], HeldLand = HeldLand[i], SignedYear = SignedYear[i], CompleteYear = CompleteYear[i],
                ProduceYear = ProduceYear[i], ProducingYears = ProducingYears[i],
            });
        }
        return projects;
    }

    /// <summary>Gives the columns back to the pools; the block holds no project afterwards.</summary>
    public void Dispose()
    {
        Resize(0);
        Array.Clear(Count);
        MostProjects = 0;
    }

    // Slots are the outer index, so growing appends whole slots and every project keeps its place.
    private void Resize(int slots)
    {
        var used = _slots * Trials;
        var length = slots * Trials;
        Origin = Grown(Origin, used, length);
        Key = Grown(Key, used, length);
        Industry = Grown(Industry, used, length);
        Investment = Grown(Investment, used, length);
        Stage = Grown(Stage, used, length);
        StallYear = Grown(StallYear, used, length);
        HeldLand = Grown(HeldLand, used, length);
        SignedYear = Grown(SignedYear, used, length);
        CompleteYear = Grown(CompleteYear, used, length);
        ProduceYear = Grown(ProduceYear, used, length);
        ProducingYears = Grown(ProducingYears, used, length);
        _slots = slots;
    }

    // A rented array is not cleared: a slot is only read once Add has written all its fields (j < Count of its trial).
    private static T[] Grown<T>(T[] values, int used, int length)
    {
        var grown = length == 0 ? [] : ArrayPool<T>.Shared.Rent(length);
        values.AsSpan(0, Math.Min(used, length)).CopyTo(grown);
        if (values.Length > 0)
        {
            ArrayPool<T>.Shared.Return(values);
        }
        return grown;
    }
}
