using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Reports.Workbook;

/// <summary>The language of a workbook's sheet names, headers and verdict words.</summary>
public enum WorkbookLanguage
{
    Zh,
    En,
}

/// <summary>The words of results.xlsx in each language: sheet names, headers, verdicts and units, looked up by key.</summary>
public sealed class WorkbookText(WorkbookLanguage language)
{
    private static readonly Dictionary<string, (string Zh, string En)> Words = new(StringComparer.Ordinal)
    {
        // Sheets
        ["sheet.about"] = ("说明", "about"),
        ["sheet.targets"] = ("目标", "targets"),
        ["sheet.years"] = ("逐年", "years"),
        ["sheet.industries"] = ("产业", "industries"),
        ["sheet.parks"] = ("园区", "parks"),
        ["sheet.nowcast"] = ("条件化前后", "nowcast"),
        ["sheet.columns"] = ("比较列", "columns"),
        ["sheet.comparison"] = ("目标比较", "comparison"),
        ["sheet.metrics"] = ("指标比较", "metrics"),
        ["sheet.tornado"] = ("龙卷风图", "tornado"),
        ["sheet.goal_seek"] = ("反推", "goal-seek"),
        ["sheet.steps"] = ("反推步骤", "steps"),
        ["sheet.score"] = ("评分", "score"),
        ["sheet.score_summary"] = ("评分汇总", "score summary"),
        // Headers
        ["item"] = ("项目", "item"),
        ["value"] = ("值", "value"),
        ["id"] = ("编号", "id"),
        ["name"] = ("名称", "name"),
        ["metric"] = ("指标", "metric"),
        ["subject"] = ("对象", "subject"),
        ["unit"] = ("单位", "unit"),
        ["year"] = ("年份", "year"),
        ["comparison"] = ("条件", "comparison"),
        ["threshold"] = ("目标值", "threshold"),
        ["probability"] = ("达成概率", "probability"),
        ["ci_low"] = ("95%区间下限", "95% low"),
        ["ci_high"] = ("95%区间上限", "95% high"),
        ["verdict"] = ("判断", "verdict"),
        ["mean"] = ("均值", "mean"),
        ["p10"] = ("P10", "P10"),
        ["p50"] = ("P50", "P50"),
        ["p90"] = ("P90", "P90"),
        ["output_mean"] = ("产值均值", "output mean"),
        ["output_p10"] = ("产值P10", "output P10"),
        ["output_p50"] = ("产值P50", "output P50"),
        ["output_p90"] = ("产值P90", "output P90"),
        ["growth_p50"] = ("产值增速P50", "output growth P50"),
        ["value_added_mean"] = ("增加值均值", "value added mean"),
        ["land_used_mean"] = ("用地均值 (亩)", "land used mean (mu)"),
        ["before"] = ("条件化前概率", "probability before"),
        ["after"] = ("条件化后概率", "probability after"),
        ["change"] = ("变化", "change"),
        ["column"] = ("列", "column"),
        ["scenario"] = ("情景", "scenario"),
        ["file"] = ("文件", "file"),
        ["variant"] = ("变体", "variant"),
        ["overrides"] = ("改动", "overrides"),
        ["ess"] = ("有效样本量", "ESS"),
        ["probability_difference"] = ("概率差", "Δ probability"),
        ["p50_difference"] = ("P50差", "Δ P50"),
        ["mean_difference"] = ("均值差", "Δ mean"),
        ["rank"] = ("排名", "rank"),
        ["param"] = ("参数", "parameter"),
        ["label"] = ("说明", "label"),
        ["current"] = ("当前值", "current"),
        ["low"] = ("低值", "low"),
        ["high"] = ("高值", "high"),
        ["probability_at_low"] = ("低值概率", "probability at low"),
        ["probability_at_high"] = ("高值概率", "probability at high"),
        ["probability_effect"] = ("概率影响", "probability effect"),
        ["p50_at_low"] = ("低值P50", "P50 at low"),
        ["p50_at_high"] = ("高值P50", "P50 at high"),
        ["p50_effect"] = ("P50影响", "P50 effect"),
        ["actual"] = ("实际值", "actual"),
        ["pit"] = ("PIT", "PIT"),
        ["inside"] = ("在P10–P90内", "inside P10–P90"),
        ["p50_error"] = ("P50误差", "P50 error"),
        ["crps"] = ("CRPS", "CRPS"),
        // Items of the about sheet
        ["trials"] = ("模拟次数", "trials"),
        ["seed"] = ("随机种子", "seed"),
        ["base_year"] = ("基准年", "base year"),
        ["end_year"] = ("末年", "end year"),
        ["engine"] = ("引擎", "engine"),
        ["version"] = ("版本", "version"),
        ["trials_drawn"] = ("抽取次数", "trials drawn"),
        ["observed_rows"] = ("观测行", "observed rows"),
        ["all_targets"] = ("全部目标同时达成", "all targets at once"),
        ["target"] = ("目标", "target"),
        ["wanted"] = ("要求概率", "wanted probability"),
        ["min"] = ("最小值", "min"),
        ["max"] = ("最大值", "max"),
        ["tolerance"] = ("容差", "tolerance"),
        ["direction"] = ("方向", "direction"),
        ["reached"] = ("是否达到", "reached"),
        ["answer"] = ("所需值", "value needed"),
        ["runs"] = ("运行次数", "runs"),
        ["message"] = ("结论", "message"),
        ["rows"] = ("评分行数", "rows scored"),
        ["coverage"] = ("P10–P90覆盖率", "P10–P90 coverage"),
        ["mean_pit"] = ("平均PIT", "mean PIT"),
        ["mean_crps"] = ("平均CRPS", "mean CRPS"),
        ["yes"] = ("是", "yes"),
        ["no"] = ("否", "no"),
        // Verdicts and units
        ["likely"] = ("很可能", "likely"),
        ["uncertain"] = ("不确定", "uncertain"),
        ["unlikely"] = ("不太可能", "unlikely"),
        ["unit.money"] = ("亿元", "100m yuan (亿元)"),
        ["unit.rate"] = ("%", "%"),
        ["unit.land"] = ("亩", "mu"),
        ["unit.count"] = ("个", "count"),
        ["unit.indicator"] = ("", ""),
    };

