using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Mapping;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>The mapped scenario plus where its values came from, with small helpers shared by the rules.</summary>
public sealed class ValidationContext(ScenarioDefinition scenario, SourceMap marks, ErrorList errors, ErrorList? warnings = null)
{
    public ScenarioDefinition Scenario { get; } = scenario;

    public void Fail(string path, string message) => errors.Add(marks[path], path, message);

    /// <summary>Something that runs but is probably not meant; dropped when the caller collects no warnings.</summary>
    public void Warn(string path, string message) => warnings?.Add(marks[path], path, message);

    public void WarnAt(Tree.SourceMark at, string path, string message) => warnings?.Add(at, path, message);

    /// <summary>Reports a value outside its declared range; NaN (a value that failed to map) passes every check.</summary>
    public void Range(string path, double value, Format.RangeAttribute range, string what)
    {
        if (!double.IsNaN(value) && !range.Holds(value))
        {
            Fail(path, range.Message(what, value));
        }
    }

    /// <summary>Reports an id that is not among <paramref name="known"/>, suggesting the nearest.</summary>
    public void Reference(string? id, IEnumerable<string> known, string path, string kind)
    {
        var ids = known.ToList();
        if (string.IsNullOrEmpty(id) || ids.Contains(id))
        {
            return;
        }
        Fail(path, $"unknown {kind} '{id}'{Suggest.Hint(id, ids, '\'')}");
    }

    public IEnumerable<string> IndustryIds => Scenario.Industries.Select(i => i.Id);
    public IEnumerable<string> ParkIds => Scenario.Parks.Select(p => p.Id);
}
