using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Mapping;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Refuses what cannot be meant: nothing to simulate, horizons over a century, negative durations, values that overflow.</summary>
public static class MeaningRules
{
    /// <summary>The longest horizon, as for <c>chainsim generate</c>: past a century the model's assumptions mean nothing.</summary>
    public const int MaxYears = 100;

    /// <summary>log10 of the largest value a result may reach; doubles overflow to infinity just past 1.8e308.</summary>
    private const double MaxMagnitude = 300;

    public static void Check(ValidationContext v)
    {
        var s = v.Scenario;
        var yearsKnown = s.BaseYear != Placeholder.Integer && s.EndYear != Placeholder.Integer;
        if (yearsKnown && s.EndYear - s.BaseYear > MaxYears)
        {
            v.Fail("end_year", $"the horizon {s.BaseYear}..{s.EndYear} is {s.EndYear - s.BaseYear} years; at most {MaxYears} are allowed");
        }
        if (s.Enterprises.Count == 0 && s.Projects.Count == 0 && s.Indicators.Count == 0 && s.Parks.All(p => p.Attraction is null))
        {
            v.Fail("", "the scenario is empty: it has no enterprises, projects, indicators or park attraction, so there is nothing to simulate");
        }
        for (var i = 0; i < s.Projects.Count; i++)
        {
            var p = s.Projects[i];
            Duration(p.Behaviour.BuildYears, $"projects[{i}].build_years", "build_years", v);
            Duration(p.Behaviour.CommissionYears, $"projects[{i}].commission_years", "commission_years", v);
            if (Log10(p.Investment) + Log10(p.Behaviour.OutputPerInvestment) > MaxMagnitude)
            {
                v.Fail($"projects[{i}].investment", $"investment × output_per_investment ({p.Investment:G4} × {p.Behaviour.OutputPerInvestment:G4}) overflows the numbers a run can hold");
            }
        }
        foreach (var (template, path) in Templates(s))
        {
            Duration(template.Behaviour.BuildYears, $"{path}.build_years", "build_years", v);
            Duration(template.Behaviour.CommissionYears, $"{path}.commission_years", "commission_years", v);
        }
        var years = yearsKnown ? Math.Clamp(s.EndYear - s.BaseYear, 0, MaxYears) : 0;
        for (var i = 0; i < s.Enterprises.Count; i++)
        {
            var e = s.Enterprises[i];
            var growth = Math.Max(0, DistributionBounds.High(e.Growth));
            var reach = Log10(e.Output) + (years * Math.Log10(1 + growth));
            if (reach > MaxMagnitude || !double.IsFinite(e.Output))
            {
                v.Fail($"enterprises[{i}].output",
                    $"output {e.Output:G4} growing up to {growth:P0} a year for {years} years reaches about 1e{Math.Min(reach, 999):F0}, past the largest number a run can hold (about 1.8e308): the results would be Infinity");
            }
        }
    }

    private static IEnumerable<(ProjectTemplate Template, string Path)> Templates(ScenarioDefinition s)
    {
        for (var i = 0; i < s.Parks.Count; i++)
        {
            if (s.Parks[i].Attraction is { } attraction)
            {
                yield return (attraction.Project, $"parks[{i}].attraction.project");
            }
        }
        for (var i = 0; i < s.Enterprises.Count; i++)
        {
            if (s.Enterprises[i].ChainMaster?.Project is { } project)
            {
                yield return (project, $"enterprises[{i}].chain_master.project");
            }
        }
    }

    private static void Duration(Distribution years, string path, string what, ValidationContext v)
    {
        var low = DistributionBounds.Low(years);
        if (low < 0)
        {
            v.Fail(path, $"{what} is a number of years and cannot be negative, got {low}");
        }
    }

    private static double Log10(double value) => value > 0 ? Math.Log10(value) : double.NegativeInfinity;
}
