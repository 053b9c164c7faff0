using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Fourth stage: checks the mapped records against each other, and runs the range checks found while mapping.</summary>
public static class ScenarioValidator
{
    /// <summary>Refusals go to <paramref name="errors"/>; the implausible goes to <paramref name="warnings"/> when given.</summary>
    public static void Validate(
        ScenarioDefinition scenario, MappingContext mapped, YamlNode fileTree, ErrorList errors, YamlNode? workingTree = null, ErrorList? warnings = null)
    {
        var v = new ValidationContext(scenario, mapped.Marks, errors, warnings);
        IdRules.Check(v);
        PairRules.Check(v);
        foreach (var check in mapped.Checks)
        {
            check(v);
        }
        LeontiefRule.Check(v);
        IndicatorRules.Check(v);
        TargetRules.Check(v);
        SeasonalityRules.Check(v);
        ObservationRules.Check(v);
        TunableRules.Check(v, fileTree, workingTree ?? fileTree);
        MeaningRules.Check(v);
        PlausibilityRules.Check(v);
    }
}