    public WorkbookLanguage Language => language;

    /// <summary>The word for <paramref name="key"/>; an unknown key is a bug, so it throws.</summary>
    public string this[string key] => Words.TryGetValue(key, out var w)
        ? (language == WorkbookLanguage.Zh ? w.Zh : w.En)
        : throw new KeyNotFoundException($"no workbook word '{key}'");

    /// <summary>"zh" or "en" (case-insensitive) as a language; anything else is refused.</summary>
    public static WorkbookLanguage Parse(string code) => code.ToLowerInvariant() switch
    {
        "zh" => WorkbookLanguage.Zh,
        "en" => WorkbookLanguage.En,
        _ => throw new ArgumentException($"the language must be zh or en, got '{code}'"),
    };

    /// <summary>The verdict word for a probability (很可能 at 0.8 and above, 不太可能 at 0.2 and below).</summary>
    public string Verdict(double probability) => this[Verdicts.Of(probability)];

    /// <summary>The unit a metric is measured in.</summary>
    public string Unit(string metric) =>
        MetricNames.IsRate(metric) ? this["unit.rate"]
        : MetricNames.IsMoney(metric) ? this["unit.money"]
        : metric.StartsWith("land_used:", StringComparison.Ordinal) ? this["unit.land"]
        : metric.StartsWith("indicator", StringComparison.Ordinal) ? this["unit.indicator"]
        : this["unit.count"];

    /// <summary>How a metric's values are shown: rates as percentages, 亿元 to one decimal, other figures up to three.</summary>
    public static ValueFormat FormatOf(string metric) =>
        MetricNames.IsRate(metric) ? ValueFormat.Percent
        : MetricNames.IsMoney(metric) ? ValueFormat.Amount
        : ValueFormat.Number;
}
