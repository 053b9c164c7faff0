using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Reports;

public sealed partial class ReportWords
{
    /// <summary>Chinese (简体中文), the default.</summary>
    public static ReportWords Zh { get; } = new()
    {
        Language = ScenarioLanguage.Zh,
        HtmlLang = "zh-Hans",
        Likely = "很可能",
        Uncertain = "不确定",
        Unlikely = "不太可能",
        VerdictRule = (likely, unlikely) => $"判断：达成概率 ≥ {likely} 为“很可能”，≤ {unlikely} 为“不太可能”，其余为“不确定”。",
        ScenarioFile = "情景文件",
        Variant = "方案",
        Seed = "随机种子",
        Trials = "模拟次数",
        Years = "年份",
        BaseYearNote = y => $"基年 {y}",
        Engine = "引擎",
        MoneyNote = "金额单位：亿元。",
        Baseline = "（基准）",
        NoVariantChanged = n => $"（无方案；改动 {n} 项）",
        Covers = (n, of) => $"涵盖 {of} 项目标中的 {n} 项",
        Warnings = "警告",
        WarningsIntro = "模拟已完成，但以下取值看起来不太合理：",
        ChangedFromFile = "与情景文件不同之处",
        FileAsWritten = "无：按情景文件原样运行。",
        Path = "路径",
        Value = "取值",
        Source = "来源",
        Targets = "目标",
        NoTargets = "模拟年份内没有目标。",
        Target = "目标",
        Metric = "指标",
        Year = "年份",
        Threshold = "门槛",
        PMet = "达成概率",
        Interval95 = "95% 区间",
        Before = "观测前",
        After = "观测后",
        Verdict = "判断",
        AllTargets = "全部目标同时达成",
        BeforeObservations = "观测前，全部目标同时达成",
        ConditionedOn = (rows, ess, drawn) => $"**以 {rows} 条观测数据为条件**，有效样本量 {ess}（共抽取 {drawn} 次模拟）。"
            + "*观测前* 为同一批模拟不加权的结果；*观测后*（及 P10–P90）按每次模拟与观测数据的吻合程度加权（见 docs/nowcast.md）：",
        NotJudged = (name, id, year, last) => $"未判断：{name}（`{id}`，{year} 年）晚于最后模拟年份 {last}。",
        TimeToTarget = "达成时间",
        When = "时间",
        Share = "比例",
        TotalOutputByYear = "各年总产值",
        ProjectedTotalOutputByYear = "各年预测总产值",
        Mean = "均值",
        OutputByIndustryP50 = "各产业产值，中位数（P50）",
        Industry = "产业",
        Park = "园区",
        GrowthRatesP50 = "增速，中位数（P50）",
        Rate = "增速",
        HowToRead = "阅读说明",
        Guide = """
            - 每次模拟是按情景假设抽取的一种可能的未来。**达成概率** 是目标成立的模拟所占比例；区间表示在这么多次模拟下该比例的精度（模拟越多，区间越窄）。
            - **P10 / P50 / P90**：10% 的模拟中指标低于 P10，一半低于 P50（中位数），90% 低于 P90。
            - **增速** 按每次模拟计算，`x[t] / x[t−1] − 1`（第一年与基年相比）；`comparable_growth` 为同口径增速，不计投产当年的项目。见 docs/model.md。
            - **判断**：达成概率 ≥ 80% 为 *很可能*，≤ 20% 为 *不太可能*，其余为 *不确定*。
            - **全部目标同时达成** 是所有目标同时成立的模拟所占比例，通常低于任何单项目标。
            - **达成时间**：对需要达到的目标，为 10%、50%、90% 的模拟首次达成的年份；对上限（≤），为任一模拟首次突破的年份，以及到目标年份每年都不突破的模拟比例。
            - 结果取决于情景文件中的假设；可用 `--variant` 或 `--set` 修改。
            """,
        Charts = "图表",
        MainMetricsByYear = "主要指标（亿元）",
        TotalOutput = "总产值",
        SimulationReport = "模拟报告",
        RunLine = (baseYear, endYear, trials, seed) => $"基年 {baseYear}，模拟至 {endYear} 年；{trials} 次模拟，随机种子 {seed}",
        WroteFiles = dir => $"已写入 summary.json、years.csv、report.md、run.json、report.html 及图表（PNG 和 SVG）：{dir}",
        ConsoleRunLine = (variant, seed, trials, years, engine) => $"方案 {variant}，随机种子 {seed}，{trials} 次模拟，{years} 年，引擎 {engine}",
        TotalOutputChart = "总产值",
        OutputByIndustryChart = stat => $"各产业产值（{stat}）",
        YearAxis = "年份",
        PercentAYear = "年增速 %",
        TargetLegend = "目标",
        MeanWord = "均值",
        FirstBreach = y => $"{y} 年首次突破",
        NeverBreached = "从未突破",
        NeverMet = "从未达成",
        FirstMetRarely = y => $"最早 {y} 年达成，但不足 10% 的模拟达成",
        FirstMet = (p10, p50, p90) => $"首次达成 {p10} / {p50} / {p90}（P10 / P50 / P90）",
        HoldsEveryYear = (year, share) => $"至 {year} 年每年守住：{share}",
        NeverBy = (year, share) => $"至 {year} 年仍未达成：{share}",
        Never = "从未",
        GapLead = (to, amount, year, from) => $"与{from}相比，{to}使 {year} 年平均总产值{(amount >= 0 ? "增加" : "减少")} {ReportText.Amount(Math.Abs(amount))} 亿元",
        GapPart = (amount, name) => $"{name} {amount}",
        ListSeparator = "，",
        SentenceEnd = "。",
        Colon = "：",
        ScenarioComparison = "情景比较",
        Column = "列",
        Scenario = "情景",
        Overrides = "改动",
        Probability = "达成概率",
        DeltaProbability = "Δ 达成概率",
        ComparisonLine = (trials, seed, first) => $"每列 {trials} 次模拟，随机种子 {seed}：各列使用相同的随机数，"
            + $"差异来自假设而非抽样误差。差值均相对第一列（{first}）。",
        TotalOutputByColumn = "各列总产值",
        TargetHeading = (name, metric, year, sign, threshold) => $"{name} — {metric}，{year} 年 {sign} {threshold}",
    };
}
