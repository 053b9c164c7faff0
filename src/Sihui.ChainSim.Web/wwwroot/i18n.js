// UI text in Chinese and English, number formats by language, and which language a page opens in.
"use strict";
window.I18n = (() => {
  const text = {
    en: {
      subtitle: "Chance of reaching the industrial targets, by Monte Carlo simulation. Money in 亿元 (100 million yuan).",
      scenario: "Scenario", trials: "Trials", seed: "Seed", assumptions: "Assumptions", variant: "Variant", reset: "Reset",
      baseline: "Baseline (as in the file)", baselineShort: "Baseline", saveVariant: "Save as variant…",
      downloadSummary: "summary.json", downloadReport: "report.md", downloadSummaryTitle: "Download summary.json", downloadReportTitle: "Download report.md",
      downloadHtml: "report.html", downloadHtmlTitle: "Download report.html (self-contained, with charts)", downloadXlsx: "results.xlsx", downloadXlsxTitle: "Download results.xlsx for Excel",
      warnings: "Warnings: the run went ahead, but check these values",
      allTargets: "All targets at once", allTargetsHint: "Share of simulated futures in which every target holds.",
      targets: "Targets", target: "Target", year: "Year", threshold: "Threshold", probability: "P(met)",
      interval: "95% interval", median: "Median", verdict: "Verdict",
      likely: "likely", uncertain: "uncertain", unlikely: "unlikely",
      ttP50: "Reached by (median year)", ttNever: "Not by {end}", ttNeverHead: "Never by the end",
      ttBreach: "first breach {year}", ttNotBy: "later than {end}",
      fanTitle: "Total output (亿元)", fanHint: "Band: P10–P90 of the trials; line: median (P50); dashed: targets.",
      industryTitle: "Output by industry, median (亿元)", industryHint: "Each bar is one year; segments are industries.",
      showTable: "Show as a table", showChart: "Show as a chart",
      saveTitle: "Save the current assumptions as a variant", variantName: "Name (letters, digits, - and _)",
      variantDescription: "Description", cancel: "Cancel", save: "Save",
      running: "Simulating…", preliminary: "preliminary", ready: "{trials} trials · seed {seed} · server {server} ms · total {total} ms",
      failed: "Run failed: {message}", saved: "Saved variant “{name}”.", savedSource: "saved",
      target_label: "target", groupEconomy: "Economy", groupIndicators: "Indicators", groupOther: "Other",
      changed: "changed from {value}",
      observedTitle: "Observed so far", observedClear: "Clear", observedYear: "Year", observedMonth: "Through",
      observedHint: "Year-to-date figures as the statistics bureau publishes them (January and February come together). Leave a figure empty when it is not out yet.",
      observedFile: "Or read the figures from a file (CSV or Excel .xlsx)", observedFromFile: "from {name}",
      observedFileName: "Figures from {name}; the fields above are not sent while a file is in use. Clear drops the file.",
      observedLinkMissing: "This link was made with the file {name}, too large to carry in a link: choose it again; until then the run is not conditioned on it.",
      observedMore: "More metrics", throughMonth: "Jan–{name}", monthNames: "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
      unitValue: "亿元", unitGrowth: "growth %", unitCount: "count", unitLabel: "value or growth",
      m_total_output: "Total output", m_value_added: "Value added", m_new_project_investment: "New project investment",
      m_projects_started: "Projects started", m_projects_completed: "Projects completed", m_projects_producing: "Projects put into production",
      m_industry_output: "output", m_industry_value_added: "value added", m_park_output: "output", m_enterprise_output: "output",
      before: "Before", probabilityAfter: "After",
      observedWhen: "{months} {year}",
      conditioned: "Conditioned on {rows} figure(s), {when} · effective sample size {ess} of {trials} trials",
      essLow: "Below the minimum of {min}: the figures are far from most simulated futures, so these odds rest on few trials.",
      views: "Views", viewRun: "Run", viewCompare: "Compare", viewSensitivity: "Sensitivity", viewGoal: "Goal-seek",
      // Compare
      compareHint: "Two to four columns, all with the same random numbers. Differences (Δ) are to the first column.",
      column: "Column {n}", columnHead: "Column", addColumn: "Add a column", removeColumn: "Remove column {n}", sliders: "Current sliders",
      runCompare: "Compare", comparing: "Comparing {n} columns…", compared: "{n} columns · {trials} trials each · seed {seed} · {ms} ms",
      diffP: "Δ P(met)", diffP50: "Δ median", pp: "{v} pp", compareChart: "Chance of each target by column",
      compareChartHint: "Each bar is one column; the figure at its end is the chance.",
      metricsTitle: "Main metrics by year, median (亿元)", metric: "Metric",
      explainTitle: "Explain the gap", explainFrom: "From", explainTo: "To", explainTarget: "Target", explain: "Explain",
      explaining: "Explaining the gap…", explainSame: "Pick two different columns.",
      byAssumption: "By assumption (each applied alone to “{from}”)", byIndustry: "By industry", byPark: "By park",
      part: "Part", effect: "Change", interaction: "Interaction of the changes", total: "Total",
      remainderIndustry: "Rounding in the sum of industries", remainderPark: "Linkage effects and output outside any park",
      gapSentence: "Compared with “{from}”, “{to}” {verb} {amount} 亿元 to the mean {metric} in {year}.",
      gapAdds: "adds", gapRemoves: "takes away", gapNone: "“{to}” and “{from}” give the same mean {metric} in {year}.",
      gapParks: "By park: {parts}.", gapIndustries: "By industry: {parts}.", gapAssumptions: "By assumption: {parts}.",
      gapPart: "{amount} from {name}", gapRest: "{amount} from the other {n} together", gapAnd: ", ", gapNoneParts: "no single part moves it",
      // Sensitivity
      sensHint: "Each assumption is run at the low and the high end of its range, all with the same random numbers. Bars rank by how far they move the chance.",
      sensTarget: "Target", sensRun: "Draw the tornado", sensCancel: "Cancel", sensProgress: "{done} of {total} bars · {seconds} s",
      sensDone: "{n} bars · {runs} runs of {trials} trials · seed {seed} · {seconds} s", sensCancelled: "Cancelled after {done} of {total} bars.",
      sensBase: "Base case: chance {p}, median {p50}.", low: "low end", high: "high end", lowToHigh: "Low … high",
      pLowHigh: "P(met) low → high", p50LowHigh: "Median low → high", rank: "#", parameter: "Assumption",
      // Goal-seek
      goalHint: "Finds the value of one assumption that gives the target the chance you ask for, by bisection with the same random numbers.",
      goalTarget: "Target", goalProbability: "Chance wanted (%)", goalParam: "Assumption", goalMin: "Min", goalMax: "Max",
      goalRun: "Find the value", goalCancel: "Cancel", goalRunning: "Searching… {runs} runs · {seconds} s",
      goalStep: "Run {n}: {value} → {p}",
      goalReached: "To give “{target}” a chance of at least {p}, {param} must be {cmp} {value} (±{tol}). There the chance is {prob} (95% interval {lo}–{hi}).",
      goalAtLeast: "at least", goalAtMost: "at most",
      goalUnreachable: "Unreachable within [{min}, {max}]: the best chance is {best}, below {p}.",
      goalFlat: "The assumption does not move this target within [{min}, {max}].",
      goalFooter: "Direction: {direction} · {runs} runs of {trials} trials · seed {seed}",
      dirIncreasing: "a higher value helps", dirDecreasing: "a lower value helps", dirFlat: "no effect",
      cancelled: "Cancelled.", switchTo: "中文", switchTitle: "切换到中文",
      viewCalibration: "Calibration",
      calHint: "Fits each enterprise's growth, the industry and macro shocks and the indicators' changes to past figures, then runs the scenario from the first history year with the fitted values: history against the fitted fan.",
      calUpload: "History file (CSV or Excel .xlsx)", calShipped: "Use the shipped history", calRun: "Calibrate", calCancel: "Cancel",
      calRunning: "Calibrating… {seconds} s", calSeries: "Series", calFanTitle: "History against the fitted fan",
      calFanHint: "Band: P10–P90 of the backcast; line: median (P50); diamonds: the history.", calHistory: "history",
      calInside: "inside P10–P90", calOutside: "outside", calNoBackcast: "No backcast of levels: {why}",
      calParams: "Fitted parameters", calPath: "Parameter", calValue: "Fitted", calError: "Standard error", calN: "n", calYears: "Years", calNote: "Note",
      calNotes: "Notes of the fit", calFooter: "History {history} · backcast from {origin} · {trials} trials · seed {seed}",
      calFile: "file {name}",
      calTooLarge: "{name} is too large to carry in the page's link ({size} characters, at most {max}): a copied link will ask for the file again.",
      calLinkMissing: "This link was made with the history file {name}, too large to carry in a link: choose the file again.",
      calSaveName: "Variant name", calSave: "Save the fit as a variant",
      calSaved: "Saved as the variant “{name}”: choose it under Variant, or as a column in Compare.", calSaveFailed: "Not saved: {message}",
      calDescription: "Growth, shocks and indicator changes calibrated to {history}",
    },
    zh: {
      subtitle: "用蒙特卡洛模拟估计实现工业目标的概率。金额单位：亿元。",
      scenario: "情景", trials: "模拟次数", seed: "随机种子", assumptions: "假设", variant: "方案", reset: "重置",
      baseline: "基准（文件原值）", baselineShort: "基准", saveVariant: "另存为方案…",
      downloadSummary: "下载结果数据", downloadReport: "下载报告", downloadSummaryTitle: "summary.json", downloadReportTitle: "report.md",
      downloadHtml: "下载网页报告", downloadHtmlTitle: "report.html", downloadXlsx: "下载电子表格", downloadXlsxTitle: "results.xlsx",
      warnings: "提示：已运行，但请检查这些数值",
      allTargets: "全部目标同时实现", allTargetsHint: "所有目标同时达成的模拟结果所占比例。",
      targets: "目标", target: "目标", year: "年份", threshold: "门槛", probability: "实现概率",
      interval: "95%区间", median: "中位数", verdict: "判断",
      likely: "很可能", uncertain: "不确定", unlikely: "不太可能",
      ttP50: "达标年份（中位）", ttNever: "至{end}年未达标", ttNeverHead: "期末仍未达标",
      ttBreach: "{year}年首次突破", ttNotBy: "晚于{end}年",
      fanTitle: "规上工业总产值（亿元）", fanHint: "色带：各次模拟的第10至90百分位；实线：中位数；虚线：目标。",
      industryTitle: "分产业产值中位数（亿元）", industryHint: "每根柱为一年，分段为各产业。",
      showTable: "以表格显示", showChart: "以图表显示",
      saveTitle: "将当前假设另存为方案", variantName: "名称（字母、数字、- 和 _）",
      variantDescription: "说明", cancel: "取消", save: "保存",
      running: "模拟中…", preliminary: "初步结果", ready: "{trials}次模拟 · 种子 {seed} · 服务器 {server} 毫秒 · 总计 {total} 毫秒",
      failed: "运行失败：{message}", saved: "已保存方案“{name}”。", savedSource: "已保存",
      target_label: "目标", groupEconomy: "宏观经济", groupIndicators: "指标", groupOther: "其他",
      changed: "原值 {value}",
      observedTitle: "今年已公布数据", observedClear: "清除", observedYear: "年份", observedMonth: "截至",
      observedHint: "统计部门公布的1–N月累计数（1–2月合并公布）。尚未公布的留空。",
      observedFile: "或从文件读入（逗号分隔文本或电子表格）", observedFromFile: "来自文件 {name}",
      observedFileName: "正在使用文件 {name} 中的数据，上方填写的数字暂不发送；点“清除”即不再使用该文件。",
      observedLinkMissing: "此链接所用的文件 {name} 太大，未随链接保存：请重新选择；在此之前的运行未使用该文件。",
      observedMore: "更多指标", throughMonth: "1–{m}月", monthNames: "1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月",
      unitValue: "亿元", unitGrowth: "同比增长%", unitCount: "个", unitLabel: "数值或增速",
      m_total_output: "规上工业总产值", m_value_added: "规上工业增加值", m_new_project_investment: "新引进项目计划总投资",
      m_projects_started: "新开工项目", m_projects_completed: "竣工项目", m_projects_producing: "投产项目",
      m_industry_output: "产值", m_industry_value_added: "增加值", m_park_output: "产值", m_enterprise_output: "产值",
      before: "公布前", probabilityAfter: "公布后",
      observedWhen: "{year}年{months}",
      conditioned: "已按{rows}项数据（{when}）更新 · 有效样本量 {ess}（共 {trials} 次模拟）",
      essLow: "低于最低要求 {min}：这些数据与大多数模拟结果相差较远，概率只依据少数模拟。",
      views: "视图", viewRun: "运行", viewCompare: "方案对比", viewSensitivity: "敏感性分析", viewGoal: "目标反推",
      compareHint: "选择二至四列，各列使用相同的随机数。差值（Δ）均相对第一列。",
      column: "第{n}列", columnHead: "列", addColumn: "增加一列", removeColumn: "删除第{n}列", sliders: "当前滑块设置",
      runCompare: "对比", comparing: "正在对比{n}列…", compared: "{n}列 · 每列{trials}次模拟 · 种子 {seed} · {ms} 毫秒",
      diffP: "概率差", diffP50: "中位数差", pp: "{v}个百分点", compareChart: "各列实现各目标的概率",
      compareChartHint: "每根柱为一列，柱末数字为实现概率。",
      metricsTitle: "主要指标分年中位数（亿元）", metric: "指标",
      explainTitle: "差距分解", explainFrom: "从", explainTo: "到", explainTarget: "目标", explain: "分解差距",
      explaining: "正在分解差距…", explainSame: "请选择两个不同的列。",
      byAssumption: "按假设分解（每项假设单独作用于“{from}”）", byIndustry: "按产业分解", byPark: "按园区分解",
      part: "组成部分", effect: "变化", interaction: "各项变化的交互作用", total: "合计",
      remainderIndustry: "各产业加总的舍入差", remainderPark: "产业联动效应及园区外产值",
      gapSentence: "与“{from}”相比，“{to}”使{year}年{metric}平均{verb}{amount}亿元。",
      gapAdds: "增加", gapRemoves: "减少", gapNone: "“{to}”与“{from}”的{year}年{metric}平均值相同。",
      gapParks: "按园区看：{parts}。", gapIndustries: "按产业看：{parts}。", gapAssumptions: "按假设看：{parts}。",
      gapPart: "{name}贡献{amount}", gapRest: "其余{n}项合计{amount}", gapAnd: "，", gapNoneParts: "没有单项带来变化",
      sensHint: "每项假设分别取其范围的下限和上限运行，各次运行使用相同的随机数。按对实现概率的影响大小排序。",
      sensTarget: "目标", sensRun: "绘制龙卷风图", sensCancel: "取消", sensProgress: "已完成{done}/{total}项 · {seconds}秒",
      sensDone: "{n}项 · {runs}次运行，每次{trials}次模拟 · 种子 {seed} · {seconds}秒", sensCancelled: "已取消，完成{done}/{total}项。",
      sensBase: "基准情形：实现概率{p}，中位数{p50}。", low: "下限", high: "上限", lowToHigh: "下限 … 上限",
      pLowHigh: "概率（下限→上限）", p50LowHigh: "中位数（下限→上限）", rank: "序号", parameter: "假设",
      goalHint: "用二分法（相同随机数）求出某项假设取什么值时，目标能达到所要求的实现概率。",
      goalTarget: "目标", goalProbability: "要求的实现概率（%）", goalParam: "假设", goalMin: "最小值", goalMax: "最大值",
      goalRun: "求解", goalCancel: "取消", goalRunning: "求解中… 已运行{runs}次 · {seconds}秒",
      goalStep: "第{n}次：{value} → {p}",
      goalReached: "要使“{target}”的实现概率不低于{p}，{param}需{cmp}{value}（±{tol}），此时实现概率为{prob}（95%区间 {lo}–{hi}）。",
      goalAtLeast: "不低于", goalAtMost: "不高于",
      goalUnreachable: "在[{min}, {max}]范围内无法达到：最高实现概率为{best}，低于{p}。",
      goalFlat: "在[{min}, {max}]范围内，该假设不影响这一目标。",
      goalFooter: "方向：{direction} · {runs}次运行，每次{trials}次模拟 · 种子 {seed}",
      dirIncreasing: "数值越高越有利", dirDecreasing: "数值越低越有利", dirFlat: "无影响",
      cancelled: "已取消。", switchTo: "English", switchTitle: "Switch to English",
      viewCalibration: "校准",
      calHint: "用历史数据拟合各企业的增长、行业与宏观冲击和各指标的年变化，再用拟合值从历史首年起模拟：历史数据与拟合扇形图对照。",
      calUpload: "历史数据文件（CSV 或电子表格）", calShipped: "使用随附的历史数据", calRun: "校准", calCancel: "取消",
      calRunning: "校准中… {seconds}秒", calSeries: "序列", calFanTitle: "历史数据与拟合扇形图",
      calFanHint: "色带：回推的P10–P90；线：中位数（P50）；菱形：历史数据。", calHistory: "历史",
      calInside: "在P10–P90内", calOutside: "在区间外", calNoBackcast: "未做水平回推：{why}",
      calParams: "拟合参数", calPath: "参数", calValue: "拟合值", calError: "标准误", calN: "观测数", calYears: "年份", calNote: "说明",
      calNotes: "拟合说明", calFooter: "历史数据 {history} · 自{origin}年回推 · {trials}次模拟 · 种子 {seed}",
      calFile: "文件 {name}",
      calTooLarge: "{name} 太大，无法放进页面链接（{size} 个字符，上限 {max}）：复制的链接打开后需要重新选择该文件。",
      calLinkMissing: "此链接所用的历史数据文件 {name} 太大，未随链接保存：请重新选择该文件。",
      calSaveName: "方案名称", calSave: "将拟合结果保存为方案",
      calSaved: "已保存为方案“{name}”：可在“方案”中选用，或在“方案对比”中作为一列。", calSaveFailed: "未保存：{message}",
      calDescription: "按历史数据 {history} 校准的增长、冲击与指标变化",
    },
  };

  // The link's language first, then the last choice on this browser; otherwise Chinese unless the browser asks for English.
  function initial() {
    const fromLink = new URLSearchParams(location.search).get("lang");
    if (fromLink === "zh" || fromLink === "en") return fromLink;
    const saved = localStorage.getItem("chainsim.lang");
    if (saved === "zh" || saved === "en") return saved;
    const wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""])[0] || "";
    return /^en\b/i.test(wanted) ? "en" : "zh";
  }
  let lang = initial();

  function t(key, values) {
    let s = (text[lang] && text[lang][key]) || text.en[key] || key;
    for (const [k, v] of Object.entries(values || {})) s = s.split("{" + k + "}").join(v);
    return s;
  }

  // The analyses' notes (docs/analysis.md, "Notes") from their code and values, worded as NoteWords.*.cs words them.
  const spans = years => {
    const y = [...new Set(years || [])].sort((p, q) => p - q), parts = [];
    for (let i = 0, start = 0; i < y.length; i++) {
      if (i + 1 < y.length && y[i + 1] === y[i] + 1) continue;
      parts.push(y[start] === y[i] ? String(y[i]) : y[start] + "–" + y[i]);
      start = i + 1;
    }
    return parts.length ? parts.join(lang === "zh" ? "、" : ", ") : (lang === "zh" ? "无" : "none");
  };
  const zhMetric = m => ({ total_output: "规上工业总产值", industry_output: "产业产值", enterprise_output: "企业产值", indicator: "指标",
    price_index: "价格指数", value_added: "规上工业增加值" })[m] || m;
  const enObs = n => n === 1 ? "1 growth observation" : n + " growth observations";
  const enLabel = v => v.metric + (v.id ? " " + v.id : "") + " " + v.year;
  const zhLabel = v => zhMetric(v.metric) + (v.id ? " " + v.id : "") + " " + v.year + " 年";
  const enFrom = v => v.from !== undefined ? "from " + v.from + ": " : "";
  const zhFrom = v => v.from !== undefined ? "自 " + v.from + " 年起：" : "";
  const noteText = {
    en: {
      nominal_as_real: v => `${v.industry}: no price_index for both ends of ${spans(v.years)}; its firms' nominal growth there is taken as real`,
      no_enterprise_history: v => `${v.enterprises.length === 1 ? "1 enterprise" : v.enterprises.length + " enterprises"} without enterprise_output history keep their values: `
        + (v.enterprises.length <= 8 ? v.enterprises.join(", ") : v.enterprises.slice(0, 8).join(", ") + ` and ${v.enterprises.length - 8} more`),
      shock_not_told_apart: v => `${v.industry}: one firm with enough history, so its shock cannot be told from the firm's own noise; the shock is not fitted and the firm's sd holds both`,
      macro_needs_two_industries: () => "the macro shock needs two industries with fitted firms to be told apart from an industry's shock; it is not fitted, and the industry shock holds all of the common year effect",
      macro_needs_shared_years: v => `the macro shock needs at least ${v.min} years shared by two industries; it is not fitted`,
      firm_not_fitted: v => `${v.enterprise}: ${enObs(v.n)} and no fitted firm in ${v.industry} to fall back to; not fitted`,
      firm_takes_industry: v => `${v.enterprise}: ${enObs(v.n)}, fewer than ${v.min}; it takes ${v.industry}'s mean and sd`,
      industry_fallback: v => `${v.industry}'s fit: only ${v.n} growth observations of its own`,
      indicator_not_fitted: v => `indicator ${v.indicator}: fewer than ${v.min} yearly changes; not fitted`,
      value_undefined: v => `${v.path}: the history leaves it undefined; not set`,
      metrics_unused: v => `${v.metrics.join(", ")} are read and checked but fit nothing yet: growth is fitted from enterprise_output`,
      price_not_fitted: v => `price_index ${v.industry}: fewer than ${v.min} yearly changes up to ${v.origin}; its price stays the file's`,
      price_fitted: v => `price_index ${v.industry}: drift ${v.drift} and volatility ${v.volatility} fitted to ${spans(v.years)}`,
      nothing_calibrated: v => `nothing could be calibrated on the history${v.origin !== undefined ? " up to " + v.origin : ""}; growth, shocks and indicator changes are the file's`,
      not_in_backcast: v => `${v.metric}${v.id ? " " + v.id : ""}: not in the backcast from ${v.origin} (its figures or its enterprises start later)`,
      no_backcast_start: v => `no enterprise_output before the base year ${v.base_year} to start a backcast from`,
      backcast_failed: v => v.message,
      origin_skipped: v => `origin ${v.origin} skipped: the history gives no enterprise_output in ${v.origin} for any enterprise of ${v.scenario}, so there is nothing to forecast from`,
      dropped_no_figure: v => `${enFrom(v)}${v.source}: ${enLabel(v)} (dropped: no figure at the origin)`,
      dropped_no_level: v => `${enFrom(v)}${v.source}: ${enLabel(v)} (dropped: no level at the origin)`,
      total_incomplete: v => `${enFrom(v)}${v.source}: ${enLabel(v)} (the rebased scenario lacks some of its enterprises, so its total is not the same thing)`,
      no_price_forecast: v => `${enFrom(v)}${v.source}: ${enLabel(v)} (a run forecasts no price index)`,
      no_forecast: v => `${enFrom(v)}${v.source}: ${enLabel(v)} (no forecast of ${v.forecast_metric} in ${v.year})`,
      absent_from_file: v => `${v.path} is set only in ${v.column} and is absent from the file, so its effect stays in the interaction`,
    },
    zh: {
      nominal_as_real: v => `${v.industry}：${spans(v.years)}年缺少首尾两端的价格指数，这些年份该产业企业的名义增速按实际增速计`,
      no_enterprise_history: v => `${v.enterprises.length} 家企业没有企业产值历史数据，保留原值：`
        + (v.enterprises.length <= 8 ? v.enterprises.join("、") : v.enterprises.slice(0, 8).join("、") + ` 等 ${v.enterprises.length} 家`),
      shock_not_told_apart: v => `${v.industry}：只有一家企业有足够的历史数据，产业冲击无法与该企业自身的波动区分；冲击未拟合，该企业的标准差包含两者`,
      macro_needs_two_industries: () => "宏观冲击需要至少两个有已拟合企业的产业，才能与产业冲击区分；未拟合宏观冲击，产业冲击包含全部共同的年度效应",
      macro_needs_shared_years: v => `宏观冲击需要两个产业至少有 ${v.min} 个共同年份；未拟合`,
      firm_not_fitted: v => `${v.enterprise}：仅有 ${v.n} 个增速观测值，且 ${v.industry} 没有已拟合的企业可供借用；未拟合`,
      firm_takes_industry: v => `${v.enterprise}：仅有 ${v.n} 个增速观测值，少于 ${v.min} 个；采用 ${v.industry} 的均值和标准差`,
      industry_fallback: v => `采用 ${v.industry} 的拟合值：自身仅有 ${v.n} 个增速观测值`,
      indicator_not_fitted: v => `指标 ${v.indicator}：年变化少于 ${v.min} 个；未拟合`,
      value_undefined: v => `${v.path}：历史数据无法确定其取值；未设定`,
      metrics_unused: v => `${v.metrics.map(zhMetric).join("、")}已读取并检查，但暂不用于拟合：增速由企业产值拟合`,
      price_not_fitted: v => `价格指数 ${v.industry}：截至 ${v.origin} 年的年变化少于 ${v.min} 个；价格沿用文件原值`,
      price_fitted: v => `价格指数 ${v.industry}：按 ${spans(v.years)} 年拟合，漂移率 ${v.drift}，波动率 ${v.volatility}`,
      nothing_calibrated: v => `${v.origin !== undefined ? "截至 " + v.origin + " 年的" : ""}历史数据不足以校准任何参数；增速、冲击和指标变化沿用文件原值`,
      not_in_backcast: v => `${zhMetric(v.metric)}${v.id ? " " + v.id : ""}：不在自 ${v.origin} 年起的回溯中（其数据或其企业起始较晚）`,
      no_backcast_start: v => `基年 ${v.base_year} 年之前没有企业产值数据，无法起算回溯`,
      backcast_failed: v => `回溯无法运行（${v.message}）`,
      origin_skipped: v => `跳过起点 ${v.origin} 年：历史数据没有 ${v.scenario} 任何企业 ${v.origin} 年的产值，无从预测`,
      dropped_no_figure: v => `${zhFrom(v)}${v.source}：${zhLabel(v)}（已剔除：起点年没有数据）`,
      dropped_no_level: v => `${zhFrom(v)}${v.source}：${zhLabel(v)}（已剔除：起点年没有水平值）`,
      total_incomplete: v => `${zhFrom(v)}${v.source}：${zhLabel(v)}（重设基年后的情景缺少其中部分企业，合计口径不同）`,
      no_price_forecast: v => `${zhFrom(v)}${v.source}：${zhLabel(v)}（模拟不预测价格指数）`,
      no_forecast: v => `${zhFrom(v)}${v.source}：${zhLabel(v)}（没有 ${v.forecast_metric} ${v.year} 年的预测）`,
      absent_from_file: v => `${v.path} 只在“${v.column}”中设定，文件中没有该项，因此其影响计入交互作用`,
    },
  };
  // A note ({code, values}) in the page's language; a code this page does not know shows as the code.
  function note(n) {
    if (!n) return "";
    const say = noteText[lang][n.code] || noteText.en[n.code];
    return say ? say(n.values || {}) : n.code;
  }

  const locale = () => lang === "zh" ? "zh-CN" : "en-US";
  const formats = new Map();
  function num(value, digits, signed) {
    const key = locale() + digits + (signed ? "s" : "");
    if (!formats.has(key)) {
      formats.set(key, new Intl.NumberFormat(locale(), digits === undefined ? { maximumFractionDigits: 2, signDisplay: signed ? "exceptZero" : "auto" }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: signed ? "exceptZero" : "auto" }));
    }
    return formats.get(key).format(value);
  }
  const pct = (p, digits = 1) => p === null || p === undefined ? "–" : num(p * 100, digits) + "%";

  // A scenario label in the page's language: name_zh / name_en when the file gives them, else the whole name as written.
  function name(entry) {
    if (!entry) return "";
    if (typeof entry === "string") return entry;
    const own = lang === "zh" ? entry.name_zh : entry.name_en;
    return own || entry.name || entry.id || "";
  }

  function apply(root) {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    (root || document).querySelectorAll("[data-i18n]").forEach(el => { el.textContent = t(el.dataset.i18n); });
    (root || document).querySelectorAll("[data-i18n-title]").forEach(el => { el.title = t(el.dataset.i18nTitle); });
  }

  function set(next) { lang = next; localStorage.setItem("chainsim.lang", lang); apply(); }

  // Kept for old callers: a label is now shown whole, never split at a space.
  const pick = value => name(value);

  return { t, pick, name, num, pct, note, apply, set, get lang() { return lang; }, get locale() { return locale(); } };
})();
