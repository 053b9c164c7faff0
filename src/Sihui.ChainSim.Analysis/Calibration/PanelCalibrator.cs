using Sihui.ChainSim.Analysis.Notes;

namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>
/// Fits growth g[e,t] = μ_e + s[k,t] + m[t] + ε[e,t] to a panel of enterprises' real growth (docs/calibration.md):
/// <list type="number">
/// <item>each firm's mean ȳ_e; the residual r = g − ȳ_e;</item>
/// <item>the industry's year effect a[k,t], the mean residual of its firms in year t; ε is what is left;</item>
/// <item>by the method of moments, the macro variance is the mean covariance of year effects across industries (only the
/// macro shock is common to two industries), and an industry's shock variance is its year effects' variance less the
/// macro variance and the firm noise that a mean of n_k firms still carries (σ²/n_k);</item>
/// <item>the true means μ_e are drawn around the industry mean with variance τ² (normal–normal): τ² is the between-firm
/// variance of ȳ_e less the mean sampling variance σ²/n_e, floored at 0; each ȳ_e is pooled by
/// B_e = (σ²/n_e) / (σ²/n_e + τ²) toward the precision-weighted industry mean (James–Stein, empirical Bayes).</item>
/// </list>
/// The one-pass demeaning is exact for a balanced panel and an approximation otherwise.
/// </summary>
public static class PanelCalibrator
{
    /// <summary>Below this many growth observations an enterprise's own mean and sd are not fitted.</summary>
    public const int MinObservations = 3;

    /// <summary>The years two industries must share for their year effects' covariance to count toward the macro shock.</summary>
    public const int MacroSharedYears = 3;

    public static PanelFit Fit(IReadOnlyList<FirmSeries> firms, int minObservations = MinObservations)
    {
        var notes = new List<AnalysisNote>();
        var fitted = firms.Where(f => f.N >= minObservations).ToList();
        var effects = new Dictionary<string, SortedDictionary<int, double>>(StringComparer.Ordinal);
        var industries = new List<IndustryMoments>();
        foreach (var group in fitted.GroupBy(f => f.Industry, StringComparer.Ordinal))
        {
            var moments = IndustryMoments.Of(group.ToList());
            if (moments.YearEffects.Count < 2)
            {
                notes.Add(AnalysisNotes.ShockNotToldApart(group.Key));
            }
            industries.Add(moments);
            effects[group.Key] = moments.YearEffects;
        }

        var (macroVariance, macroVarianceError, macroYears, identified) = Macro(industries);
        if (!identified)
        {
            notes.Add(industries.Count < 2 ? AnalysisNotes.MacroNeedsTwoIndustries() : AnalysisNotes.MacroNeedsSharedYears(MacroSharedYears));
        }

        var industryFits = new List<IndustryFit>();
        var firmFits = new List<FirmFit>();
        foreach (var k in industries)
        {
            var shockVariance = Math.Max(0, k.EffectVariance - k.EffectNoise - macroVariance);
            var shockVarianceError = Math.Sqrt(2 * k.EffectVariance * k.EffectVariance / Math.Max(1, k.Years.Count - 1) + macroVarianceError * macroVarianceError);
            var common = shockVariance + macroVariance;
            var fit = k.Pool(common, shockVariance, Moments.SdError(shockVariance, shockVarianceError));
            industryFits.Add(fit.Industry);
            firmFits.AddRange(fit.Firms);
        }

        foreach (var firm in firms.Where(f => f.N < minObservations))
        {
            var years = firm.Growth.Keys.Order().ToList();
            if (industryFits.FirstOrDefault(i => i.Id == firm.Industry) is not { } industry)
            {
                notes.Add(AnalysisNotes.FirmNotFitted(firm.Id, firm.N, firm.Industry));
                continue;
            }
            notes.Add(AnalysisNotes.FirmTakesIndustry(firm.Id, firm.N, minObservations, firm.Industry));
            var raw = firm.N == 0 ? double.NaN : Moments.Mean(firm.Growth.Values.ToList());
            // A new draw around the industry mean; with one fitted firm τ is unknown, and the firm noise stands in for it.
            var spread = double.IsNaN(industry.Tau) ? industry.WithinSd : industry.Tau;
            var error = Math.Sqrt(industry.MeanError * industry.MeanError + spread * spread);
            firmFits.Add(new FirmFit(firm.Id, firm.Industry, firm.N, years, raw, industry.Mean, error, 1,
                industry.WithinSd, industry.WithinSd / Math.Sqrt(2.0 * Math.Max(1, industry.N - industry.Firms)), FellBack: true));
        }
        var order = firms.Select((f, i) => (f.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        firmFits.Sort((a, b) => order[a.Id].CompareTo(order[b.Id]));
        return new PanelFit(firmFits, industryFits, Math.Sqrt(macroVariance), Moments.SdError(macroVariance, macroVarianceError), macroYears, identified, notes);
    }

    /// <summary>σ_m² as the mean covariance of year effects over pairs of industries with at least 3 shared years.</summary>
    private static (double Variance, double Error, IReadOnlyList<int> Years, bool Identified) Macro(IReadOnlyList<IndustryMoments> industries)
    {
        var covariances = new List<(double Cov, double Error)>();
        var years = new SortedSet<int>();
        for (var i = 0; i < industries.Count; i++)
        {
            for (var j = i + 1; j < industries.Count; j++)
            {
                var a = industries[i].YearEffects;
                var b = industries[j].YearEffects;
                var shared = a.Keys.Where(b.ContainsKey).ToList();
                if (shared.Count < MacroSharedYears)
                {
                    continue;
                }
                var cov = shared.Sum(t => a[t] * b[t]) / (shared.Count - 1);
                // Var of a sample covariance of normals: (σ_a² σ_b² + c²) / (n − 1).
                var error = Math.Sqrt((industries[i].EffectVariance * industries[j].EffectVariance + cov * cov) / (shared.Count - 1));
                covariances.Add((cov, error));
                years.UnionWith(shared);
            }
        }
        if (covariances.Count == 0)
        {
            return (0, 0, [], false);
        }
        // Pairs share the same years, so their errors are not independent: the mean error is kept, not divided down.
        return (Math.Max(0, Moments.Mean(covariances.Select(c => c.Cov))), Moments.Mean(covariances.Select(c => c.Error)), years.ToList(), true);
    }
}
