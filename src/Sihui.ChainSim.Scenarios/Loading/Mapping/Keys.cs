namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>The keys the format spec allows in each kind of mapping.</summary>
public static class Keys
{
    public static readonly string[] Top =
    [
        "scenario", "description", "base_year", "end_year", "trials", "seed", "economy", "industries", "linkages",
        "parks", "enterprises", "projects", "indicators", "targets", "variants", "tunables",
    ];

    public static readonly string[] Economy = ["shock"];
    public static readonly string[] Industry = ["id", "name", "shock", "price"];
    public static readonly string[] Price = ["drift", "volatility"];
    public static readonly string[] Linkage = ["supplier", "buyer", "coefficient"];

    public static readonly string[] Park = ["id", "name", "land_mu", "land_additions", "power_mw", "power_additions", "attraction"];
    public static readonly string[] Attraction = ["projects_per_year", "investment_per_project", "industry_mix", "project"];

    public static readonly string[] Template =
    [
        "land_mu_per_investment", "power_mw_per_investment", "start_probability", "stall_probability", "build_years",
        "commission_years", "output_per_investment", "ramp_up",
    ];

    public static readonly string[] Enterprise =
        ["id", "name", "industry", "park", "output", "capacity", "capacity_additions", "growth", "chain_master"];

    public static readonly string[] ChainMaster = ["suppliers_per_year", "investment", "industry", "project"];

    public static readonly string[] Project =
    [
        "id", "name", "industry", "park", "stage", "investment", "land_mu", "power_mw", "start_probability",
        "stall_probability", "build_years", "commission_years", "output_per_investment", "ramp_up",
    ];

    public static readonly string[] Indicator = ["id", "name", "initial", "annual_change"];
    public static readonly string[] Target = ["id", "name", "metric", "year", "at_least", "at_most"];
    public static readonly string[] Tunable = ["path", "label", "label_zh", "group", "min", "max", "step"];
    public static readonly string[] Variant = ["description", "set"];
}
