namespace Sihui.ChainSim.Model.Parks;

/// <summary>
/// What a park reports for one year, per trial. Industry arrays are null where the park has nothing of that industry.
/// <see cref="FirstYearProjectValueByIndustry"/> is the part of <see cref="ProjectValueByIndustry"/> from projects in
/// their first producing year, which the comparable (同口径) growth rates leave out; null where a park reports none.
/// </summary>
public sealed record ParkYearResult(
    double[] Output,
    double[]?[] EnterpriseValueByIndustry,
    double[]?[] ProjectValueByIndustry,
    double[] ProjectsStarted,
    double[] ProjectsCompleted,
    double[] ProjectsProducing,
    double[] NewProjectInvestment,
    double[] LandUsed,
    double[] ProjectsStalled,
    double[]?[]? FirstYearProjectValueByIndustry = null);
