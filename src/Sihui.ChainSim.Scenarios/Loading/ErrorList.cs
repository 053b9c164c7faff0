using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading;

/// <summary>Collects errors through the pipeline so the user sees all of them at once, up to a cap, then "and N more".</summary>
public sealed class ErrorList
{
    /// <summary>Errors kept; past it only a count is, so a file of a million bad items costs no more than a hundred.</summary>
    public const int MaxErrors = 100;
    private readonly List<ScenarioError> errors = [];
    private ScenarioError? firstOmitted;
    private int omitted;

    /// <summary>The first <see cref="MaxErrors"/> errors, then one saying how many more there were.</summary>
    public IReadOnlyList<ScenarioError> Items => omitted == 0
        ? errors
        : [.. errors, firstOmitted! with { Path = "", Message = $"and {omitted} more errors (only the first {MaxErrors} are listed)" }];

    public bool Any => errors.Count > 0;

    public void Add(ScenarioError error)
    {
        if (errors.Count < MaxErrors)
        {
            errors.Add(error);
            return;
        }
        firstOmitted ??= error;
        omitted++;
    }

    public void Add(SourceMark mark, string path, string message) => Add(mark.Error(path, message));

    public void AddRange(IEnumerable<ScenarioError> more)
    {
        foreach (var error in more)
        {
            Add(error);
        }
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new ScenarioValidationException(Items.ToList());
        }
    }
}
