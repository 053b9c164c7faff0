using System.Globalization;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Mapping;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Warnings for values that run but are probably a slip: a run with them is allowed, and <c>--strict</c> refuses it.</summary>
public static class PlausibilityRules
{
    /// <summary>Mean growth above this (50% a year) is most likely a percentage written as a whole number.</summary>
    public const double MaxPlausibleGrowth = 0.5;

    public static void Check(ValidationContext v)
    {
        var s = v.Scenario;
        var yearsKnown = s.BaseYear != Placeholder.Integer && s.EndYear != Placeholder.Integer && s.EndYear > s.BaseYear;
        for (var i = 0; i < s.Enterprises.Count; i++)
        {
            Enterprise(s.Enterprises[i], $"enterprises[{i}]", v, yearsKnown);
        }
        for (var i = 0; i < s.Parks.Count; i++)
        {
            var park = s.Parks[i];
            if (yearsKnown)
            {
                OutsideHorizon(park.LandAdditions, $"parks[{i}].land_additions", s, firstUsed: s.BaseYear + 1, v);
                OutsideHorizon(park.PowerAdditions, $"parks[{i}].power_additions", s, firstUsed: s.BaseYear + 1, v);
            }
        }
        for (var i = 0; i < s.Projects.Count; i++)
        {
            ProjectLand(s.Projects[i], $"projects[{i}]", s, v);
        }
        LinkageColumns(v);
    }

    private static void Enterprise(EnterpriseDefinition e, string path, ValidationContext v, bool yearsKnown)
    {
        var growth = e.Growth.Mean;
        if (growth > MaxPlausibleGrowth)
        {
            v.Warn($"{path}.growth", $"growth averages {Percent(growth)} a year; growth is a yearly rate, so 0.08 means 8%");
        }
        if (e.Capacity is { } capacity && capacity < e.Output)
        {
            v.Warn($"{path}.capacity", $"capacity {Number(capacity)} is below the base-year output {Number(e.Output)}, so output drops to capacity in the first year");
        }
        if (yearsKnown)
        {
            // Capacity additions accumulate from any year up to the one simulated, so only those after end_year go unused.
            OutsideHorizon(e.CapacityAdditions, $"{path}.capacity_additions", v.Scenario, firstUsed: int.MinValue, v);
        }
    }

    private static void OutsideHorizon(IReadOnlyDictionary<int, double> additions, string path, ScenarioDefinition s, int firstUsed, ValidationContext v)
    {
        foreach (var year in additions.Keys.Where(y => y < firstUsed || y > s.EndYear).Order())
        {
            v.Warn($"{path}.{year}", $"year {year} is outside the simulated years {s.BaseYear + 1}..{s.EndYear}, so this addition is never used");
        }
    }

    private static void ProjectLand(ProjectDefinition p, string path, ScenarioDefinition s, ValidationContext v)
    {
        var park = s.Parks.FirstOrDefault(x => x.Id == p.Park);
        if (park?.LandMu is not { } land || p.LandMu <= 0 || p.Stage != ProjectStage.Signed)
        {
            return;
        }
        var added = park.LandAdditions.Where(a => a.Key > s.BaseYear && a.Key <= s.EndYear).Sum(a => a.Value);
        var most = land + added;
        if (p.LandMu > most)
        {
            v.Warn($"{path}.land_mu",
                $"project '{p.Id}' needs {Number(p.LandMu)} mu, but park '{park.Id}' never has more than {Number(most)} mu free (land_mu {Number(land)} plus additions {Number(added)}), so it can never start");
        }
    }

    /// <summary>A buyer whose local inputs sum to 1 or more uses more than it makes; the inverse may still exist, so this warns.</summary>
    private static void LinkageColumns(ValidationContext v)
    {
        var links = v.Scenario.Linkages;
        foreach (var group in links.Select((link, i) => (link, i)).Where(x => x.link.Coefficient > 0).GroupBy(x => x.link.Buyer))
        {
            var sum = group.Sum(x => x.link.Coefficient);
            if (sum >= 1)
            {
                v.Warn($"linkages[{group.First().i}]",
                    $"the linkage coefficients into buyer '{group.Key}' sum to {Number(sum)} (>= 1): it would buy more locally than it produces, leaving negative value added");
            }
        }
    }

    private static string Percent(double rate) => (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
