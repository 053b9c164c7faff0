using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Fourth stage: checks the mapped records against each other and against the spec's ranges.</summary>
public static class ScenarioValidator
{
    public static void Validate(ScenarioDefinition scenario, SourceMap marks, YamlNode fileTree, ErrorList errors)
    {
        var v = new ValidationContext(scenario, marks, errors);
        IdRules.Check(v);
        RangeRules.Check(v);
        LeontiefRule.Check(v);
        TargetRules.Check(v);
        TunableRules.Check(v, fileTree);
    }
}
