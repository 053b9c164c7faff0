using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading;

/// <summary>Collects errors through the pipeline so the user sees all of them at once.</summary>
public sealed class ErrorList
{
    private readonly List<ScenarioError> errors = [];

    public IReadOnlyList<ScenarioError> Items => errors;
    public bool Any => errors.Count > 0;

    public void Add(ScenarioError error) => errors.Add(error);

    public void Add(SourceMark mark, string path, string message) => errors.Add(mark.Error(path, message));

    public void AddRange(IEnumerable<ScenarioError> more) => errors.AddRange(more);

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new ScenarioValidationException(errors.ToList());
        }
    }
}
