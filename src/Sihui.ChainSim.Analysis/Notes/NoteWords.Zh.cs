using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Analysis.Notes;

public sealed partial class NoteWords
{
    /// <summary>Chinese (简体中文): ids stay as the files write them, the history's metrics are named.</summary>
    public static NoteWords Zh { get; } = new()
    {
        Language = ScenarioLanguage.Zh,
        HistoryMetric = ZhMetric,
        Codes = new Dictionary<string, Func<AnalysisNote, string>>
        {
            ["nominal_as_real"] = n => $"{n.Text("industry")}：{ZhSpans(n, "years")}年缺少首尾两端的价格指数，这些年份该产业企业的名义增速按实际增速计",
            ["no_enterprise_history"] = n => $"{n.Texts("enterprises").Count} 家企业没有企业产值历史数据，保留原值：{ZhNames(n.Texts("enterprises"))}",
            ["shock_not_told_apart"] = n => $"{n.Text("industry")}：只有一家企业有足够的历史数据，产业冲击无法与该企业自身的波动区分；冲击未拟合，该企业的标准差包含两者",
            ["macro_needs_two_industries"] = _ => "宏观冲击需要至少两个有已拟合企业的产业，才能与产业冲击区分；未拟合宏观冲击，产业冲击包含全部共同的年度效应",
            ["macro_needs_shared_years"] = n => $"宏观冲击需要两个产业至少有 {n.Int("min")} 个共同年份；未拟合",
            ["firm_not_fitted"] = n => $"{n.Text("enterprise")}：仅有 {n.Int("n")} 个增速观测值，且 {n.Text("industry")} 没有已拟合的企业可供借用；未拟合",
            ["firm_takes_industry"] = n => $"{n.Text("enterprise")}：仅有 {n.Int("n")} 个增速观测值，少于 {n.Int("min")} 个；采用 {n.Text("industry")} 的均值和标准差",
            ["industry_fallback"] = n => $"采用 {n.Text("industry")} 的拟合值：自身仅有 {n.Int("n")} 个增速观测值",
            ["indicator_not_fitted"] = n => $"指标 {n.Text("indicator")}：年变化少于 {n.Int("min")} 个；未拟合",
            ["value_undefined"] = n => $"{n.Text("path")}：历史数据无法确定其取值；未设定",
            ["metrics_unused"] = n => $"{string.Join("、", n.Texts("metrics").Select(ZhMetric))}已读取并检查，但暂不用于拟合：增速由企业产值拟合",
            ["price_not_fitted"] = n => $"价格指数 {n.Text("industry")}：截至 {n.Int("origin")} 年的年变化少于 {n.Int("min")} 个；价格沿用文件原值",
            ["price_fitted"] = n => $"价格指数 {n.Text("industry")}：按 {ZhSpans(n, "years")} 年拟合，漂移率 {Decimal(n.Number("drift"))}，波动率 {Decimal(n.Number("volatility"))}",
            ["nothing_calibrated"] = n => $"{(n.Has("origin") ? $"截至 {n.Int("origin")} 年的" : "")}历史数据不足以校准任何参数；增速、冲击和指标变化沿用文件原值",
            ["not_in_backcast"] = n => $"{ZhMetric(n.Text("metric"))}{(n.Text("id").Length == 0 ? "" : " " + n.Text("id"))}：不在自 {n.Int("origin")} 年起的回溯中（其数据或其企业起始较晚）",
            ["no_backcast_start"] = n => $"基年 {n.Int("base_year")} 年之前没有企业产值数据，无法起算回溯",
            ["backcast_failed"] = n => $"回溯无法运行（{n.Text("message")}）",
            ["origin_skipped"] = n => $"跳过起点 {n.Int("origin")} 年：历史数据没有 {n.Text("scenario")} 任何企业 {n.Int("origin")} 年的产值，无从预测",
            ["dropped_no_figure"] = n => $"{ZhFrom(n)}{n.Text("source")}：{ZhLabel(n)}（已剔除：起点年没有数据）",
            ["dropped_no_level"] = n => $"{ZhFrom(n)}{n.Text("source")}：{ZhLabel(n)}（已剔除：起点年没有水平值）",
            ["total_incomplete"] = n => $"{ZhFrom(n)}{n.Text("source")}：{ZhLabel(n)}（重设基年后的情景缺少其中部分企业，合计口径不同）",
            ["no_price_forecast"] = n => $"{ZhFrom(n)}{n.Text("source")}：{ZhLabel(n)}（模拟不预测价格指数）",
            ["no_forecast"] = n => $"{ZhFrom(n)}{n.Text("source")}：{ZhLabel(n)}（没有 {n.Text("forecast_metric")} {n.Int("year")} 年的预测）",
            ["absent_from_file"] = n => $"{n.Text("path")} 只在“{n.Text("column")}”中设定，文件中没有该项，因此其影响计入交互作用",
        },
    };

    private static string ZhMetric(string metric) => metric switch
    {
        "total_output" => "规上工业总产值",
        "industry_output" => "产业产值",
        "enterprise_output" => "企业产值",
        "indicator" => "指标",
        "price_index" => "价格指数",
        "value_added" => "规上工业增加值",
        _ => metric,
    };

    private static string ZhFrom(AnalysisNote n) => n.Has("from") ? $"自 {n.Int("from")} 年起：" : "";

    private static string ZhSpans(AnalysisNote n, string key) => n.Ints(key).Count == 0 ? "无" : Spans(n, key).Replace(", ", "、", StringComparison.Ordinal);

    private static string ZhNames(IReadOnlyList<string> ids) => ids.Count <= 8 ? string.Join("、", ids) : string.Join("、", ids.Take(8)) + $" 等 {ids.Count} 家";
}
