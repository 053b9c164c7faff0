using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Calibration;
using Sihui.ChainSim.Scenarios.History;
using Sihui.ChainSim.TestSupport;
using Xunit.Abstractions;

namespace Sihui.ChainSim.Analysis.Tests.Calibration;

/// <summary>
/// The calibration recovers known parameters from a history drawn from them (docs/calibration.md, "A worked example"):
/// 40 enterprises in 2 industries over 12 years, within-firm sd 0.08, industry shock sd 0.03, macro sd 0.02.
/// </summary>
public sealed class SyntheticRecoveryTests(ITestOutputHelper output)
{
    /// <summary>
    /// The stated tolerance of a fitted shock sd: ±0.015, half the truth. Eleven yearly effects give an sd whose own
    /// relative standard error is about 1/√20 ≈ 22%, and the macro part taken out adds to it; ±50% is about 2 of those.
    /// </summary>
    public const double ShockTolerance = 0.015;

    private static readonly SyntheticHistory History = SyntheticHistory.Generate();
    private static readonly CalibrationResult Result = Calibrate(History);

    private static CalibrationResult Calibrate(SyntheticHistory history)
    {
        var scenario = SmallScenarios.Load(history.ScenarioYaml());
        return HistoryCalibration.Calibrate(scenario, HistoryCsv.Parse(history.Csv, "synthetic.csv", scenario));
    }

    [Fact]
    public void The_pooled_industry_means_fall_within_two_standard_errors_of_the_truth()
    {
        foreach (var industry in Result.Panel.Industries)
        {
            var truth = SyntheticHistory.IndustryMeans[industry.Id];
            output.WriteLine($"{industry.Id}: mean {industry.Mean:F4} ± {industry.MeanError:F4} (truth {truth}), tau {industry.Tau:F4}, within sd {industry.WithinSd:F4}");
            Assert.InRange(industry.Mean, truth - 2 * industry.MeanError, truth + 2 * industry.MeanError);
            // A standard error that swallowed everything would pass the line above: it must be tight enough to mean something.
            Assert.InRange(industry.MeanError, 0.003, 0.02);
        }
        Assert.Equal(2, Result.Panel.Industries.Count);
    }

    [Fact]
    public void The_fitted_shock_sds_fall_within_the_stated_tolerance()
    {
        foreach (var industry in Result.Panel.Industries)
        {
            output.WriteLine($"{industry.Id}: shock sd {industry.ShockSd:F4} ± {industry.ShockSdError:F4} (truth {SyntheticHistory.ShockSd})");
            Assert.InRange(industry.ShockSd, SyntheticHistory.ShockSd - ShockTolerance, SyntheticHistory.ShockSd + ShockTolerance);
        }
        output.WriteLine($"macro sd {Result.Panel.MacroSd:F4} ± {Result.Panel.MacroSdError:F4} (truth {SyntheticHistory.MacroSd})");
        Assert.True(Result.Panel.MacroIdentified);
        Assert.InRange(Result.Panel.MacroSd, SyntheticHistory.MacroSd - ShockTolerance, SyntheticHistory.MacroSd + ShockTolerance);
    }

    [Fact]
    public void The_within_firm_sd_is_recovered_net_of_the_shocks()
    {
        foreach (var industry in Result.Panel.Industries)
        {
            // 20 firms × 10 degrees of freedom: the pooled sd's relative error is about 1/√400 = 5%.
            Assert.InRange(industry.WithinSd, SyntheticHistory.WithinSd * 0.85, SyntheticHistory.WithinSd * 1.15);
        }
    }

    [Fact]
    public void Partial_pooling_beats_no_pooling_in_mean_squared_error_on_the_enterprise_means()
    {
        var pooled = Result.Panel.Firms.Average(f => Math.Pow(f.PooledMean - History.FirmMeans[f.Id], 2));
        var unpooled = Result.Panel.Firms.Average(f => Math.Pow(f.RawMean - History.FirmMeans[f.Id], 2));
        output.WriteLine($"MSE pooled {pooled:E3}, unpooled {unpooled:E3}; B = {Result.Panel.Firms.Average(f => f.Shrinkage):F3}");

        Assert.Equal(SyntheticHistory.Firms, Result.Panel.Firms.Count);
        Assert.True(pooled < unpooled, $"pooled {pooled} is not below unpooled {unpooled}");
        Assert.All(Result.Panel.Firms, f => Assert.InRange(f.Shrinkage, 0.05, 0.95));
    }

