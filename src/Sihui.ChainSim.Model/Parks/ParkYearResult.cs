namespace Sihui.ChainSim.Model.Parks;

/// <summary>What a park reports for one year, per trial. Industry arrays are null where the park has nothing of that industry.</summary>
public sealed record ParkYearResult(
    double[] Output,
    double[]?[] EnterpriseValueByIndustry,
    double[]?[] ProjectValueByIndustry,
    double[] ProjectsStarted,
    double[] ProjectsCompleted,
    double[] ProjectsProducing,
    double[] NewProjectInvestment,
    double[] LandUsed,
    double[] ProjectsStalled);
