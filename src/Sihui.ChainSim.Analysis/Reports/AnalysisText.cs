using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Analysis.Reports;

/// <summary>Text for a conditioned analysis, shared by its Markdown, HTML and console output.</summary>
public static class AnalysisText
{
    /// <summary>An effective sample size as a whole number with thousands separators; empty when not conditioned.</summary>
    public static string Ess(double? ess) => ess is { } e ? e.ToString("N0", ReportText.Invariant) : "";

    /// <summary>What the runs were conditioned on, and how the trial count every run shares was fixed.</summary>
    public static string Conditioned(AnalysisConditioning conditioning, int trials, AnalysisWords words) =>
        words.Conditioned(conditioning.Rows.Count, ObservedRowText.Join(conditioning.Rows, words.Report), trials.ToString("N0", ReportText.Invariant),
            Ess(conditioning.BaselineEss), ReportText.Integer(conditioning.MinEss), ReportText.Integer(conditioning.MaxTrials));

    /// <summary>A count with thousands separators, as the console prints trials.</summary>
    public static string Count(int value) => value.ToString("N0", ReportText.Invariant);
}