    [Fact]
    public void Every_firm_sd_shock_and_the_macro_are_named_by_their_override_paths()
    {
        var paths = Result.Parameters.Select(p => p.Path).ToList();

        Assert.Contains("enterprises.firm01.growth.mean", paths);
        Assert.Contains("enterprises.firm40.growth.sd", paths);
        Assert.Contains("industries.copper.shock.sd", paths);
        Assert.Contains("industries.jade.shock.sd", paths);
        Assert.Contains("economy.shock.sd", paths);
        Assert.Equal(2 * SyntheticHistory.Firms + 3, paths.Count);
        var mean = Result.Parameters.Single(p => p.Path == "enterprises.firm01.growth.mean");
        Assert.Equal((11, 2013, 2023), (mean.N, mean.Years[0], mean.Years[^1]));
        Assert.True(mean.StandardError > 0);
    }

    [Fact]
    public void Jade_has_no_price_index_and_is_said_to_be_taken_as_real()
    {
        Assert.Contains(Result.Notes, n => n.StartsWith("jade: no price_index", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Notes, n => n.StartsWith("copper: no price_index", StringComparison.Ordinal));
    }

    [Fact]
    public void About_80_percent_of_the_history_falls_inside_the_fitted_P10_P90_of_the_backcast()
    {
        foreach (var industry in Result.Panel.Industries)
        {
            var sd = Sihui.ChainSim.Analysis.Charts.BackcastChart.Sd(industry, Result.Panel);
            var growth = Result.Series.Where(f => f.Industry == industry.Id).SelectMany(f => f.Growth.Values).ToList();
            var inside = growth.Count(g => Math.Abs(g - industry.Mean) <= Sihui.ChainSim.Analysis.Charts.BackcastChart.Z90 * sd) / (double)growth.Count;
            output.WriteLine($"{industry.Id}: {inside:P1} of {growth.Count} inside, band sd {sd:F4}");
            // 220 firm-years, not independent (they share shocks): a wide band around 80% still catches a wrong sd.
            Assert.InRange(inside, 0.70, 0.90);
        }
    }

    [Fact]
    public void The_backcast_draws_one_chart_per_industry()
    {
        var charts = Sihui.ChainSim.Analysis.Charts.BackcastChart.Of(Result, AnalysisWords.En);

        Assert.Equal(["backcast-copper", "backcast-jade"], charts.Select(c => c.Name));
        Assert.All(charts, c => Assert.Contains("inside", c.Svg, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_decomposition_the_year_effects_overstate_the_shock()
    {
        // The raw sd of an industry's year effects holds the macro shock and the firm noise too (√(0.03² + 0.02² + 0.08²/20) ≈ 0.040):
        // the tolerance must catch that, or the test above would pass without the method of moments.
        foreach (var group in Result.Series.GroupBy(f => f.Industry))
        {
            var naive = Math.Sqrt(IndustryMoments.Of(group.ToList()).EffectVariance);
            var fitted = Result.Panel.Industries.Single(i => i.Id == group.Key).ShockSd;
            output.WriteLine($"{group.Key}: raw year-effect sd {naive:F4}, fitted shock sd {fitted:F4}");
            Assert.True(naive > fitted);
        }
    }

    [Fact]
    public void Over_twenty_histories_the_fitted_shock_variances_average_to_the_truth_and_the_raw_year_effects_do_not()
    {
        var fitted = new List<double>();
        var naive = new List<double>();
        var macro = new List<double>();
        for (var seed = 1; seed <= 20; seed++)
        {
            var result = Calibrate(SyntheticHistory.Generate(seed));
            fitted.AddRange(result.Panel.Industries.Select(i => i.ShockSd * i.ShockSd));
            naive.AddRange(result.Series.GroupBy(f => f.Industry).Select(g => IndustryMoments.Of(g.ToList()).EffectVariance));
            macro.Add(result.Panel.MacroSd * result.Panel.MacroSd);
        }
        var error = Math.Sqrt(Variance(fitted) / fitted.Count);
        output.WriteLine($"mean fitted shock variance {fitted.Average():E3} ± {error:E2} (truth {SyntheticHistory.ShockSd * SyntheticHistory.ShockSd:E3}), "
            + $"mean fitted sd {fitted.Average(Math.Sqrt):F4}, raw {naive.Average():E3}, macro {macro.Average():E3} ± {Math.Sqrt(Variance(macro) / macro.Count):E2}");

        // The variance is estimated without bias (up to the floor at 0); its sd is not (√ of a noisy variance runs low).
        var truth = SyntheticHistory.ShockSd * SyntheticHistory.ShockSd;
        Assert.InRange(fitted.Average(), truth - 2.5 * error, truth + 2.5 * error);
        Assert.False(Math.Abs(naive.Average() - truth) <= 2.5 * error, "the raw year effects would pass too");
        var macroTruth = SyntheticHistory.MacroSd * SyntheticHistory.MacroSd;
        var macroError = Math.Sqrt(Variance(macro) / macro.Count);
        Assert.InRange(macro.Average(), macroTruth - 2.5 * macroError, macroTruth + 2.5 * macroError);
    }

    private static double Variance(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
    }
}
