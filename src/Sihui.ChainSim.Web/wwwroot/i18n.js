// UI text in English and Chinese, and how scenario names that carry both ("铜 Copper") are shown in one.
"use strict";
window.I18n = (() => {
  const text = {
    en: {
      subtitle: "Chance of reaching the industrial targets, by Monte Carlo simulation. Money in 亿元 (100 million yuan).",
      scenario: "Scenario", trials: "Trials", assumptions: "Assumptions", variant: "Variant", reset: "Reset",
      baseline: "Baseline (as in the file)", saveVariant: "Save as variant…",
      downloadSummary: "summary.json", downloadReport: "report.md",
      warnings: "Warnings: the run went ahead, but check these values",
      allTargets: "All targets at once", allTargetsHint: "Share of simulated futures in which every target holds.",
      targets: "Targets", target: "Target", year: "Year", threshold: "Threshold", probability: "P(met)",
      interval: "95% interval", median: "Median", verdict: "Verdict",
      likely: "likely", uncertain: "uncertain", unlikely: "unlikely",
      fanTitle: "Total output (亿元)", fanHint: "Band: P10–P90 of the trials; line: median (P50); dashed: targets.",
      industryTitle: "Output by industry, median (亿元)", industryHint: "Each bar is one year; segments are industries.",
      saveTitle: "Save the current assumptions as a variant", variantName: "Name (letters, digits, - and _)",
      variantDescription: "Description", cancel: "Cancel", save: "Save",
      running: "Simulating…", preliminary: "preliminary", ready: "{trials} trials · seed {seed} · server {server} ms · total {total} ms",
      failed: "Run failed: {message}", saved: "Saved variant “{name}”.", savedSource: "saved",
      target_label: "target", groupEconomy: "Economy", groupIndicators: "Indicators", groupOther: "Other",
      changed: "changed from {value}",
      observedTitle: "Observed so far", observedClear: "Clear", observedYear: "Year", observedMonth: "Through",
      observedHint: "Year-to-date figures as the statistics bureau publishes them (January and February come together). Leave a figure empty when it is not out yet.",
      observedMore: "More metrics", throughMonth: "Jan–{name}", monthNames: "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
      unitValue: "亿元", unitGrowth: "growth %", unitCount: "count", unitLabel: "value or growth",
      m_total_output: "Total output", m_value_added: "Value added", m_new_project_investment: "New project investment",
      m_projects_started: "Projects started", m_projects_completed: "Projects completed", m_projects_producing: "Projects put into production",
      m_industry_output: "output", m_industry_value_added: "value added", m_park_output: "output", m_enterprise_output: "output",
      before: "Before", probabilityAfter: "After",
      observedWhen: "{months} {year}",
      conditioned: "Conditioned on {rows} figure(s), {when} · effective sample size {ess} of {trials} trials",
      essLow: "Below the minimum of {min}: the figures are far from most simulated futures, so these odds rest on few trials.",
    },
    zh: {
      subtitle: "用蒙特卡洛模拟估计实现工业目标的概率。金额单位：亿元。",
      scenario: "情景", trials: "模拟次数", assumptions: "假设", variant: "方案", reset: "重置",
      baseline: "基准（文件原值）", saveVariant: "另存为方案…",
      downloadSummary: "summary.json", downloadReport: "报告 report.md",
      warnings: "提示：已运行，但请检查这些数值",
      allTargets: "全部目标同时实现", allTargetsHint: "所有目标同时达成的模拟结果所占比例。",
      targets: "目标", target: "目标", year: "年份", threshold: "门槛", probability: "实现概率",
      interval: "95%区间", median: "中位数", verdict: "判断",
      likely: "很可能", uncertain: "不确定", unlikely: "不太可能",
      fanTitle: "规上工业总产值（亿元）", fanHint: "色带：各次模拟的P10–P90；实线：中位数（P50）；虚线：目标。",
      industryTitle: "分产业产值中位数（亿元）", industryHint: "每根柱为一年，分段为各产业。",
      saveTitle: "将当前假设另存为方案", variantName: "名称（字母、数字、- 和 _）",
      variantDescription: "说明", cancel: "取消", save: "保存",
      running: "模拟中…", preliminary: "初步结果", ready: "{trials}次模拟 · 种子 {seed} · 服务器 {server} 毫秒 · 总计 {total} 毫秒",
      failed: "运行失败：{message}", saved: "已保存方案“{name}”。", savedSource: "已保存",
      target_label: "目标", groupEconomy: "宏观经济", groupIndicators: "指标", groupOther: "其他",
      changed: "原值 {value}",
      observedTitle: "今年已公布数据", observedClear: "清除", observedYear: "年份", observedMonth: "截至",
      observedHint: "统计部门公布的1–N月累计数（1–2月合并公布）。尚未公布的留空。",
      observedMore: "更多指标", throughMonth: "1–{m}月", monthNames: "1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月",
      unitValue: "亿元", unitGrowth: "同比增长%", unitCount: "个", unitLabel: "数值或增速",
      m_total_output: "规上工业总产值", m_value_added: "规上工业增加值", m_new_project_investment: "新引进项目计划总投资",
      m_projects_started: "新开工项目", m_projects_completed: "竣工项目", m_projects_producing: "投产项目",
      m_industry_output: "产值", m_industry_value_added: "增加值", m_park_output: "产值", m_enterprise_output: "产值",
      before: "公布前", probabilityAfter: "公布后",
      observedWhen: "{year}年{months}",
      conditioned: "已按{rows}项数据（{when}）更新 · 有效样本量 {ess}（共 {trials} 次模拟）",
      essLow: "低于最低要求 {min}：这些数据与大多数模拟结果相差较远，概率只依据少数模拟。",
    },
  };
  let lang = localStorage.getItem("chainsim.lang") || "en";

  function t(key, values) {
    let s = (text[lang] && text[lang][key]) || text.en[key] || key;
    for (const [k, v] of Object.entries(values || {})) s = s.replace("{" + k + "}", v);
    return s;
  }

  const cjk = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
  // "2024规上工业总产值超950亿元 Above-size output…" → zh: the part before the first space that follows a CJK character.
  function pick(name) {
    if (!name) return "";
    for (let i = 1; i < name.length; i++) {
      if (name[i] === " " && cjk.test(name[i - 1]) && /[A-Za-z0-9]/.test(name.slice(i + 1, i + 2))) {
        const zh = name.slice(0, i).trim(), en = name.slice(i + 1).trim();
        if (/[A-Za-z]/.test(en)) return lang === "zh" ? zh : en;
      }
    }
    return name;
  }

  function apply(root) {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    (root || document).querySelectorAll("[data-i18n]").forEach(el => { el.textContent = t(el.dataset.i18n); });
  }

  function set(next) { lang = next; localStorage.setItem("chainsim.lang", lang); apply(); }

  return { t, pick, apply, set, get lang() { return lang; } };
})();
