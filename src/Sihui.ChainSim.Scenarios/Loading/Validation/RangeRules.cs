using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Mapping;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Value ranges from the format spec: years, trials, non-negative quantities, probabilities, distributions.</summary>
public static class RangeRules
{
    public static void Check(ValidationContext v)
    {
        var s = v.Scenario;
        if (s.BaseYear != Placeholder.Integer && s.EndYear != Placeholder.Integer && s.EndYear <= s.BaseYear)
        {
            v.Fail("end_year", $"end_year ({s.EndYear}) must be after base_year ({s.BaseYear})");
        }
        if (s.Trials != Placeholder.Integer && s.Trials is < 1 or > ScenarioDefinition.MaxTrials)
        {
            v.Fail("trials", $"trials must be between 1 and {ScenarioDefinition.MaxTrials:N0}, got {s.Trials}");
        }
        DistributionRules.Check(s.Economy.Shock, "economy.shock", v);
        for (var i = 0; i < s.Industries.Count; i++)
        {
            DistributionRules.Check(s.Industries[i].Shock, $"industries[{i}].shock", v);
            v.AtLeastZero(s.Industries[i].Price?.Volatility, $"industries[{i}].price.volatility", "volatility");
        }
        for (var i = 0; i < s.Parks.Count; i++)
        {
            Park(s.Parks[i], $"parks[{i}]", v);
        }
        for (var i = 0; i < s.Enterprises.Count; i++)
        {
            Enterprise(s.Enterprises[i], $"enterprises[{i}]", v);
        }
        for (var i = 0; i < s.Projects.Count; i++)
        {
            Project(s.Projects[i], $"projects[{i}]", v);
        }
        for (var i = 0; i < s.Indicators.Count; i++)
        {
            DistributionRules.Check(s.Indicators[i].AnnualChange, $"indicators[{i}].annual_change", v);
        }
    }

    private static void Park(ParkDefinition park, string path, ValidationContext v)
    {
        v.AtLeastZero(park.LandMu, $"{path}.land_mu", "land_mu");
        v.AtLeastZero(park.PowerMw, $"{path}.power_mw", "power_mw");
        Additions(park.LandAdditions, $"{path}.land_additions", v);
        Additions(park.PowerAdditions, $"{path}.power_additions", v);
        if (park.Attraction is not { } attraction)
        {
            return;
        }
        var at = $"{path}.attraction";
        DistributionRules.Check(attraction.ProjectsPerYear, $"{at}.projects_per_year", v);
        DistributionRules.Check(attraction.InvestmentPerProject, $"{at}.investment_per_project", v);
        foreach (var share in attraction.IndustryMix)
        {
            v.AtLeastZero(share.Weight, $"{at}.industry_mix.{share.Industry}", "an industry weight");
        }
        if (!attraction.IndustryMix.Any(share => share.Weight > 0 || double.IsNaN(share.Weight)))
        {
            v.Fail($"{at}.industry_mix", $"park '{park.Id}' needs at least one industry with a positive weight in industry_mix");
        }
        Template(attraction.Project, $"{at}.project", v);
    }

    private static void Enterprise(EnterpriseDefinition e, string path, ValidationContext v)
    {
        v.AtLeastZero(e.Output, $"{path}.output", "output");
        v.AtLeastZero(e.Capacity, $"{path}.capacity", "capacity");
        Additions(e.CapacityAdditions, $"{path}.capacity_additions", v);
        DistributionRules.Check(e.Growth, $"{path}.growth", v);
        if (e.ChainMaster is { } master)
        {
            DistributionRules.Check(master.SuppliersPerYear, $"{path}.chain_master.suppliers_per_year", v);
            DistributionRules.Check(master.Investment, $"{path}.chain_master.investment", v);
            if (master.Project is not null)
            {
                Template(master.Project, $"{path}.chain_master.project", v);
            }
        }
    }

    private static void Project(ProjectDefinition p, string path, ValidationContext v)
    {
        v.AtLeastZero(p.Investment, $"{path}.investment", "investment");
        v.AtLeastZero(p.LandMu, $"{path}.land_mu", "land_mu");
        v.AtLeastZero(p.PowerMw, $"{path}.power_mw", "power_mw");
        v.Probability(p.StartProbability, $"{path}.start_probability");
        v.Probability(p.StallProbability, $"{path}.stall_probability");
        v.AtLeastZero(p.OutputPerInvestment, $"{path}.output_per_investment", "output_per_investment");
        DistributionRules.Check(p.BuildYears, $"{path}.build_years", v);
        DistributionRules.Check(p.CommissionYears, $"{path}.commission_years", v);
        RampUp(p.RampUp, $"{path}.ramp_up", v);
    }

    private static void Template(ProjectTemplate t, string path, ValidationContext v)
    {
        v.AtLeastZero(t.LandMuPerInvestment, $"{path}.land_mu_per_investment", "land_mu_per_investment");
        v.AtLeastZero(t.PowerMwPerInvestment, $"{path}.power_mw_per_investment", "power_mw_per_investment");
        v.Probability(t.StartProbability, $"{path}.start_probability");
        v.Probability(t.StallProbability, $"{path}.stall_probability");
        v.AtLeastZero(t.OutputPerInvestment, $"{path}.output_per_investment", "output_per_investment");
        DistributionRules.Check(t.BuildYears, $"{path}.build_years", v);
        DistributionRules.Check(t.CommissionYears, $"{path}.commission_years", v);
        RampUp(t.RampUp, $"{path}.ramp_up", v);
    }

    private static void RampUp(IReadOnlyList<double> fractions, string path, ValidationContext v)
    {
        if (fractions.Count == 0)
        {
            v.Fail(path, "ramp_up needs at least one fraction");
        }
        for (var i = 0; i < fractions.Count; i++)
        {
            if (fractions[i] is < 0 or > 1)
            {
                v.Fail($"{path}[{i}]", $"a ramp_up fraction must be in [0, 1], got {fractions[i]}");
            }
        }
    }

    private static void Additions(IReadOnlyDictionary<int, double> additions, string path, ValidationContext v)
    {
        foreach (var (year, amount) in additions)
        {
            v.AtLeastZero(amount, $"{path}.{year}", "an addition");
        }
    }
}
