using Sihui.ChainSim.Scenarios.Loading.Mapping;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Rules that compare two fields or look at a whole list, which no single key's range can say.</summary>
public static class PairRules
{
    public static void Check(ValidationContext v)
    {
        var s = v.Scenario;
        if (s.BaseYear != Placeholder.Integer && s.EndYear != Placeholder.Integer && s.EndYear <= s.BaseYear)
        {
            v.Fail("end_year", $"end_year ({s.EndYear}) must be after base_year ({s.BaseYear})");
        }
        for (var i = 0; i < s.Parks.Count; i++)
        {
            var mix = s.Parks[i].Attraction?.IndustryMix;
            if (mix is not null && !mix.Any(share => share.Weight > 0 || double.IsNaN(share.Weight)))
            {
                v.Fail($"parks[{i}].attraction.industry_mix", $"park '{s.Parks[i].Id}' needs at least one industry with a positive weight in industry_mix");
            }
        }
    }
}
