using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Maps a project TEMPLATE; absent keys keep the record's defaults.</summary>
public static class TemplateMapper
{
    public static ProjectTemplate Template(MapReader r)
    {
        var defaults = new ProjectTemplate();
        return new ProjectTemplate
        {
            LandMuPerInvestment = r.Number("land_mu_per_investment") ?? defaults.LandMuPerInvestment,
            PowerMwPerInvestment = r.Number("power_mw_per_investment") ?? defaults.PowerMwPerInvestment,
            StartProbability = r.Number("start_probability") ?? defaults.StartProbability,
            StallProbability = r.Number("stall_probability") ?? defaults.StallProbability,
            BuildYears = r.Distribution("build_years") ?? defaults.BuildYears,
            CommissionYears = r.Distribution("commission_years") ?? defaults.CommissionYears,
            OutputPerInvestment = r.Number("output_per_investment") ?? defaults.OutputPerInvestment,
            RampUp = r.Numbers("ramp_up") ?? defaults.RampUp,
        };
    }
}
