namespace Sihui.ChainSim.Reports.Json;

/// <summary>The chance that every judged target holds at once, and which of the file's targets that covers.</summary>
public sealed record AllTargetsJson(
    double Probability,
    IReadOnlyList<double> ProbabilityCi95,
    int TargetsCovered,
    int TargetsTotal,
    IReadOnlyList<string> DroppedTargets)
{
    public static AllTargetsJson Of(RunReport report)
    {
        var all = report.Outcome.Result.AllTargets;
        return new AllTargetsJson(
            all.Probability,
            [all.Low, all.High],
            report.Outcome.Result.Targets.Count,
            report.Definition.Targets.Count,
            [.. report.DroppedTargets.Select(t => t.Id)]);
    }
}
