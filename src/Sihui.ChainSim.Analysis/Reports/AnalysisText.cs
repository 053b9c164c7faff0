using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Analysis.Reports;

/// <summary>Words for a conditioned analysis, shared by its Markdown, HTML and console output.</summary>
public static class AnalysisText
{
    /// <summary>An effective sample size as a whole number with thousands separators; empty when not conditioned.</summary>
    public static string Ess(double? ess) => ess is { } e ? e.ToString("N0", ReportText.Invariant) : "";

    /// <summary>What the runs were conditioned on, and how the trial count every run shares was fixed.</summary>
    public static string Conditioned(AnalysisConditioning conditioning, int trials) =>
        $"Conditioned on {conditioning.Rows.Count} observation(s): {string.Join("; ", conditioning.Rows)}. "
        + $"Probabilities and quantiles are over the weighted trials. Every run uses the {trials.ToString("N0", ReportText.Invariant)} trials the baseline needed "
        + $"for an effective sample size (ESS) of {Ess(conditioning.BaselineEss)} (--min-ess {ReportText.Integer(conditioning.MinEss)}, "
        + $"--max-trials {ReportText.Integer(conditioning.MaxTrials)}); each run's own ESS is shown beside it.";
}
