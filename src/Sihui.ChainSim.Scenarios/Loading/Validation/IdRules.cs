using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Ids are unique within their list, and every reference names something that exists.</summary>
public static class IdRules
{
    public static void Check(ValidationContext v)
    {
        var s = v.Scenario;
        Unique(s.Industries.Select(i => i.Id), "industries", "industry", v);
        Unique(s.Parks.Select(p => p.Id), "parks", "park", v);
        Unique(s.Enterprises.Select(e => e.Id), "enterprises", "enterprise", v);
        Unique(s.Projects.Select(p => p.Id), "projects", "project", v);
        Unique(s.Indicators.Select(i => i.Id), "indicators", "indicator", v);
        Unique(s.Targets.Select(t => t.Id), "targets", "target", v);

        for (var i = 0; i < s.Parks.Count; i++)
        {
            var mix = s.Parks[i].Attraction?.IndustryMix ?? [];
            foreach (var share in mix)
            {
                v.Reference(share.Industry, v.IndustryIds, $"parks[{i}].attraction.industry_mix.{share.Industry}", "industry");
            }
        }
        for (var i = 0; i < s.Enterprises.Count; i++)
        {
            var e = s.Enterprises[i];
            v.Reference(e.Industry, v.IndustryIds, $"enterprises[{i}].industry", "industry");
            v.Reference(e.Park, v.ParkIds, $"enterprises[{i}].park", "park");
            if (e.ChainMaster is not null)
            {
                v.Reference(e.ChainMaster.Industry, v.IndustryIds, $"enterprises[{i}].chain_master.industry", "industry");
                if (e.Park is null)
                {
                    v.Fail($"enterprises[{i}].chain_master", $"enterprise '{e.Id}' is a chain master, so it needs a `park` for its suppliers");
                }
            }
        }
        for (var i = 0; i < s.Projects.Count; i++)
        {
            v.Reference(s.Projects[i].Industry, v.IndustryIds, $"projects[{i}].industry", "industry");
            v.Reference(s.Projects[i].Park, v.ParkIds, $"projects[{i}].park", "park");
        }
        for (var i = 0; i < s.Linkages.Count; i++)
        {
            v.Reference(s.Linkages[i].Supplier, v.IndustryIds, $"linkages[{i}].supplier", "industry");
            v.Reference(s.Linkages[i].Buyer, v.IndustryIds, $"linkages[{i}].buyer", "industry");
        }
    }

    private static void Unique(IEnumerable<string> ids, string list, string kind, ValidationContext v)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            if (id.Length > 0 && !seen.Add(id))
            {
                v.Fail($"{list}[{index}].id", $"duplicate {kind} id '{id}'");
            }
            index++;
        }
    }
}
